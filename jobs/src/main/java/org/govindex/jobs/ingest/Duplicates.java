package org.govindex.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.govindex.contract.RejectReason;

/**
 * The cross-row rules on accepted rows, run after a kind is written: one aggregation over the key
 * columns finds the repeated keys (usually none), and only the rows of repeated keys are collected
 * to decide which to keep.
 *
 * <ul>
 *   <li>Repeated keys ({@code duplicate_key}): the first occurrence by (source_file, row_number) is
 *       kept, later ones are rejected.
 *   <li>Repeated submissions ({@code duplicate}, methodology §1 and §4): among rows with the same
 *       group (e.g. phone pseudonym), the latest {@code submitted_at} is kept (ties: the last by
 *       file and row).
 * </ul>
 */
final class Duplicates {

  private Duplicates() {}

  /** The rows rejected by a rule, with the reason naming the row kept. */
  record Rejected(String file, long rowNumber, String reasonCode, String reason) {
    Reject reject() {
      return new Reject(file, rowNumber, reasonCode, reason);
    }
  }

  private record Member(String file, long row, java.sql.Timestamp submitted) {}

  /** Repeated keys: all but the first occurrence. */
  static List<Rejected> repeatedKeys(Dataset<Row> accepted, List<String> key, String keyLabel) {
    List<Rejected> out = new ArrayList<>();
    for (List<Member> group : groups(accepted, key, false)) {
      out.addAll(laterOccurrences(group, keyLabel));
    }
    return out;
  }

  /** Repeated keys among rows read in the driver (a kind that grows with units). */
  static List<Rejected> repeatedKeys(
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
            .add(new Member((String) values[file], (Long) values[row], null));
      }
    }
    List<Rejected> out = new ArrayList<>();
    for (List<Member> group : groups.values()) {
      if (group.size() > 1) {
        out.addAll(laterOccurrences(group, keyLabel));
      }
    }
    return out;
  }

  private static List<Rejected> laterOccurrences(List<Member> group, String keyLabel) {
    List<Rejected> out = new ArrayList<>();
    group.sort(Comparator.comparing(Member::file).thenComparingLong(Member::row));
    Member kept = group.get(0);
    for (Member m : group.subList(1, group.size())) {
      out.add(
          new Rejected(
              m.file(),
              m.row(),
              RejectReason.DUPLICATE_KEY.code(),
              keyLabel + " 重复：保留首次出现的 " + kept.file() + " 第 " + kept.row() + " 行"));
    }
    return out;
  }

  /** Repeated submissions of a group: all but the latest. */
  static List<Rejected> keepLatest(Dataset<Row> accepted, List<String> group, String label) {
    List<Rejected> out = new ArrayList<>();
    for (List<Member> members : groups(accepted, group, true)) {
      members.sort(
          Comparator.comparing(Member::submitted)
              .thenComparing(Member::file)
              .thenComparingLong(Member::row)
              .reversed());
      Member kept = members.get(0);
      for (Member m : members.subList(1, members.size())) {
        out.add(
            new Rejected(
                m.file(),
                m.row(),
                RejectReason.DUPLICATE.code(),
                label + " 相同的答卷再次提交，保留最近一次：" + kept.file() + " 第 " + kept.row() + " 行"));
      }
    }
    return out;
  }

  /** The members of every group of more than one row (rows with a null key take no part). */
  private static List<List<Member>> groups(
      Dataset<Row> accepted, List<String> key, boolean withTime) {
    Column[] keys = key.stream().map(functions::col).toArray(Column[]::new);
    Column present = lit(true);
    for (String k : key) {
      present = present.and(col(k).isNotNull());
    }
    Dataset<Row> keyed = accepted.where(present);
    Dataset<Row> repeated = keyed.groupBy(keys).agg(count(lit(1)).as("_n")).where(col("_n").gt(1));
    List<Column> select = new ArrayList<>(List.of(keys));
    select.add(col("source_file"));
    select.add(col("row_number"));
    if (withTime) {
      select.add(col("submitted_at"));
    }
    Map<String, List<Member>> groups = new LinkedHashMap<>();
    for (Row r :
        keyed
            .join(functions.broadcast(repeated.drop("_n")), scala(key))
            .select(select.toArray(Column[]::new))
            .collectAsList()) {
      StringBuilder k = new StringBuilder();
      for (int i = 0; i < key.size(); i++) {
        k.append(r.get(i)).append('\u001F');
      }
      groups
          .computeIfAbsent(k.toString(), x -> new ArrayList<>())
          .add(
              new Member(
                  r.getString(key.size()),
                  r.getLong(key.size() + 1),
                  withTime ? r.getTimestamp(key.size() + 2) : null));
    }
    return new ArrayList<>(groups.values());
  }

  private static scala.collection.immutable.Seq<String> scala(List<String> names) {
    return scala.jdk.javaapi.CollectionConverters.asScala(names).toList();
  }
}
