package org.govindex.reports.tables;

import java.util.List;
import org.govindex.contract.Flag;
import org.govindex.contract.Results;
import org.govindex.contract.Table;
import org.govindex.contract.UnitLevel;

/**
 * A row of {@link Results#SURVEY_QUALITY}: quality signals of the survey responses of one unit.
 * Shares are fractions in [0, 1].
 */
public record SurveyQualityRow(
    UnitLevel level,
    String unitCode,
    long nResponses,
    long nValid,
    Double speederShare,
    Double duplicateShare,
    Double straightlinerShare,
    Double burstShare,
    Double dontKnowShare,
    List<String> flags) {

  public SurveyQualityRow {
    flags = List.copyOf(flags);
  }

  static SurveyQualityRow from(Table.Row row) {
    return new SurveyQualityRow(
        RowValues.level(row),
        row.string("unit_code"),
        row.longValue("n_responses"),
        row.longValue("n_valid"),
        row.number("speeder_share"),
        row.number("duplicate_share"),
        row.number("straightliner_share"),
        row.number("burst_share"),
        row.number("dont_know_share"),
        Flag.split(row.string("flags")));
  }
}
