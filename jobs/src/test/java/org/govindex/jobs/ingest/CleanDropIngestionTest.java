package org.govindex.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.govindex.contract.Datasets;
import org.govindex.contract.TableSpec;
import org.govindex.jobs.io.IngestedDatasets;
import org.govindex.jobs.io.SparkSchemas;
import org.govindex.jobs.testing.SparkTestSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A drop without a single defect or repeat, the usual night: no row is rejected, so the cross-row
 * rules stop after their count and {@code rejects.csv} is written without a Spark job; every row
 * still reaches its dataset and the accounting balances. Every ingested dataset is written in the
 * contract's columns and types, as the nightly reads them.
 */
class CleanDropIngestionTest {

  static final String DISTRICTS = "区划代码,区名称,区类型\n440101,甲区,中心城区\n";
  static final String STREETS = "街道代码,街道名称,区划代码\n440101001,东街道,440101\n";
  static final String DEPARTMENTS = "部门代码,部门名称,区划代码\n44010101,民政局,440101\n";
  static final String COMMUNITIES =
      """
      社区代码,社区名称,街道代码,户数,常住人口,社区类型
      440101001001,和平社区,440101001,2000,6000,城市社区
      440101001002,光明社区,440101001,2100,6100,城市社区
      """;
  static final String RESIDENT =
      """
      序号,提交答卷时间,所用时间,来源,来自ＩＰ,1、您所在社区,2．您对社区治安状况的满意程度,3：您对社区环境卫生的满意程度,4、您对所在街道工作的总体满意程度,5、您的手机号码
      1,2026/3/1 10:00:00,120秒,手机提交,113.108.1.2(广东-广州),光明社区（440101001002）,满意,非常满意,基本满意,13800000001
      2,2026/3/1 10:01:00,120秒,手机提交,113.108.1.3(广东-广州),和平社区（440101001001）,满意,满意,满意,13800000002
      """;
  static final String HOTLINE =
      DropIngestionTest.HOTLINE_HEADER
          + "\n"
          + """
          GD1,2026-03-01 10:00:00,电话,投诉,"楼下噪音,请处理
          谢谢",13700000001,440101001,440101001001,44010101,2026-03-02 10:00:00,2026-03-01 12:00:00,2026-03-31 10:00:00,2026-03-10 10:00:00,已办结,否,否,否,已解决,满意
          GD2,2026-03-02 10:00:00,电话,求助,路灯不亮,13700000002,440101001,440101001002,44010101,,,,,办理中,否,否,否,未回访,未评价
          """;

  @TempDir Path temp;

  @Test
  void aDropWithoutDefectsRejectsNothingAndPublishesEveryRow() throws Exception {
    Path drop = temp.resolve("drop");
    write(drop, "registry/districts.csv", DISTRICTS);
    write(drop, "registry/streets.csv", STREETS);
    write(drop, "registry/communities.csv", COMMUNITIES);
    write(drop, "registry/departments.csv", DEPARTMENTS);
    write(drop, "surveys/resident_2026_a.csv", RESIDENT);
    write(drop, "cases/hotline_2026.csv", HOTLINE);
    Path out = temp.resolve("ingested");
    SparkSession spark = SparkTestSession.get();

    IngestionReport report =
        DropIngestionTest.ingestion(spark, DropIngestionTest.KEY).ingest(drop, out);

    assertThat(report.files())
        .allSatisfy(
            f -> {
              assertThat(f.rowsRejected()).as(f.path()).isZero();
              assertThat(f.rowsAccepted()).as(f.path()).isEqualTo(f.rowsRead()).isPositive();
            });
    assertThat(report.rejectsByReason()).isEmpty();
    assertThat(Files.readAllLines(out.resolve(RejectsFile.NAME), StandardCharsets.UTF_8))
        .containsExactly("\uFEFFfile,row_number,reason_code,reason");
    assertThat(rows(spark, out, "hotline_orders")).isEqualTo(2);
    assertThat(rows(spark, out, "resident_responses")).isEqualTo(2);
    assertThat(rows(spark, out, "resident_response_meta")).isEqualTo(2);
    assertThat(rows(spark, out, "resident_answers")).isEqualTo(6);
    for (TableSpec dataset : Datasets.INGESTED) {
      // the nightly reads the ingested datasets with the contract's schema instead of inferring it
      assertThat(columns(spark.read().parquet(out.resolve(dataset.name()).toString()).schema()))
          .as(dataset.name())
          .isEqualTo(columns(SparkSchemas.of(dataset)));
    }
    Dataset<Row> orders = new IngestedDatasets(out).rows(spark, Datasets.HOTLINE_ORDERS);
    assertThat(orders.collectAsList())
        .containsExactlyInAnyOrderElementsOf(
            spark.read().parquet(out.resolve("hotline_orders").toString()).collectAsList());
  }

  /** Each column's name and type, nullability aside. */
  private static List<String> columns(StructType schema) {
    return Arrays.stream(schema.fields())
        .map(f -> f.name() + " " + f.dataType().simpleString())
        .toList();
  }

  private static long rows(SparkSession spark, Path out, String dataset) {
    return spark.read().parquet(out.resolve(dataset).toString()).count();
  }

  private static void write(Path drop, String path, String text) throws Exception {
    Path file = drop.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
