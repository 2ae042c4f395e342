package org.govindex.jobs.nightly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.govindex.jobs.config.LoadedSettings;
import org.govindex.jobs.config.SettingsLoader;
import org.govindex.jobs.io.Sha256;
import org.govindex.jobs.spark.SparkSessionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole nightly job on the bundled sample drop, and its restart behaviour. */
class NightlyJobFunctionalTests {

  private static final Path SAMPLE_DROP =
      Path.of(System.getProperty("user.dir")).getParent().resolve("data-samples").resolve("drop");
  private static final LoadedSettings SETTINGS = SettingsLoader.load(null);

  @TempDir Path out;

  private NightlyRequest request(String runDate) {
    return request(SAMPLE_DROP, runDate);
  }

  private NightlyRequest request(Path input, String runDate) {
    return new NightlyRequest(input, out, "2026", runDate, null, SETTINGS, null);
  }

  @Test
  void givenAPeriodWithoutDataWhenTheJobRunsThenItIsRefusedAndNothingIsPublished() {
    // given the 2026 sample drop and a Chinese user, when the nightly is asked for 1999
    java.util.Locale before = java.util.Locale.getDefault();
    java.util.Locale.setDefault(java.util.Locale.CHINA);
    NightlyOutcome outcome;
    try {
      outcome =
          runner(StepHooks.NONE)
              .run(
                  new NightlyRequest(SAMPLE_DROP, out, "1999", "2026-11-24", null, SETTINGS, null));
    } finally {
      java.util.Locale.setDefault(before);
    }

    // then it is refused with one Chinese line naming the period, what is missing and the years the
    // drop has, and publishes nothing
    assertThat(outcome.status()).isEqualTo(NightlyOutcome.Status.FAILED);
    assertThat(outcome.message())
        .startsWith("1999 年度的结果不予发布")
        .contains("没有 1999 年的居民问卷答卷（按提交答卷时间）")
        .contains("现有的属于 2026 年")
        .doesNotContain("\n")
        .doesNotContainPattern("[A-Za-z]");
    assertThat(out.resolve("1999")).doesNotExist();
  }

  @Test
  void givenAnswersAndWorkOrdersOfAnotherYearWhenThePeriodRunsThenItsNumbersDoNotChange()
      throws IOException {
    // given the sample drop, and a copy of it with 2025 copies of accepted 2026 rows: resident
    // answers of the same residents (same phone: a repeated answer of another wave, not a
    // duplicate) and 12345 work orders (new order numbers, every time a year earlier)
    String survey = "surveys/resident_2026_a.csv";
    String hotline = "cases/hotline_2026_01-04.csv";
    Path baseline = out.resolve("baseline");
    NightlyOutcome first =
        runner(StepHooks.NONE)
            .run(
                new NightlyRequest(
                    SAMPLE_DROP, baseline, "2026", "2026-11-25", null, SETTINGS, null));
    assertThat(first.status()).isEqualTo(NightlyOutcome.Status.COMPLETED);
    Path baseResults = baseline.resolve("2026").toRealPath();
    java.util.Set<String> rejected = new java.util.HashSet<>();
    for (CSVRecord r : readCsv(baseResults.resolve("rejects.csv"))) {
      rejected.add(r.get("file") + "#" + r.get("row_number"));
    }
    Path drop = out.resolve("drop");
    copyTree(SAMPLE_DROP, drop);
    int answers =
        appendEarlierYear(
            drop.resolve(survey),
            StandardCharsets.UTF_8,
            true,
            row -> !rejected.contains(survey + "#" + row) && row <= 150,
            (header, cells, row) -> {
              cells.set(0, String.valueOf(100_000 + row));
              int submitted = header.indexOf("提交答卷时间");
              cells.set(submitted, cells.get(submitted).replaceFirst("^2026/", "2025/"));
            });
    int orders =
        appendEarlierYear(
            drop.resolve(hotline),
            java.nio.charset.Charset.forName("GB18030"),
            false,
            row -> !rejected.contains(hotline + "#" + row) && row <= 300,
            (header, cells, row) -> {
              for (int c = 0; c < cells.size(); c++) {
                cells.set(
                    c,
                    cells.get(c).replaceFirst("^2026-", "2025-").replaceFirst("^GD2026", "GD2025"));
              }
            });
    assertThat(answers).isGreaterThan(100);
    assertThat(orders).isGreaterThan(200);

    // when the 2026 nightly runs on the copy
    Path other = out.resolve("with-2025");
    NightlyOutcome second =
        runner(StepHooks.NONE)
            .run(new NightlyRequest(drop, other, "2026", "2026-11-25", null, SETTINGS, null));
    assertThat(second.status()).isEqualTo(NightlyOutcome.Status.COMPLETED);
    Path results = other.resolve("2026").toRealPath();

    // then every 2025 row is accepted and counted as another period's in the manifest
    JsonNode manifest = new ObjectMapper().readTree(results.resolve("manifest.json").toFile());
    for (JsonNode input : manifest.get("inputs")) {
      String path = input.get("path").asText();
      if (path.equals(survey) || path.equals(hotline)) {
        assertThat(input.get("rows_other_periods").asLong())
            .as(path)
            .isEqualTo(path.equals(survey) ? answers : orders);
      }
    }
    // and the period's appraisal, survey items, indicators and department rating are the same bytes
    for (String table :
        List.of(
            "appraisal",
            "appraisal_contributions",
            "satisfaction_items",
            "indicator_values",
            "department_rating")) {
      assertThat(Files.readAllBytes(results.resolve("tables/" + table + ".csv")))
          .as(table)
          .isEqualTo(Files.readAllBytes(baseResults.resolve("tables/" + table + ".csv")));
    }
  }

  private interface RowEdit {
    void apply(List<String> header, List<String> cells, int row);
  }

  /**
   * Appends to a CSV file of the drop an edited copy of each chosen data row (row numbers from 1);
   * returns how many were appended.
   */
  private static int appendEarlierYear(
      Path file,
      java.nio.charset.Charset charset,
      boolean bom,
      java.util.function.IntPredicate chosen,
      RowEdit edit)
      throws IOException {
    String text = new String(Files.readAllBytes(file), charset).replace("\uFEFF", "");
    List<CSVRecord> records = CSVFormat.DEFAULT.parse(new java.io.StringReader(text)).getRecords();
    List<String> header = records.get(0).toList();
    String newline = text.contains("\r\n") ? "\r\n" : "\n";
    StringBuilder appended = new StringBuilder(text.endsWith("\n") ? "" : newline);
    int n = 0;
    try (var printer =
        new org.apache.commons.csv.CSVPrinter(
            appended, CSVFormat.DEFAULT.builder().setRecordSeparator(newline).get())) {
      for (int row = 1; row < records.size(); row++) {
        if (chosen.test(row)) {
          List<String> cells = new ArrayList<>(records.get(row).toList());
          edit.apply(header, cells, row);
          printer.printRecord(cells);
          n++;
        }
      }
    }
    Files.write(file, ((bom ? "\uFEFF" : "") + text + appended).getBytes(charset));
    return n;
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.toList()) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target);
        }
      }
    }
  }

  private static NightlyRunner runner(StepHooks hooks) {
    return new NightlyRunner(SparkSessionFactory::forTests, false, hooks);
  }

  @Test
  void givenTheSampleDropWhenTheJobRunsThenItPublishesBalancedResults() throws IOException {
    // given the bundled sample drop and an empty output folder
    assertThat(SAMPLE_DROP.resolve("registry")).isDirectory();

    // when the nightly job runs
    NightlyOutcome outcome = runner(StepHooks.NONE).run(request("2026-11-22"));

    // then it completed and published OUT/2026 with every output of the contract
    assertThat(outcome.status()).isEqualTo(NightlyOutcome.Status.COMPLETED);
    Path published = out.resolve("2026").toRealPath();
    assertThat(published.resolve("tables/appraisal.csv")).isRegularFile();
    assertThat(published.resolve("tables/satisfaction_items.csv")).isRegularFile();
    assertThat(published.resolve("parquet/appraisal")).isDirectory();
    assertThat(published.resolve("rejects.csv")).isRegularFile();
    assertThat(published.resolve("reports")).isDirectory();
    assertThat(out.resolve(".work/2026-2026-11-22")).doesNotExist();

    JsonNode manifest = new ObjectMapper().readTree(published.resolve("manifest.json").toFile());
    assertThat(manifest.get("period").asText()).isEqualTo("2026");
    assertThat(manifest.get("run_date").asText()).isEqualTo("2026-11-22");
    assertThat(manifest.get("config_sha256").asText()).hasSize(64);

    // every data file of the drop is accounted for, with its checksum, and counts balance
    List<String> dropFiles = dataFiles(SAMPLE_DROP);
    List<String> listed = new ArrayList<>();
    long rejectedInManifest = 0;
    for (JsonNode input : manifest.get("inputs")) {
      String path = input.get("path").asText();
      listed.add(path);
      assertThat(input.get("sha256").asText()).isEqualTo(Sha256.of(SAMPLE_DROP.resolve(path)));
      assertThat(input.get("rows_read").asLong())
          .as(path)
          .isEqualTo(input.get("rows_accepted").asLong() + input.get("rows_rejected").asLong());
      assertThat(input.get("rows_read").asLong()).as(path).isEqualTo(dataRows(path));
      rejectedInManifest += input.get("rows_rejected").asLong();
    }
    assertThat(listed).containsExactlyInAnyOrderElementsOf(dropFiles);

    // rows of another year than the period are counted per file, apart from the period's
    rowsOfOtherPeriodsAreCounted(manifest, published);

    // rejects.csv has one line per rejected row
    assertThat(readCsv(published.resolve("rejects.csv"))).hasSize((int) rejectedInManifest);

    // every output is listed with its checksum
    for (JsonNode output : manifest.get("outputs")) {
      Path file = published.resolve(output.get("path").asText());
      assertThat(Sha256.of(file)).isEqualTo(output.get("sha256").asText());
    }
    assertThat(
            Files.walk(published)
                .filter(Files::isRegularFile)
                .filter(f -> !f.getFileName().toString().equals("manifest.json"))
                .count())
        .isEqualTo(manifest.get("outputs").size());

    // the appraisal has a row per community and street of the registry
    long units = dataRows("registry/communities.csv") + dataRows("registry/streets.csv");
    assertThat(readCsv(published.resolve("tables/appraisal.csv"))).hasSize((int) units);

    // and the result tables are complete and consistent with each other
    resultTablesAreConsistent(published);

    // and the hotline indicators equal a recount from the drop's own CSV files
    hotlineRatesMatchARecountOfTheRawOrders(published);

    // and the reports hold one scorecard page per unit and one workbook sheet per table
    reportsCoverEveryUnitAndTable(published);
  }

  /**
   * Every dated file's accepted rows split into the period's and other years'; community_facts
   * (four 年度) recounted here from the raw file and rejects.csv.
   */
  private static void rowsOfOtherPeriodsAreCounted(JsonNode manifest, Path published)
      throws IOException {
    String facts = "facts/community_facts_2026.csv";
    java.util.Set<String> rejected = new java.util.HashSet<>();
    for (CSVRecord r : readCsv(published.resolve("rejects.csv"))) {
      if (r.get("file").equals(facts)) {
        rejected.add(r.get("row_number"));
      }
    }
    List<List<String>> raw = rawRecords(SAMPLE_DROP.resolve(facts));
    int yearColumn = raw.get(0).indexOf("年度");
    long in = 0;
    long other = 0;
    for (int row = 1; row < raw.size(); row++) {
      if (!rejected.contains(String.valueOf(row))) {
        if (raw.get(row).get(yearColumn).equals("2026")) {
          in++;
        } else {
          other++;
        }
      }
    }
    assertThat(other).isPositive();
    boolean factsSeen = false;
    for (JsonNode input : manifest.get("inputs")) {
      String path = input.get("path").asText();
      if (path.startsWith("registry/")) {
        continue;
      }
      assertThat(input.get("rows_in_period").asLong() + input.get("rows_other_periods").asLong())
          .as(path)
          .isEqualTo(input.get("rows_accepted").asLong());
      if (path.equals(facts)) {
        factsSeen = true;
        assertThat(input.get("rows_in_period").asLong()).isEqualTo(in);
        assertThat(input.get("rows_other_periods").asLong()).isEqualTo(other);
      }
    }
    assertThat(factsSeen).isTrue();
  }

  private static void reportsCoverEveryUnitAndTable(Path published) throws IOException {
    Path reports = published.resolve("reports");
    assertThat(reports.resolve("annual-report.pdf")).isRegularFile();
    assertThat(pages(reports.resolve("scorecards-communities.pdf")))
        .isEqualTo(dataRows("registry/communities.csv"));
    assertThat(pages(reports.resolve("scorecards-streets.pdf")))
        .isEqualTo(dataRows("registry/streets.csv"));
    assertThat(pages(reports.resolve("scorecards-departments.pdf")))
        .isEqualTo(dataRows("registry/departments.csv"));
    try (Stream<Path> charts = Files.list(reports.resolve("charts"))) {
      List<String> names = charts.map(p -> p.getFileName().toString()).toList();
      assertThat(names).anyMatch(n -> n.endsWith(".png")).anyMatch(n -> n.endsWith(".svg"));
    }
    try (var workbook =
        org.apache.poi.ss.usermodel.WorkbookFactory.create(
            reports.resolve(RenderReportsTasklet.WORKBOOK).toFile(), null, true)) {
      // the overview sheet, then one sheet per table of the run
      long tables;
      try (Stream<Path> csv = Files.list(published.resolve("tables"))) {
        tables = csv.filter(p -> p.toString().endsWith(".csv")).count();
      }
      assertThat(workbook.getNumberOfSheets()).isEqualTo(tables + 1);
      var appraisal = workbook.getSheetAt(1);
      // two header rows (Chinese labels, column codes), then one row per unit
      assertThat(appraisal.getLastRowNum() + 1 - 2)
          .isEqualTo(readCsv(published.resolve("tables/appraisal.csv")).size());
    }
  }

  private static int pages(Path pdf) throws IOException {
    try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
      return document.getNumberOfPages();
    }
  }

  /** Cross-checks of the published tables, recomputed here from the CSV files. */
  private static void resultTablesAreConsistent(Path published) throws IOException {
    for (String table :
        List.of(
            "appraisal",
            "appraisal_contributions",
            "satisfaction_items",
            "indicator_values",
            "department_rating",
            "department_street_matrix",
            "innovation_index",
            "innovation_coherence",
            "awards",
            "awards_by_unit")) {
      assertThat(published.resolve("tables/" + table + ".csv")).as(table).isRegularFile();
      assertThat(published.resolve("parquet/" + table)).as(table).isDirectory();
    }
    assertThat(published.resolve("config/methodology.json")).isRegularFile();
    assertThat(published.resolve("config/appraisal-catalogue.csv")).isRegularFile();

    // T = w·S + (1 − w)·O where both exist; ranked units ordered by T with shared ties
    java.util.Map<String, Double> totals = new java.util.HashMap<>();
    java.util.Map<String, List<double[]>> rankedByLevel = new java.util.HashMap<>();
    int withTotal = 0;
    for (CSVRecord r : readCsv(published.resolve("tables/appraisal.csv"))) {
      String key = r.get("level") + "/" + r.get("unit_code");
      if (r.get("subjective_score").isEmpty() || r.get("objective_score").isEmpty()) {
        assertThat(r.get("total_score")).as(key).isEmpty();
        assertThat(r.get("rank")).as(key).isEmpty();
        assertThat(r.get("flags")).as(key).contains("incomplete");
        continue;
      }
      double w = Double.parseDouble(r.get("subjective_weight"));
      assertThat(w).isEqualTo(r.get("level").equals("community") ? 0.7 : 0.5);
      double t =
          w * Double.parseDouble(r.get("subjective_score"))
              + (1 - w) * Double.parseDouble(r.get("objective_score"));
      assertThat(Double.parseDouble(r.get("total_score"))).as(key).isCloseTo(t, within(1e-9));
      totals.put(key, t);
      withTotal++;
      if (!r.get("rank").isEmpty()) {
        rankedByLevel
            .computeIfAbsent(r.get("level"), k -> new ArrayList<>())
            .add(new double[] {t, Integer.parseInt(r.get("rank"))});
        String expectedGrade = t >= 90 ? "优秀" : t >= 80 ? "良好" : t >= 60 ? "合格" : "不合格";
        assertThat(r.get("grade")).as(key).isEqualTo(expectedGrade);
      } else if (r.get("flags").contains("insufficient_sample")) {
        assertThat(r.get("grade")).as(key).isEqualTo("样本不足");
      }
    }
    assertThat(withTotal).isPositive();
    for (List<double[]> ranked : rankedByLevel.values()) {
      ranked.sort((a, b) -> Double.compare(b[0], a[0]));
      for (int i = 0; i < ranked.size(); i++) {
        double[] unit = ranked.get(i);
        int expected =
            i > 0 && ranked.get(i - 1)[0] - unit[0] <= 1e-9 ? (int) ranked.get(i - 1)[1] : i + 1;
        assertThat((int) unit[1]).isEqualTo(expected);
      }
    }

    // the contributions of S and O add up to T
    java.util.Map<String, Double> partSums = new java.util.HashMap<>();
    for (CSVRecord r : readCsv(published.resolve("tables/appraisal_contributions.csv"))) {
      if (r.get("component_type").equals("part") && !r.get("contribution").isEmpty()) {
        partSums.merge(
            r.get("level") + "/" + r.get("unit_code"),
            Double.parseDouble(r.get("contribution")),
            Double::sum);
      }
    }
    totals.forEach((key, t) -> assertThat(partSums.get(key)).as(key).isCloseTo(t, within(1e-9)));

    // one department row per registered department; the innovation index spans several years
    assertThat(readCsv(published.resolve("tables/department_rating.csv")))
        .hasSize((int) dataRows("registry/departments.csv"));
    java.util.Set<String> years = new java.util.TreeSet<>();
    for (CSVRecord r : readCsv(published.resolve("tables/innovation_index.csv"))) {
      years.add(r.get("period"));
    }
    assertThat(years).hasSizeGreaterThanOrEqualTo(2).contains("2026");
    String base = years.iterator().next();
    for (CSVRecord r : readCsv(published.resolve("tables/innovation_index.csv"))) {
      if (r.get("period").equals(base) && !r.get("development_index").isEmpty()) {
        assertThat(Double.parseDouble(r.get("development_index")))
            .as(r.get("unit_code"))
            .isCloseTo(100.0, within(1e-9));
      }
    }
  }

  @Test
  void givenAFailureInTheMiddleStepWhenTheJobRunsAgainThenItRestartsAtThatStep()
      throws IOException {
    // given a run with its own configuration that fails in the appraisal step
    Path config = out.resolve("own-config.yaml");
    Files.writeString(config, "report:\n  issuer: 甲区社会建设委员会\n", StandardCharsets.UTF_8);
    LoadedSettings own = SettingsLoader.load(config);
    assertThat(own.sha256()).isNotEqualTo(SETTINGS.sha256());
    List<String> firstAttempt = new ArrayList<>();
    StepHooks failingAppraisal =
        step -> {
          firstAttempt.add(step);
          if (step.equals(ComputeAppraisalTasklet.STEP)) {
            throw new IllegalStateException("planned failure in " + step);
          }
        };
    NightlyOutcome failed =
        runner(failingAppraisal)
            .run(new NightlyRequest(SAMPLE_DROP, out, "2026", "2026-11-23", config, own, null));
    assertThat(failed.status()).isEqualTo(NightlyOutcome.Status.FAILED);
    assertThat(failed.message()).contains("computeAppraisalStep").contains("planned failure");
    assertThat(firstAttempt)
        .containsExactly(
            IngestDropTasklet.STEP,
            ComputeSurveyTasklet.STEP,
            ComputeObjectiveTasklet.STEP,
            ComputeAppraisalTasklet.STEP);
    assertThat(out.resolve("2026")).doesNotExist();

    // when the same (period, run date) runs again, from another (wrong) input folder and with the
    // embedded defaults
    List<String> secondAttempt = new ArrayList<>();
    NightlyOutcome restarted =
        runner(secondAttempt::add).run(request(out.resolve("no-such-drop"), "2026-11-23"));

    // then it completes from the failed step on, with the parameters of the run it restarts
    assertThat(restarted.status()).isEqualTo(NightlyOutcome.Status.COMPLETED);
    assertThat(secondAttempt)
        .containsExactly(
            ComputeAppraisalTasklet.STEP,
            ComputeDepartmentsTasklet.STEP,
            ComputeInnovationTasklet.STEP,
            RenderReportsTasklet.STEP,
            PublishOutputsTasklet.STEP);
    assertThat(out.resolve("2026/manifest.json")).isRegularFile();
    assertThat(out.resolve(".work/2026-2026-11-23.stages")).doesNotExist();
    // and with the configuration of the run it restarts, recorded as such
    assertThat(
            new ObjectMapper()
                .readTree(out.resolve("2026/manifest.json").toFile())
                .get("config_sha256")
                .asText())
        .isEqualTo(own.sha256());

    // and a third run of the completed pair does nothing and says so
    List<String> thirdAttempt = new ArrayList<>();
    NightlyOutcome again = runner(thirdAttempt::add).run(request("2026-11-23"));
    assertThat(again.status()).isEqualTo(NightlyOutcome.Status.ALREADY_COMPLETE);
    assertThat(again.message()).contains("already completed");
    assertThat(thirdAttempt).isEmpty();
  }

  /**
   * Recounts, from the raw 12345 files of the drop (rows listed in rejects.csv left out), each
   * community's eligible orders of 2026 and three of its rates, and compares them with
   * indicator_values: an independent implementation of methodology §2 on the input rows.
   */
  private static void hotlineRatesMatchARecountOfTheRawOrders(Path published) throws IOException {
    java.util.Set<String> rejected = new java.util.HashSet<>();
    for (CSVRecord r : readCsv(published.resolve("rejects.csv"))) {
      rejected.add(r.get("file") + "#" + r.get("row_number"));
    }
    java.util.Map<String, long[]> counts = new java.util.TreeMap<>();
    for (String file : dataFiles(SAMPLE_DROP)) {
      if (!file.startsWith("cases/hotline_")) {
        continue;
      }
      List<List<String>> records = rawRecords(SAMPLE_DROP.resolve(file));
      java.util.Map<String, Integer> column = new java.util.HashMap<>();
      for (int c = 0; c < records.get(0).size(); c++) {
        column.put(records.get(0).get(c).strip(), c);
      }
      for (int i = 1; i < records.size(); i++) {
        List<String> r = records.get(i);
        if (rejected.contains(file + "#" + i)) {
          continue;
        }
        java.util.function.Function<String, String> cell =
            h -> column.get(h) < r.size() ? r.get(column.get(h)).strip() : "";
        String community = cell.apply("所属社区代码");
        boolean eligible = !cell.apply("工单状态").equals("[作废]") && !cell.apply("是否不合理诉求").equals("是");
        if (community.isEmpty() || !eligible || !cell.apply("来电时间").startsWith("2026")) {
          continue;
        }
        long[] c = counts.computeIfAbsent(community, k -> new long[4]);
        c[0]++;
        c[1] += cell.apply("是否退单").equals("是") ? 1 : 0;
        String result = cell.apply("回访结果");
        c[2] += result.equals("已解决") ? 1 : 0;
        c[3] += result.equals("已解决") || result.equals("未解决") ? 1 : 0;
      }
    }
    int compared = 0;
    for (CSVRecord r : readCsv(published.resolve("tables/indicator_values.csv"))) {
      long[] c = counts.get(r.get("unit_code"));
      if (!r.get("level").equals("community") || c == null || r.get("raw_value").isEmpty()) {
        continue;
      }
      double raw = Double.parseDouble(r.get("raw_value"));
      switch (r.get("indicator_code")) {
        case "hotline_return_rate" ->
            assertThat(raw).isCloseTo((double) c[1] / c[0], within(1e-12));
        case "hotline_resolution_rate" ->
            assertThat(raw).isCloseTo((double) c[2] / c[3], within(1e-12));
        default -> {
          continue;
        }
      }
      compared++;
    }
    assertThat(compared).isGreaterThan(20);
  }

  /**
   * The header and data records of a CSV or XLSX file of the drop, read here with commons-csv and
   * POI; record i is data row i (blank sheet rows count as rows, as in the input contract).
   */
  private static List<List<String>> rawRecords(Path file) throws IOException {
    List<List<String>> out = new ArrayList<>();
    if (file.toString().endsWith(".xlsx")) {
      var formatter = new org.apache.poi.ss.usermodel.DataFormatter(java.util.Locale.ROOT);
      try (var workbook =
          org.apache.poi.ss.usermodel.WorkbookFactory.create(file.toFile(), null, true)) {
        var sheet = workbook.getSheetAt(0);
        int width = sheet.getRow(sheet.getFirstRowNum()).getLastCellNum();
        for (int r = sheet.getFirstRowNum(); r <= sheet.getLastRowNum(); r++) {
          var row = sheet.getRow(r);
          List<String> cells = new ArrayList<>();
          for (int c = 0; c < width; c++) {
            var cell = row == null ? null : row.getCell(c);
            cells.add(
                cell == null
                    ? ""
                    : cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                            && org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)
                        ? cell.getLocalDateTimeCellValue().toString().replace('T', ' ')
                        : formatter.formatCellValue(cell));
          }
          out.add(cells);
        }
      }
      return out;
    }
    String text = decode(Files.readAllBytes(file)).replace("\uFEFF", "");
    for (CSVRecord r : CSVFormat.DEFAULT.parse(new java.io.StringReader(text)).getRecords()) {
      List<String> cells = new ArrayList<>();
      r.forEach(cells::add);
      out.add(cells);
    }
    return out;
  }

  private static List<String> dataFiles(Path drop) throws IOException {
    try (Stream<Path> files = Files.walk(drop)) {
      return files
          .filter(Files::isRegularFile)
          .filter(f -> !f.getParent().equals(drop))
          .map(f -> drop.relativize(f).toString().replace('\\', '/'))
          .toList();
    }
  }

  /** Data rows of a CSV file of the drop, counted independently of the product's reader. */
  private static long dataRows(String relative) {
    Path file = SAMPLE_DROP.resolve(relative);
    if (relative.endsWith(".xlsx")) {
      try (var workbook =
          org.apache.poi.ss.usermodel.WorkbookFactory.create(file.toFile(), null, true)) {
        var sheet = workbook.getSheetAt(0);
        long rows = 0;
        for (var row : sheet) {
          if (row.getRowNum() > 0 && row.getPhysicalNumberOfCells() > 0) {
            rows++;
          }
        }
        return rows;
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    try {
      byte[] bytes = Files.readAllBytes(file);
      String text = decode(bytes);
      try (Reader reader = new java.io.StringReader(text)) {
        return CSVFormat.DEFAULT.parse(reader).getRecords().size() - 1L;
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String decode(byte[] bytes) {
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT);
    try {
      return decoder.decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      return new String(bytes, java.nio.charset.Charset.forName("GB18030"));
    }
  }

  /** Reads a CSV file; the byte-order mark of the result tables (for Excel) is skipped. */
  private static List<CSVRecord> readCsv(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    try (Reader reader =
        new java.io.StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text)) {
      return CSVFormat.DEFAULT
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .get()
          .parse(reader)
          .getRecords();
    }
  }
}
