package org.govindex.reports.tables;

import java.util.List;

/**
 * A row of {@code survey_quality.csv}: quality signals of the survey responses of one unit. Shares
 * are fractions in [0, 1].
 */
public record SurveyQualityRow(
    String level,
    String unitCode,
    int nResponses,
    int nValid,
    Double speederShare,
    Double duplicateShare,
    Double straightlinerShare,
    Integer maxIpBurst,
    Double burstShare,
    Double dontKnowShare,
    List<String> flags) {

  static final List<String> REQUIRED =
      List.of("level", "unit_code", "n_responses", "n_valid", "flags");

  public SurveyQualityRow {
    flags = List.copyOf(flags);
  }

  static SurveyQualityRow from(CsvRow row) {
    return new SurveyQualityRow(
        row.requiredText("level"),
        row.requiredText("unit_code"),
        row.count("n_responses"),
        row.count("n_valid"),
        row.number("speeder_share"),
        row.number("duplicate_share"),
        row.number("straightliner_share"),
        row.integer("max_ip_burst"),
        row.number("burst_share"),
        row.number("dont_know_share"),
        row.flags("flags"));
  }
}
