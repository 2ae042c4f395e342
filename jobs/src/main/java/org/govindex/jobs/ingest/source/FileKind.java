package org.govindex.jobs.ingest.source;

import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of data file of a drop, in processing order (registry first), with the folder and
 * file-name rule of the input contract that recognises them.
 */
public enum FileKind {
  DISTRICTS("registry", "districts", true),
  STREETS("registry", "streets", true),
  COMMUNITIES("registry", "communities", true),
  DEPARTMENTS("registry", "departments", true),
  RESIDENT_SURVEY("surveys", "resident_", false),
  DEPARTMENT_SURVEY("surveys", "department_", false),
  HOTLINE("cases", "hotline_", false),
  MEDIATION_SUMMARY("cases", "mediation_summary_", false),
  MEDIATION("cases", "mediation_", false),
  COMMUNITY_FACTS("facts", "community_facts_", false),
  STREET_FACTS("facts", "street_facts_", false),
  PROJECTS("facts", "projects_", false);

  private final String folder;
  private final String stem;
  private final boolean exactName;

  FileKind(String folder, String stem, boolean exactName) {
    this.folder = folder;
    this.stem = stem;
    this.exactName = exactName;
  }

  public String folder() {
    return folder;
  }

  /**
   * Whether the kind grows with rows (survey responses, department ratings, work orders, mediation
   * cases): read by Spark tasks. The others have at most a row per unit and year and are read in
   * plain Java.
   */
  public boolean growsWithRows() {
    return this == RESIDENT_SURVEY
        || this == DEPARTMENT_SURVEY
        || this == HOTLINE
        || this == MEDIATION;
  }

  /** True for the four registry tables. */
  public boolean isRegistry() {
    return exactName;
  }

  /** The kind of a file name found in a folder; extension must be csv or xlsx. */
  public static Optional<FileKind> of(String folder, String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    String base;
    if (lower.endsWith(".csv")) {
      base = lower.substring(0, lower.length() - 4);
    } else if (lower.endsWith(".xlsx")) {
      base = lower.substring(0, lower.length() - 5);
    } else {
      return Optional.empty();
    }
    for (FileKind kind : values()) {
      if (!kind.folder.equals(folder)) {
        continue;
      }
      boolean hit = kind.exactName ? base.equals(kind.stem) : base.startsWith(kind.stem);
      if (hit) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
