package org.govindex.jobs.compute.objective;

import static org.apache.spark.sql.functions.aggregate;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.govindex.indicators.appraisal.AppraisalCatalogue;
import org.govindex.indicators.appraisal.AppraisalLevel;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Entry point of the objective part of the appraisal (methodology §2-§3).
 *
 * <ol>
 *   <li>Raw values: per level ONE aggregation of all source rows ({@link LevelMeasures}), then the
 *       formulas of {@link IndicatorFormulas} for the catalogue's indicators at that level.
 *   <li>Normalised score {@code s = clamp(100 · (x − worst) / (best − worst), 0, 100)} with the
 *       catalogue goalposts (null when x is null).
 *   <li>{@code O = Σ w_i·s_i / Σ w_i} over the indicators with a score and a positive weight, the
 *       weights of {@link AppraisalCatalogue#weightsFor} (economic ones 0 for 中心城区 streets); summed
 *       in catalogue order so that runs are bit-for-bit reproducible. A weighted indicator without
 *       value is flagged {@code missing_indicator:<code>}; none at all gives O = null and {@code
 *       no_objective_indicator}.
 * </ol>
 */
public final class ObjectiveScoring {

  /** Columns of {@code indicator_values}, in order. */
  public static final List<String> INDICATOR_VALUE_COLUMNS =
      List.of(
          "period",
          "level",
          "unit_code",
          "indicator_code",
          "raw_value",
          "normalized_score",
          "denominator",
          "flags");

  /** Columns of the objective scores, in order. */
  public static final List<String> OBJECTIVE_SCORE_COLUMNS =
      List.of("level", "unit_code", "objective_score", "n_indicators", "flags");

  private ObjectiveScoring() {}

  /**
   * Computes indicator_values and the objective score of every registered unit of each level that
   * has indicators in the catalogue.
   *
   * @param period the calendar year, e.g. {@code 2026}
   */
  public static ObjectiveTables compute(
      SparkSession spark, ObjectiveInputs inputs, AppraisalCatalogue catalogue, String period) {
    PeriodWindow window = PeriodWindow.of(period);
    Dataset<Row> scored = scored(spark, rawValues(inputs, catalogue, window), catalogue);
    Dataset<Row> indicatorValues =
        scored
            .orderBy(col("level"), col("unit_code"), col("position"))
            .select(
                lit(period).as("period"),
                col("level"),
                col("unit_code"),
                col("indicator_code"),
                col("raw_value"),
                col("normalized_score"),
                col("denominator"),
                col("flags"));
    return new ObjectiveTables(
        indicatorValues, objectiveScores(scored, catalogue), weightShares(scored));
  }

  /**
   * The share of each indicator in O: {@code weight_share = w_i / Σ w_j} over the unit's indicators
   * that enter O (a score and a positive weight), 0 for the others. Columns: level, unit_code,
   * indicator_code, normalized_score, weight_share.
   */
  private static Dataset<Row> weightShares(Dataset<Row> scored) {
    Column used = col("normalized_score").isNotNull().and(col("weight_used").gt(0.0));
    Column usedWeight = when(used, col("weight_used")).otherwise(lit(0.0));
    Column total =
        sum(usedWeight)
            .over(org.apache.spark.sql.expressions.Window.partitionBy("level", "unit_code"));
    return scored
        .withColumn("_w", usedWeight)
        .withColumn("_total", total)
        .select(
            col("level"),
            col("unit_code"),
            col("indicator_code"),
            col("normalized_score"),
            when(col("_total").gt(0.0), col("_w").divide(col("_total")))
                .otherwise(lit(0.0))
                .as("weight_share"),
            col("position"));
  }

  /**
   * Long table of raw values: level, unit_code, central (boolean), indicator_code, raw_value,
   * denominator, flag_list (array of flags).
   */
  static Dataset<Row> rawValues(
      ObjectiveInputs inputs, AppraisalCatalogue catalogue, PeriodWindow window) {
    Dataset<Row> all = null;
    for (AppraisalLevel level : AppraisalLevel.values()) {
      List<IndicatorFormula> formulas = IndicatorFormulas.forLevel(catalogue, level);
      if (formulas.isEmpty()) {
        continue;
      }
      Column values =
          array(formulas.stream().map(IndicatorFormula::toStruct).toArray(Column[]::new));
      Dataset<Row> rows =
          LevelMeasures.compute(level, inputs, window)
              .select(
                  lit(level.code()).as("level"),
                  col(LevelMeasures.UNIT),
                  coalesce(col(Measures.CENTRAL), lit(0.0)).equalTo(1.0).as("central"),
                  explode(values).as("iv"))
              .select(
                  col("level"),
                  col(LevelMeasures.UNIT),
                  col("central"),
                  col("iv.indicator_code"),
                  col("iv.raw_value"),
                  col("iv.denominator"),
                  col("iv.flag_list"));
      all = all == null ? rows : all.unionByName(rows);
    }
    if (all == null) {
      throw new ObjectiveInputException("appraisal catalogue: no indicator at any level");
    }
    return all;
  }

  /** Adds normalized_score, weight_used, position and the flags string. */
  private static Dataset<Row> scored(
      SparkSession spark, Dataset<Row> raw, AppraisalCatalogue catalogue) {
    Dataset<Row> joined =
        raw.join(
            broadcast(CatalogueLookup.of(spark, catalogue)),
            CollectionConverters.asScala(List.of("level", "indicator_code")).toSeq());
    Column x = col("raw_value");
    Column score =
        when(x.isNull(), lit(null).cast("double"))
            .otherwise(
                greatest(
                    lit(0.0),
                    least(
                        lit(100.0),
                        lit(100.0)
                            .multiply(x.minus(col("goal_worst")))
                            .divide(col("goal_best").minus(col("goal_worst"))))));
    Column excluded = col("central").and(col("economic"));
    return joined
        .withColumn("normalized_score", score)
        .withColumn(
            "weight_used", when(col("central"), col("weight_central")).otherwise(col("weight")))
        .withColumn(
            "flags",
            concat_ws(
                ObjectiveFlags.SEPARATOR,
                col("flag_list"),
                when(excluded, lit(ObjectiveFlags.CENTRAL_STREET_ECONOMIC_EXCLUDED))));
  }

  private static Dataset<Row> objectiveScores(Dataset<Row> scored, AppraisalCatalogue catalogue) {
    Column used = col("normalized_score").isNotNull().and(col("weight_used").gt(0.0));
    Column missing = col("raw_value").isNull().and(col("weight_used").gt(0.0));
    boolean hasEconomic = !catalogue.economicCodes().isEmpty();
    Dataset<Row> perUnit =
        scored
            .groupBy(col("level"), col("unit_code"))
            .agg(
                array_sort(
                        collect_list(
                            when(
                                used,
                                struct(
                                    col("position"),
                                    col("weight_used").as("w"),
                                    col("normalized_score").as("s")))))
                    .as("parts"),
                array_sort(
                        collect_list(
                            when(
                                missing,
                                concat(
                                    lit(ObjectiveFlags.MISSING_INDICATOR + ":"),
                                    col("indicator_code")))))
                    .as("missing"),
                max(col("central")).as("central"));
    Column sumW = aggregate(col("parts"), lit(0.0), (acc, p) -> acc.plus(p.getField("w")));
    Column sumWs =
        aggregate(
            col("parts"),
            lit(0.0),
            (acc, p) -> acc.plus(p.getField("w").multiply(p.getField("s"))));
    Column n = size(col("parts"));
    return perUnit
        .select(
            col("level"),
            col("unit_code"),
            when(n.gt(0), sumWs.divide(sumW)).as("objective_score"),
            n.as("n_indicators"),
            concat_ws(
                    ObjectiveFlags.SEPARATOR,
                    when(n.equalTo(0), lit(ObjectiveFlags.NO_OBJECTIVE_INDICATOR)),
                    when(
                        col("central").and(lit(hasEconomic)),
                        lit(ObjectiveFlags.CENTRAL_STREET_ECONOMIC_EXCLUDED)),
                    col("missing"))
                .as("flags"))
        .orderBy(col("level"), col("unit_code"));
  }
}
