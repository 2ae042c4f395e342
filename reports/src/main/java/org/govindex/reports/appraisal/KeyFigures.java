package org.govindex.reports.appraisal;

import java.util.List;
import org.govindex.reports.model.AppraisalReportData;
import org.govindex.reports.model.InputFileSummary;
import org.govindex.reports.model.UnitScore;

/**
 * The key numbers on the first page of the appraisal report.
 *
 * @param communities appraised communities
 * @param rankedCommunities communities with a rank
 * @param insufficientCommunities communities flagged {@code insufficient_sample}
 * @param streets appraised streets
 * @param validResponses Σ n_valid over communities
 * @param scoredCommunities communities with a subjective score
 * @param medianScore median S over communities with a score (mean of the two middle values for an
 *     even count); null when none
 * @param minScore lowest such S; null when none
 * @param maxScore highest such S; null when none
 * @param inputFiles number of input files
 * @param rowsRead Σ rows read
 * @param rowsAccepted Σ rows accepted
 * @param rowsRejected Σ rows rejected
 * @param unbalancedFiles files where rows read ≠ accepted + rejected
 */
public record KeyFigures(
    int communities,
    int rankedCommunities,
    int insufficientCommunities,
    int streets,
    long validResponses,
    int scoredCommunities,
    Double medianScore,
    Double minScore,
    Double maxScore,
    int inputFiles,
    long rowsRead,
    long rowsAccepted,
    long rowsRejected,
    int unbalancedFiles) {

  /** The key figures of {@code data}. */
  public static KeyFigures of(AppraisalReportData data) {
    List<UnitScore> communities = data.communities();
    double[] scores =
        communities.stream()
            .map(UnitScore::subjectiveScore)
            .filter(score -> score != null)
            .mapToDouble(Double::doubleValue)
            .sorted()
            .toArray();
    int n = scores.length;
    Double median = n == 0 ? null : (scores[(n - 1) / 2] + scores[n / 2]) / 2;
    List<InputFileSummary> inputs = data.inputs();
    return new KeyFigures(
        communities.size(),
        (int) communities.stream().filter(unit -> unit.rank() != null).count(),
        (int) communities.stream().filter(UnitScore::insufficientSample).count(),
        data.streets().size(),
        communities.stream().mapToLong(UnitScore::nValid).sum(),
        n,
        median,
        n == 0 ? null : scores[0],
        n == 0 ? null : scores[n - 1],
        inputs.size(),
        inputs.stream().mapToLong(InputFileSummary::rowsRead).sum(),
        inputs.stream().mapToLong(InputFileSummary::rowsAccepted).sum(),
        inputs.stream().mapToLong(InputFileSummary::rowsRejected).sum(),
        (int) inputs.stream().filter(input -> !input.balanced()).count());
  }
}
