package org.govindex.jobs.ingest.survey;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.govindex.contract.Messages;
import org.govindex.contract.RejectReason;
import org.govindex.contract.UnitLevel;
import org.govindex.indicators.survey.AnswerScale;
import org.govindex.jobs.ingest.privacy.Pseudonymizer;
import org.govindex.jobs.ingest.source.IngestionException;
import org.govindex.jobs.ingest.validation.CellRejection;
import org.govindex.jobs.ingest.validation.Cells;
import org.govindex.jobs.ingest.validation.ColumnLocator;
import org.govindex.jobs.ingest.validation.ColumnRule;
import org.govindex.jobs.ingest.validation.Projection;
import org.govindex.jobs.ingest.validation.RowValidator;
import org.govindex.jobs.ingest.validation.Shown;
import org.govindex.jobs.ingest.validation.Unit;
import org.govindex.jobs.ingest.validation.UnitRegistry;

/**
 * Department ratings (双向考评, 问卷星 layout) → {@code department_ratings} with the answers nested
 * (written out as {@code department_answers}).
 *
 * <p>Precedence as for resident responses: units (评议人所在街道, 被评议部门: empty {@code missing_value}, else
 * resolved with bare names unique city-wide), 评议人类型 not one of the four groups ({@code bad_enum}),
 * answers that are not options ({@code bad_value}), malformed metadata, {@code speeder}, {@code
 * no_scored_answer}; {@code duplicate} (same rater phone and department, the latest kept,
 * methodology §4) is decided afterwards.
 */
public final class DepartmentSurvey implements RowValidator {

  private static final long serialVersionUID = 1L;

  /** The seven common items (Sichuan "7+X"): code and header text. */
  static final List<String[]> ITEMS =
      List.of(
          new String[] {"D_RESPONSE_SPEED", "响应速度"},
          new String[] {"D_COOPERATION", "配合力度"},
          new String[] {"D_IMPLEMENTATION", "落实程度"},
          new String[] {"D_ATTITUDE", "服务态度"},
          new String[] {"D_EFFICIENCY", "办事效率"},
          new String[] {"D_RESULTS", "落实成效"},
          new String[] {"D_INTEGRITY", "廉洁自律"});

  static final List<ColumnRule> META =
      List.of(
          ColumnRule.optionalEqual("seq", "序号"),
          ColumnRule.equal("submitted", "提交答卷时间"),
          ColumnRule.equal("duration", "所用时间"),
          ColumnRule.containing("rater_type", "评议人类型"),
          ColumnRule.containing("rater_street", "评议人所在街道"),
          ColumnRule.containing("department", "被评议部门"),
          ColumnRule.optionalContaining("phone", "评议人手机号码"));

  static final Set<String> RATER_TYPES = Set.of("街道", "社区居委会", "居民代表", "驻区单位");

  private final OptionTable options;
  private final Pseudonymizer pseudonymizer;

  public DepartmentSurvey(AnswerScale scale, Pseudonymizer pseudonymizer) {
    this.options = new OptionTable(scale);
    this.pseudonymizer = pseudonymizer;
  }

  @Override
  public String dataset() {
    return "department_ratings";
  }

  @Override
  public StructType schema() {
    return DataTypes.createStructType(
        List.of(
            DataTypes.createStructField("rating_id", DataTypes.StringType, true),
            DataTypes.createStructField("source_file", DataTypes.StringType, true),
            DataTypes.createStructField("row_number", DataTypes.LongType, true),
            DataTypes.createStructField("submitted_at", DataTypes.TimestampType, true),
            DataTypes.createStructField("duration_seconds", DataTypes.IntegerType, true),
            DataTypes.createStructField("rater_type", DataTypes.StringType, true),
            DataTypes.createStructField("rater_street_code", DataTypes.StringType, true),
            DataTypes.createStructField("department_code", DataTypes.StringType, true),
            DataTypes.createStructField("phone_hash", DataTypes.StringType, true),
            DataTypes.createStructField(
                "answers", DataTypes.createArrayType(SurveyAnswers.DEPARTMENT_ANSWER), true)));
  }

  /** The metadata columns of the layout, found by header text. */
  public static List<ColumnRule> metadataRules() {
    return META;
  }

  /** The metadata columns, then the seven items (each optional), as the layout finds them. */
  public static List<ColumnRule> columnRules() {
    List<ColumnRule> rules = new ArrayList<>(META);
    for (String[] item : ITEMS) {
      rules.add(ColumnRule.optionalContaining(item[0], item[1]));
    }
    return rules;
  }

  /** Whether a rule key is one of the seven items. */
  public static boolean isItem(String key) {
    return ITEMS.stream().anyMatch(i -> i[0].equals(key));
  }

  @Override
  public Projection project(String file, List<String> headers) {
    List<ColumnRule> rules = columnRules();
    Map<String, Integer> found = ColumnLocator.locate(file, headers, rules);
    int[] itemIndexes = new int[ITEMS.size()];
    boolean any = false;
    for (int i = 0; i < ITEMS.size(); i++) {
      itemIndexes[i] = found.getOrDefault(ITEMS.get(i)[0], -1);
      any |= itemIndexes[i] >= 0;
    }
    if (!any) {
      throw new IngestionException(
          Messages.text(
              "ingest.survey.noRatingItem",
              file,
              Messages.list(List.of(ITEMS.get(0)[1], ITEMS.get(1)[1]))));
    }
    return SurveyAnswers.project(
        headers, META.stream().map(ColumnRule::key).toList(), found, itemIndexes);
  }

  private static void requirePresent(String column, String text) {
    if (Cells.isBlank(text)) {
      throw new CellRejection(RejectReason.MISSING_VALUE, column + "为空");
    }
  }

  @Override
  public Object[] validate(String[] raw, String sourceFile, long rowNumber, UnitRegistry registry) {
    String submittedText = raw[1];
    String durationText = raw[2];
    String raterTypeText = raw[3];
    String raterStreetText = raw[4];
    String departmentText = raw[5];
    String phone = raw[6];
    int itemsStart = META.size();
    String itemHeaders = raw[itemsStart + ITEMS.size()];

    requirePresent("评议人所在街道", raterStreetText);
    requirePresent("被评议部门", departmentText);
    Unit street = registry.resolve("评议人所在街道", raterStreetText, null, UnitLevel.STREET);
    Unit department = registry.resolve("被评议部门", departmentText, null, UnitLevel.DEPARTMENT);

    String raterType = Cells.trim(raterTypeText);
    if (!RATER_TYPES.contains(raterType)) {
      throw new CellRejection(
          RejectReason.BAD_ENUM,
          "评议人类型：" + Shown.value(raterType) + " 不是允许的取值" + Cells.allowed(RATER_TYPES));
    }
    List<String> codes = new ArrayList<>();
    List<String> headers = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (int i : SurveyAnswers.presentItems(itemHeaders)) {
      codes.add(ITEMS.get(i)[0]);
      headers.add(SurveyAnswers.header(itemHeaders, i));
      texts.add(raw[itemsStart + i]);
    }
    SurveyAnswers.Read answers = SurveyAnswers.read(options, codes, headers, null, texts);

    LocalDateTime submitted = ResidentSurvey.requiredTimestamp(submittedText);
    int duration = ResidentSurvey.requiredDuration(durationText);
    SurveyAnswers.checkEffort(duration, answers.anyScored(), "所用时间");

    return new Object[] {
      sourceFile + "#" + rowNumber,
      sourceFile,
      rowNumber,
      Cells.sqlTimestamp(submitted),
      duration,
      raterType,
      street.code(),
      department.code(),
      pseudonymizer.hashPhone(phone),
      SurveyAnswers.toSeq(answers.rows())
    };
  }
}
