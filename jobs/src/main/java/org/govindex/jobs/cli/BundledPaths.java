package org.govindex.jobs.cli;

import java.nio.file.Path;

/**
 * Where the bundled files are: the launcher passes the repository root as the system property
 * {@code govindex.home}; without it, the working directory.
 */
public final class BundledPaths {

  private BundledPaths() {}

  public static Path home() {
    return Path.of(System.getProperty("govindex.home", "."));
  }

  /** The bundled sample export drop. */
  public static Path sampleDrop() {
    return home().resolve("data-samples").resolve("drop");
  }
}
