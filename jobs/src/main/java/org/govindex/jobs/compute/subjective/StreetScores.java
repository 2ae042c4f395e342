package org.govindex.jobs.compute.subjective;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapGroupsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Street subjective score and its interval (methodology §1).
 *
 * <p>S_street = Σ_c P_c·S_c / Σ_c P_c over the street's communities c with at least one valid
 * response and a defined S_c, P_c the community's 常住人口 (population). A community whose population
 * is missing or not positive cannot be weighted: it is left out and the street gets
 * missing_population = true.
 *
 * <p>Interval: stratified percentile bootstrap. Replicate b of the street is Σ_c P_c·S*_{c,b} / Σ_c
 * P_c over the same communities, S*_{c,b} the community's own replicate b (communities are
 * resampled independently, each within itself, with its own seed); communities whose replicate b is
 * undefined are left out of that replicate. Percentiles as in {@link PercentileInterval}.
 * Communities are combined in community_code order so sums do not depend on partitioning.
 */
public final class StreetScores {

  /**
   * Output schema: street_code, subjective_score, ci_low, ci_high, missing_population, replicates
   * (the street's B bootstrap replicates of S described above, NaN where undefined; null when S is
   * null).
   */
  public static final StructType SCHEMA =
      new StructType()
          .add("street_code", DataTypes.StringType, false)
          .add("subjective_score", DataTypes.DoubleType, true)
          .add("ci_low", DataTypes.DoubleType, true)
          .add("ci_high", DataTypes.DoubleType, true)
          .add("missing_population", DataTypes.BooleanType, false)
          .add("replicates", DataTypes.createArrayType(DataTypes.DoubleType, false), true);

  private StreetScores() {}

  /**
   * One row per street with at least one community that has a defined S.
   *
   * @param communityScores the output of {@link CommunityScores#compute}
   * @param communities the {@code communities} registry
   */
  public static Dataset<Row> compute(Dataset<Row> communityScores, Dataset<Row> communities) {
    Dataset<Row> rows =
        communities
            .select(col("community_code"), col("street_code"), col("population"))
            .join(communityScores.filter(col("subjective_score").isNotNull()), "community_code")
            .select(
                col("street_code"),
                col("community_code"),
                col("population"),
                col("subjective_score"),
                col("replicates"));
    return rows.groupByKey((MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING())
        .mapGroups(
            (MapGroupsFunction<String, Row, Row>) StreetScores::combine, Encoders.row(SCHEMA));
  }

  private record Member(String code, Integer population, double score, double[] replicates) {}

  private static Row combine(String streetCode, Iterator<Row> group) {
    List<Member> members = new ArrayList<>();
    while (group.hasNext()) {
      Row row = group.next();
      members.add(
          new Member(
              row.getString(1),
              row.isNullAt(2) ? null : ((Number) row.get(2)).intValue(),
              row.getDouble(3),
              toDoubles(row.<Double>getList(4))));
    }
    members.sort(Comparator.comparing(Member::code));
    boolean missingPopulation = false;
    double weighted = 0.0;
    double weightSum = 0.0;
    List<Member> weightable = new ArrayList<>();
    for (Member member : members) {
      if (member.population() == null || member.population() <= 0) {
        missingPopulation = true;
        continue;
      }
      weightable.add(member);
      weighted += member.population() * member.score();
      weightSum += member.population();
    }
    if (weightable.isEmpty()) {
      return RowFactory.create(streetCode, null, null, null, missingPopulation, null);
    }
    double[] replicates = replicates(weightable);
    PercentileInterval interval = PercentileInterval.of95(replicates);
    return RowFactory.create(
        streetCode,
        weighted / weightSum,
        interval == null ? null : interval.low(),
        interval == null ? null : interval.high(),
        missingPopulation,
        replicates);
  }

  private static double[] replicates(List<Member> members) {
    int resamples = members.get(0).replicates().length;
    double[] out = new double[resamples];
    for (int b = 0; b < resamples; b++) {
      double weighted = 0.0;
      double weightSum = 0.0;
      for (Member member : members) {
        double replicate = member.replicates()[b];
        if (!Double.isNaN(replicate)) {
          weighted += member.population() * replicate;
          weightSum += member.population();
        }
      }
      out[b] = weightSum > 0 ? weighted / weightSum : Double.NaN;
    }
    return out;
  }

  private static double[] toDoubles(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
