package org.govindex.jobs.nightly;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * {@code manifest.json} of a run (output contract): what ran, on which inputs, producing which
 * outputs. For every input file rows_read = rows_accepted + rows_rejected.
 */
public record RunManifest(
    @JsonProperty("run_id") String runId,
    @JsonProperty("period") String period,
    @JsonProperty("run_date") String runDate,
    @JsonProperty("code_version") String codeVersion,
    @JsonProperty("config_sha256") String configSha256,
    @JsonProperty("inputs") List<Input> inputs,
    @JsonProperty("outputs") List<Output> outputs) {

  /**
   * One input file of the drop.
   *
   * @param rowsInPeriod accepted rows dated in the run's period (null for an undated file: the
   *     registry)
   * @param rowsOtherPeriods accepted rows dated in another year: kept in the ingested datasets for
   *     the trend of the innovation index, never counted in the period's numbers
   */
  public record Input(
      @JsonProperty("path") String path,
      @JsonProperty("sha256") String sha256,
      @JsonProperty("rows_read") long rowsRead,
      @JsonProperty("rows_accepted") long rowsAccepted,
      @JsonProperty("rows_rejected") long rowsRejected,
      @JsonProperty("rows_in_period") Long rowsInPeriod,
      @JsonProperty("rows_other_periods") Long rowsOtherPeriods) {

    public Input {
      if (rowsRead != rowsAccepted + rowsRejected) {
        throw new IllegalStateException(
            path
                + ": rows do not balance: read "
                + rowsRead
                + " != accepted "
                + rowsAccepted
                + " + rejected "
                + rowsRejected);
      }
    }
  }

  /** One output file, path relative to {@code OUT/<period>/}. */
  public record Output(@JsonProperty("path") String path, @JsonProperty("sha256") String sha256) {}
}
