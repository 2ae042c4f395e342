package org.govindex.jobs.nightly;

import java.nio.file.Path;
import org.govindex.jobs.config.LoadedSettings;

/**
 * One nightly run: the drop to read, the output root, the period and run date (together they
 * identify the run: a completed pair is not run again), the configuration file and the settings
 * loaded from it.
 *
 * @param configFile the {@code --config} file, null for the embedded defaults
 * @param rerunToken non-null to start a new run of an already completed (period, run date)
 */
public record NightlyRequest(
    Path input,
    Path out,
    String period,
    String runDate,
    Path configFile,
    LoadedSettings settings,
    String rerunToken) {}
