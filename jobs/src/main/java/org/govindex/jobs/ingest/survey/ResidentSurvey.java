package org.govindex.jobs.ingest.survey;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.govindex.contract.Messages;
import org.govindex.contract.RejectReason;
import org.govindex.contract.UnitLevel;
import org.govindex.indicators.survey.ItemLevel;
import org.govindex.indicators.survey.Questionnaire;
import org.govindex.indicators.survey.QuestionnaireItem;
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
 * Resident satisfaction responses (问卷星 text export) → {@code resident_responses} with the answers
 * nested (written out as {@code resident_answers}).
 *
 * <p>Rejection precedence of methodology §1: community (unit: {@code unknown_unit}, {@code
 * ambiguous_unit}, {@code bad_code}; a bare community name must be unique city-wide), answer not an
 * option ({@code bad_value}), then malformed metadata ({@code missing_value}, {@code bad_date},
 * {@code bad_number}, {@code bad_value} for 性别/年龄), {@code speeder} (所用时间 under 30 s), {@code
 * no_scored_answer}; {@code duplicate} is decided afterwards across all resident files.
 */
public final class ResidentSurvey implements RowValidator {

  private static final long serialVersionUID = 1L;
  static final List<ColumnRule> META =
      List.of(
          ColumnRule.optionalEqual("seq", "序号"),
          ColumnRule.equal("submitted", "提交答卷时间"),
          ColumnRule.equal("duration", "所用时间"),
          ColumnRule.optionalEqual("source", "来源"),
          ColumnRule.optionalEqual("source_detail", "来源详情"),
          ColumnRule.optionalEqual("ip", "来自IP"),
          ColumnRule.containing("community", "所在社区"),
          ColumnRule.optionalContaining("phone", "手机号码"),
          ColumnRule.optionalContaining("sex", "性别"),
          ColumnRule.optionalContaining("age", "年龄"));
  static final Set<String> SEXES = Set.of("男", "女");
  static final Set<String> AGE_GROUPS = Set.of("18-29岁", "30-44岁", "45-59岁", "60岁及以上");

  private final Questionnaire questionnaire;
  private final List<String> itemCodes;
  private final List<String> itemLevels;
  private final OptionTable options;
  private final Pseudonymizer pseudonymizer;

  public ResidentSurvey(Questionnaire questionnaire, Pseudonymizer pseudonymizer) {
    this.questionnaire = questionnaire;
    this.itemCodes = questionnaire.items().stream().map(QuestionnaireItem::code).toList();
    this.itemLevels = questionnaire.items().stream().map(i -> i.level().code()).toList();
    this.options = new OptionTable(questionnaire.scale());
    this.pseudonymizer = pseudonymizer;
  }

  @Override
  public String dataset() {
    return "resident_responses";
  }

  @Override
  public StructType schema() {
    return DataTypes.createStructType(
        List.of(
            DataTypes.createStructField("response_id", DataTypes.StringType, true),
            DataTypes.createStructField("source_file", DataTypes.StringType, true),
            DataTypes.createStructField("row_number", DataTypes.LongType, true),
            DataTypes.createStructField("seq", DataTypes.StringType, true),
            DataTypes.createStructField("submitted_at", DataTypes.TimestampType, true),
            DataTypes.createStructField("duration_seconds", DataTypes.IntegerType, true),
            DataTypes.createStructField("source", DataTypes.StringType, true),
            DataTypes.createStructField("source_detail", DataTypes.StringType, true),
            DataTypes.createStructField("ip_hash", DataTypes.StringType, true),
            DataTypes.createStructField("ip_region", DataTypes.StringType, true),
            DataTypes.createStructField("community_code", DataTypes.StringType, true),
            DataTypes.createStructField("street_code", DataTypes.StringType, true),
            DataTypes.createStructField("phone_hash", DataTypes.StringType, true),
            DataTypes.createStructField("sex", DataTypes.StringType, true),
            DataTypes.createStructField("age_group", DataTypes.StringType, true),
            DataTypes.createStructField(
                "answers", DataTypes.createArrayType(SurveyAnswers.RESIDENT_ANSWER), true)));
  }

  /** The metadata columns of the layout, found by header text. */
  public static List<ColumnRule> metadataRules() {
    return META;
  }

  @Override
  public Projection project(String file, List<String> headers) {
    Map<String, Integer> meta = ColumnLocator.locate(file, headers, META);
    int[] itemIndexes = itemColumns(file, headers, new HashSet<>(meta.values()));
    if (java.util.Arrays.stream(itemIndexes).allMatch(i -> i < 0)) {
      throw new IngestionException(Messages.text("ingest.survey.noItemColumn", file));
    }
    return SurveyAnswers.project(
        headers, META.stream().map(ColumnRule::key).toList(), meta, itemIndexes);
  }

  /**
   * The file column of each questionnaire item, in definition order (-1 where the file lacks it),
   * among the columns not claimed by the metadata.
   */
  public int[] itemColumns(String file, List<String> headers, Set<Integer> claimed) {
    int[] itemIndexes = new int[itemCodes.size()];
    java.util.Arrays.fill(itemIndexes, -1);
    for (int c = 0; c < headers.size(); c++) {
      if (claimed.contains(c)) {
        continue;
      }
      String header = headers.get(c);
      Optional<QuestionnaireItem> item;
      try {
        item = questionnaire.itemFor(header);
      } catch (IllegalArgumentException several) {
        throw new IngestionException(
            Messages.text(
                "ingest.survey.severalItems",
                file,
                header,
                Messages.list(
                    questionnaire.items().stream()
                        .filter(i -> i.matches(header))
                        .map(QuestionnaireItem::code)
                        .toList())),
            several);
      }
      if (item.isPresent()) {
        int position = itemCodes.indexOf(item.get().code());
        if (itemIndexes[position] >= 0) {
          throw new IngestionException(
              Messages.text(
                  "ingest.survey.twoColumns",
                  file,
                  headers.get(itemIndexes[position]),
                  header,
                  item.get().code()));
        }
        itemIndexes[position] = c;
      }
    }
    return itemIndexes;
  }

  /**
   * Typed values of an accepted row; a rejected row whose community resolves carries the values
   * still readable ({@link #salvage}), which {@link ResidentResponseMeta} keeps.
   */
  @Override
  public Object[] validate(String[] cells, String file, long rowNumber, UnitRegistry registry) {
    try {
      return typed(cells, file, rowNumber, registry);
    } catch (CellRejection rejection) {
      throw rejection.withSalvaged(salvage(cells, file, rowNumber, registry));
    }
  }

  /**
   * The metadata of a rejected row whose community resolves, in schema order: response_id,
   * source_file, row_number, submitted_at and duration_seconds (each null when unreadable), the IP
   * pseudonym and region, community_code and street_code; every other column null. Null when the
   * community does not resolve.
   */
  private Object[] salvage(String[] raw, String sourceFile, long rowNumber, UnitRegistry registry) {
    Unit community;
    try {
      community = registry.resolve("所在社区", raw[6], null, UnitLevel.COMMUNITY);
    } catch (CellRejection unresolved) {
      return null;
    }
    StructType schema = schema();
    Object[] values = new Object[schema.fields().length];
    values[schema.fieldIndex("response_id")] = sourceFile + "#" + rowNumber;
    values[schema.fieldIndex("source_file")] = sourceFile;
    values[schema.fieldIndex("row_number")] = rowNumber;
    try {
      values[schema.fieldIndex("submitted_at")] = Cells.sqlTimestamp(requiredTimestamp(raw[1]));
    } catch (CellRejection unreadable) {
      // left null
    }
    try {
      values[schema.fieldIndex("duration_seconds")] = requiredDuration(raw[2]);
    } catch (CellRejection unreadable) {
      // left null
    }
    String ip = raw[5];
    values[schema.fieldIndex("ip_hash")] = pseudonymizer.hash(SurveyAnswers.ipAddress(ip));
    values[schema.fieldIndex("ip_region")] = SurveyAnswers.ipRegion(ip);
    values[schema.fieldIndex("community_code")] = community.code();
    values[schema.fieldIndex("street_code")] = community.parentCode();
    return values;
  }

  private Object[] typed(String[] raw, String sourceFile, long rowNumber, UnitRegistry registry) {
    String seq = raw[0];
    String submittedText = raw[1];
    String durationText = raw[2];
    String source = raw[3];
    String sourceDetail = raw[4];
    String ip = raw[5];
    String communityText = raw[6];
    String phone = raw[7];
    String sexText = raw[8];
    String ageText = raw[9];
    int itemsStart = META.size();
    String itemHeaders = raw[itemsStart + itemCodes.size()];

    Unit community = registry.resolve("所在社区", communityText, null, UnitLevel.COMMUNITY);

    List<Integer> present = SurveyAnswers.presentItems(itemHeaders);
    List<String> codes = new ArrayList<>();
    List<String> headers = new ArrayList<>();
    List<String> levels = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (int i : present) {
      codes.add(itemCodes.get(i));
      headers.add(SurveyAnswers.header(itemHeaders, i));
      levels.add(itemLevels.get(i));
      texts.add(raw[itemsStart + i]);
    }
    SurveyAnswers.Read answers = SurveyAnswers.read(options, codes, headers, levels, texts);

    LocalDateTime submitted = requiredTimestamp(submittedText);
    int duration = requiredDuration(durationText);
    String sex = optionalChoice("性别", sexText, SEXES);
    String age = optionalChoice("年龄", ageText, AGE_GROUPS);
    SurveyAnswers.checkEffort(duration, answers.anyScored(), "所用时间");

    return new Object[] {
      sourceFile + "#" + rowNumber,
      sourceFile,
      rowNumber,
      SurveyAnswers.nullIfBlank(seq),
      Cells.sqlTimestamp(submitted),
      duration,
      SurveyAnswers.nullIfBlank(source),
      SurveyAnswers.nullIfBlank(sourceDetail),
      pseudonymizer.hash(SurveyAnswers.ipAddress(ip)),
      SurveyAnswers.ipRegion(ip),
      community.code(),
      community.parentCode(),
      pseudonymizer.hashPhone(phone),
      sex,
      age,
      SurveyAnswers.toSeq(answers.rows())
    };
  }

  public static LocalDateTime requiredTimestamp(String text) {
    if (Cells.isBlank(text)) {
      throw new CellRejection(RejectReason.MISSING_VALUE, "提交答卷时间为空");
    }
    return Cells.timestamp("提交答卷时间", text);
  }

  public static int requiredDuration(String text) {
    if (Cells.isBlank(text)) {
      throw new CellRejection(RejectReason.MISSING_VALUE, "所用时间为空");
    }
    return Cells.durationSeconds("所用时间", text);
  }

  private static String optionalChoice(String column, String text, Set<String> allowed) {
    String value = Cells.compact(text);
    if (value.isEmpty() || value.equals("(跳过)")) {
      return null;
    }
    if (!allowed.contains(value)) {
      throw new CellRejection(
          RejectReason.BAD_VALUE,
          column + "：" + Shown.value(value) + " 不是允许的取值" + Cells.allowed(allowed));
    }
    return value;
  }

  /** Item level codes, by item code (for tests and writers). */
  ItemLevel levelOf(String itemCode) {
    return ItemLevel.parse(itemLevels.get(itemCodes.indexOf(itemCode)));
  }
}
