package org.govindex.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.govindex.jobs.testing.SparkTestSession;
import org.junit.jupiter.api.Test;

/** The cross-row rules on a few hand-made accepted rows: which row is kept, and the reasons. */
class DuplicatesTest {

  private static final StructType SCHEMA =
      DataTypes.createStructType(
          List.of(
              DataTypes.createStructField("phone_hash", DataTypes.StringType, true),
              DataTypes.createStructField("department_code", DataTypes.StringType, true),
              DataTypes.createStructField("source_file", DataTypes.StringType, false),
              DataTypes.createStructField("row_number", DataTypes.LongType, false),
              DataTypes.createStructField("submitted_at", DataTypes.TimestampType, true)));

  private static Row row(String phone, String department, String file, long row, String time) {
    return RowFactory.create(phone, department, file, row, Timestamp.valueOf(time));
  }

  private static Dataset<Row> rows(Row... rows) {
    return SparkTestSession.get().createDataFrame(List.of(rows), SCHEMA);
  }

  private static List<String> rejected(Optional<Dataset<Row>> rejected) {
    assertThat(rejected).as("some row is rejected").isPresent();
    return rejected.get().collectAsList().stream()
        .map(
            r -> r.getString(0) + "#" + r.getLong(1) + " " + r.getString(2) + ": " + r.getString(3))
        .sorted()
        .toList();
  }

  @Test
  void keepLatestKeepsTheLatestSubmissionAndOnTiesTheLastByFileAndRow() {
    Dataset<Row> accepted =
        rows(
            row("p1", null, "a.csv", 1, "2026-03-01 10:00:00"),
            row("p1", null, "a.csv", 2, "2026-03-01 09:00:00"),
            row("p1", null, "b.csv", 1, "2026-03-01 10:00:00"), // ties a.csv#1; b.csv sorts last
            row("p2", null, "a.csv", 3, "2026-03-01 08:00:00"), // alone: kept
            row(null, null, "a.csv", 4, "2026-03-01 08:00:00"), // no phone: no part in the rule
            row(null, null, "a.csv", 5, "2026-03-01 08:00:00"));
    assertThat(rejected(Duplicates.keepLatest(accepted, List.of("phone_hash"), "手机号码")))
        .containsExactly(
            "a.csv#1 duplicate: 手机号码 相同的答卷再次提交，保留最近一次：b.csv 第 1 行",
            "a.csv#2 duplicate: 手机号码 相同的答卷再次提交，保留最近一次：b.csv 第 1 行");
  }

  @Test
  void keepLatestGroupsByEveryColumnOfTheGroup() {
    Dataset<Row> accepted =
        rows(
            row("p1", "D1", "d.csv", 1, "2026-03-01 10:00:00"),
            row("p1", "D1", "d.csv", 4, "2026-03-05 10:00:00"),
            row("p1", "D2", "d.csv", 5, "2026-03-06 10:00:00")); // another department: kept
    assertThat(
            rejected(
                Duplicates.keepLatest(
                    accepted, List.of("phone_hash", "department_code"), "评议人手机号码 × 被评议部门")))
        .containsExactly("d.csv#1 duplicate: 评议人手机号码 × 被评议部门 相同的答卷再次提交，保留最近一次：d.csv 第 4 行");
  }

  @Test
  void repeatedKeysKeepTheFirstByFileThenRow() {
    Dataset<Row> accepted =
        rows(
            row("k", null, "b.csv", 1, "2026-01-01 00:00:00"),
            row("k", null, "a.csv", 7, "2026-01-01 00:00:00"),
            row("k", null, "a.csv", 5, "2026-12-01 00:00:00"), // first by file then row: kept
            row("m", null, "a.csv", 6, "2026-01-01 00:00:00"),
            row(null, null, "a.csv", 8, "2026-01-01 00:00:00"),
            row(null, null, "a.csv", 9, "2026-01-01 00:00:00"));
    assertThat(rejected(Duplicates.repeatedKeys(accepted, List.of("phone_hash"), "工单编号")))
        .containsExactly(
            "a.csv#7 duplicate_key: 工单编号 重复：保留首次出现的 a.csv 第 5 行",
            "b.csv#1 duplicate_key: 工单编号 重复：保留首次出现的 a.csv 第 5 行");
  }

  @Test
  void noRepeatsNoRejects() {
    Dataset<Row> accepted =
        rows(
            row("k", null, "a.csv", 1, "2026-01-01 00:00:00"),
            row("m", null, "a.csv", 2, "2026-01-01 00:00:00"));
    assertThat(Duplicates.repeatedKeys(accepted, List.of("phone_hash"), "k")).isEmpty();
    assertThat(Duplicates.keepLatest(accepted, List.of("phone_hash"), "k")).isEmpty();
  }
}
