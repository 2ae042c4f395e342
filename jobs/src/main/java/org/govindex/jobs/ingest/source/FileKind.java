package org.govindex.jobs.ingest.source;

import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of data file of a drop, in processing order (registry first), with the folder and
 * file-name rule of the input contract (a tie-breaker: files are recognised by their header).
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

  /**
   * The kind the input contract's file-name rule gives a drop-relative path ({@code
   * cases/hotline_2026.csv}), if any: a tie-breaker between kinds whose columns a header has alike.
   */
  public static Optional<FileKind> byName(String relativePath) {
    String lower = relativePath.toLowerCase(Locale.ROOT);
    int slash = lower.lastIndexOf('/');
    String folder = slash < 0 ? "" : lower.substring(0, slash);
    folder = folder.substring(folder.lastIndexOf('/') + 1);
    String name = lower.substring(slash + 1);
    String base = name.replaceFirst("\\.(csv|xlsx)$", "");
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

  /** The kind's name as profiles and messages write it ({@code hotline}). */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
