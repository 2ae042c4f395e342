package org.govindex.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.govindex.contract.RejectReason;

/**
 * The cross-row rules on accepted rows, run after a kind is parsed, in Spark: one aggregation over
 * the key columns finds the repeated keys (usually there is none, and then nothing else runs), one
 * more chooses the row kept of each, one join names the others; the rejected rows are a dataset
 * ({@link RejectTable} columns), never gathered in one JVM, so that a file of millions of copies of
 * one row is handled in bounded memory.
 *
 * <ul>
 *   <li>Repeated keys ({@code duplicate_key}): the first occurrence by (source_file, row_number) is
 *       kept, later ones are rejected.
 *   <li>Repeated submissions ({@code duplicate}, methodology §1 and §4): among rows with the same
 *       group (e.g. phone pseudonym), the latest {@code submitted_at} is kept (ties: the last by
 *       file and row).
 * </ul>
 *
 * File names compare by the bytes of their UTF-8 form (Spark's order of strings).
 */
final class Duplicates {

  private static final String KEPT = "_kept";

  private Duplicates() {}

  private record Member(String file, long row) {}

  /**
   * Repeated keys: all but the first occurrence, as {@link RejectTable} rows; empty when no key
   * repeats.
   */
  static Optional<Dataset<Row>> repeatedKeys(
      Dataset<Row> accepted, List<String> key, String keyLabel) {
    Column member = struct(col("source_file"), col("row_number"));
    return losers(accepted, key, min(member), member)
        .map(rows -> asRejects(rows, RejectReason.DUPLICATE_KEY, keyLabel + " 重复：保留首次出现的 "));
  }

  /**
   * Repeated submissions of a group: all but the latest, as {@link RejectTable} rows; empty when no
   * group has more than one row.
   */
  static Optional<Dataset<Row>> keepLatest(
      Dataset<Row> accepted, List<String> group, String label) {
    Column member = struct(col("submitted_at"), col("source_file"), col("row_number"));
    return losers(accepted, group, max(member), member)
        .map(rows -> asRejects(rows, RejectReason.DUPLICATE, label + " 相同的答卷再次提交，保留最近一次："));
  }

  /**
   * The losers as {@link RejectTable} rows, the reason naming the kept row after {@code because}.
   */
  private static Dataset<Row> asRejects(Dataset<Row> losers, RejectReason reason, String because) {
    return losers.select(
        col("source_file").as(RejectTable.FILE),
        col("row_number").as(RejectTable.ROW_NUMBER),
        lit(reason.code()).as(RejectTable.REASON_CODE),
        concat(
                lit(because),
                col(KEPT + ".source_file"),
                lit(" 第 "),
                col(KEPT + ".row_number").cast("string"),
                lit(" 行"))
            .as(RejectTable.REASON));
  }

  /**
   * The rows of every group of more than one row but the one {@code chosen} keeps, each with the
   * kept member in {@value #KEPT} (rows with a null key take no part); empty when no group has more
   * than one row. The repeated keys are found first by a count (a hash aggregation, run once to see
   * whether there is any); the member kept is chosen only among their rows (a sort aggregation,
   * since the member is a struct).
   */
  private static Optional<Dataset<Row>> losers(
      Dataset<Row> accepted, List<String> key, Column chosen, Column member) {
    Column present = lit(true);
    for (String k : key) {
      present = present.and(col(k).isNotNull());
    }
    Column[] keyColumns = key.stream().map(functions::col).toArray(Column[]::new);
    Dataset<Row> keyed = accepted.where(present);
    Dataset<Row> repeatedKeys =
        keyed.groupBy(keyColumns).agg(count(lit(1)).as("_n")).where(col("_n").gt(1)).drop("_n");
    if (repeatedKeys.isEmpty()) {
      return Optional.empty();
    }
    Dataset<Row> repeated = keyed.join(repeatedKeys, scala(key), "left_semi");
    Dataset<Row> kept = repeated.groupBy(keyColumns).agg(chosen.as(KEPT));
    return Optional.of(
        repeated.join(kept, scala(key)).where(member.eqNullSafe(col(KEPT)).unary_$bang()));
  }

  /** The rows minus those rejected by a cross-row rule (by source_file and row_number). */
  static Dataset<Row> without(Dataset<Row> rows, Dataset<Row> rejected) {
    return rows.join(losers(rejected), scala(List.of("source_file", "row_number")), "left_anti")
        .select(java.util.Arrays.stream(rows.columns()).map(c -> col(c)).toArray(Column[]::new));
  }

  /** The rows a cross-row rule rejected (by source_file and row_number). */
  static Dataset<Row> only(Dataset<Row> rows, Dataset<Row> rejected) {
    return rows.join(losers(rejected), scala(List.of("source_file", "row_number")), "left_semi");
  }

  private static Dataset<Row> losers(Dataset<Row> rejected) {
    return rejected.select(
        col(RejectTable.FILE).as("source_file"), col(RejectTable.ROW_NUMBER).as("row_number"));
  }

  /** Repeated keys among rows read in the driver (a kind that grows with units). */
  static List<Reject> repeatedKeys(
      List<Object[]> rows,
      org.govindex.contract.TableSpec spec,
      List<String> key,
      String keyLabel) {
    int[] keyIndex = key.stream().mapToInt(spec::indexOf).toArray();
    int file = spec.indexOf("source_file");
    int row = spec.indexOf("row_number");
    Map<List<Object>, List<Member>> groups = new LinkedHashMap<>();
    for (Object[] values : rows) {
      List<Object> k = new ArrayList<>();
      boolean present = true;
      for (int i : keyIndex) {
        present &= values[i] != null;
        k.add(values[i]);
      }
      if (present) {
        groups
            .computeIfAbsent(k, x -> new ArrayList<>())
            .add(new Member((String) values[file], (Long) values[row]));
      }
    }
    List<Reject> out = new ArrayList<>();
    for (List<Member> group : groups.values()) {
      if (group.size() > 1) {
        out.addAll(laterOccurrences(group, keyLabel));
      }
    }
    return out;
  }

  private static List<Reject> laterOccurrences(List<Member> group, String keyLabel) {
    List<Reject> out = new ArrayList<>();
    group.sort(Comparator.comparing(Member::file).thenComparingLong(Member::row));
    Member kept = group.get(0);
    for (Member m : group.subList(1, group.size())) {
      out.add(
          new Reject(
              m.file(),
              m.row(),
              RejectReason.DUPLICATE_KEY.code(),
              keyLabel + " 重复：保留首次出现的 " + kept.file() + " 第 " + kept.row() + " 行"));
    }
    return out;
  }

  private static scala.collection.immutable.Seq<String> scala(List<String> names) {
    return scala.jdk.javaapi.CollectionConverters.asScala(names).toList();
  }
}
