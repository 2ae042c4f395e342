package org.govindex.jobs.compute.innovation;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Entry point of the community governance and service innovation index and of 以奖代补 (methodology
 * §5-§6; docs/innovation-index.md).
 *
 * <ol>
 *   <li>Spark aggregates the source rows to one value per community, indicator and year ({@link
 *       CommunityIndicators}); the panel (communities × about 20 indicators × years) is collected.
 *   <li>The index engine scores every year in memory ({@link InnovationScoring}).
 *   <li>Projects of the period are scored, graded and awarded ({@link ProjectAward}), and totalled
 *       per community, street and district.
 * </ol>
 */
public final class InnovationIndex {

  private InnovationIndex() {}

  public static InnovationTables compute(
      SparkSession spark, InnovationInputs inputs, InnovationSettings settings) {
    UnitDirectory directory = UnitDirectory.collect(inputs.objective());
    List<Integer> years = CommunityIndicators.years(inputs, settings);
    IndicatorPanel panel = CommunityIndicators.collect(spark, inputs, settings, years, directory);
    InnovationScoring.Result result =
        InnovationScoring.score(settings.framework(), panel, directory);
    List<String> dims = settings.framework().dimensions();
    List<Row> indexRows = result.index().stream().map(r -> r.toRow(dims)).toList();
    List<ProjectAward> awards = Awards.of(inputs, settings);
    List<Row> awardRows =
        awards.stream()
            .map(
                a ->
                    (Row)
                        org.apache.spark.sql.RowFactory.create(
                            a.period(),
                            a.projectCode(),
                            a.projectName(),
                            a.unitCode(),
                            a.projectScore(),
                            a.grade(),
                            a.eligible(),
                            a.awardAmount(),
                            a.flags()))
            .toList();
    return new InnovationTables(
        spark.createDataFrame(indexRows, InnovationColumns.index(dims)),
        spark.createDataFrame(awardRows, InnovationColumns.AWARDS),
        spark.createDataFrame(
            result.coherence().stream().map(CoherenceRow::toRow).toList(),
            InnovationColumns.COHERENCE),
        spark.createDataFrame(
            Awards.byUnit(settings.period(), awards, directory), InnovationColumns.AWARDS_BY_UNIT));
  }
}
