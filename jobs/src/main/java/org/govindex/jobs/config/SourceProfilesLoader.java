package org.govindex.jobs.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govindex.contract.GovindexException;
import org.govindex.contract.Messages;
import org.govindex.jobs.ingest.ProfileCheck;
import org.govindex.jobs.ingest.source.SourceProfile;

/**
 * Reads and checks the source profiles the configuration lists ({@code sources}): every profile is
 * read and checked even when an earlier one fails, so that {@code validate} lists all problems.
 */
public final class SourceProfilesLoader {

  private SourceProfilesLoader() {}

  /**
   * The profiles when all are valid, their texts by location (hashed into the run's configuration),
   * and the problems, one line each.
   */
  public record Result(
      List<SourceProfile> profiles, Map<String, String> texts, List<String> problems) {}

  /** Loads every profile; relative paths resolve against the folder of {@code configFile}. */
  public static Result load(List<String> locations, Path configFile) {
    List<String> problems = new ArrayList<>();
    List<SourceProfile> profiles = new ArrayList<>();
    Map<String, String> texts = new LinkedHashMap<>();
    if (locations.isEmpty()) {
      problems.add(Messages.text("config.noSources"));
    }
    Set<String> names = new HashSet<>();
    for (String location : locations) {
      try {
        String text = SettingsLoader.resourceText(location, configFile);
        SourceProfile profile = SourceProfile.parse(text, location);
        texts.put("source:" + location, text);
        if (!names.add(profile.name())) {
          problems.add(Messages.text("config.profileTwice", location, profile.name()));
        }
        List<String> own = ProfileCheck.problems(profile);
        problems.addAll(own);
        profiles.add(profile);
      } catch (GovindexException e) {
        problems.add(
            e.getMessage() != null && e.getMessage().contains(location)
                ? e.getMessage()
                : Messages.text("config.sourceFile", location, e.getMessage()));
      }
    }
    return new Result(List.copyOf(profiles), texts, List.copyOf(problems));
  }
}
