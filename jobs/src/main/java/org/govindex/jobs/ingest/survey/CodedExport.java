package org.govindex.jobs.ingest.survey;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.govindex.contract.Messages;
import org.govindex.indicators.survey.AnswerScale;
import org.govindex.indicators.survey.HeaderText;
import org.govindex.indicators.survey.Questionnaire;
import org.govindex.jobs.ingest.source.FileKind;
import org.govindex.jobs.ingest.validation.ColumnLocator;
import org.govindex.jobs.ingest.validation.ColumnRule;

/**
 * 问卷星's two download layouts of the same survey: 按文本 (answers as option texts, the contract's
 * layout) and 按序号 (answers as option numbers 1, 2, ...). A 按序号 file is read through the
 * questionnaire's options, numbered as 问卷星 numbers them: the answer scale's scored options from the
 * highest score down (非常满意 = 1 … 非常不满意 = 5), then its don't-know option (不了解 = 6); 性别 男 = 1, 女 = 2;
 * 年龄 18-29岁 = 1 … 60岁及以上 = 4; 评议人类型 街道 = 1, 社区居委会 = 2, 居民代表 = 3, 驻区单位 = 4. A number that is no
 * option stays as it is and is rejected as no answer option.
 *
 * <p>The layout is the file name's when it says 按序号 or 按文本 (问卷星's own download names do), else the
 * file's: 按序号 when every answer given to a questionnaire item in its first {@value #SAMPLE_ROWS}
 * rows is a whole number.
 */
public final class CodedExport {

  /** The rows read to tell the layouts apart when the name does not say. */
  public static final int SAMPLE_ROWS = 50;

  private static final List<String> SEXES = List.of("男", "女");
  private static final List<String> AGE_GROUPS = List.of("18-29岁", "30-44岁", "45-59岁", "60岁及以上");
  private static final List<String> RATER_TYPES = List.of("街道", "社区居委会", "居民代表", "驻区单位");
  private static final List<String> DONT_KNOW = List.of("不了解", "不清楚", "说不清", "不知道");
  private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,2}");

  /** The two layouts. */
  public enum Layout {
    /** 按文本: answers as option texts. */
    TEXT,
    /** 按序号: answers as option numbers. */
    CODES
  }

  /** A file's layout and why. */
  public record Reading(Layout layout, String why) {}

  private final Questionnaire questionnaire;

  public CodedExport(Questionnaire questionnaire) {
    this.questionnaire = questionnaire;
  }

  /**
   * The layout of a survey file.
   *
   * @param fileName its name
   * @param header its header (contract headers)
   * @param firstRows up to {@link #SAMPLE_ROWS} of its first records
   */
  public Reading layout(
      FileKind kind, String fileName, List<String> header, List<String[]> firstRows) {
    if (fileName.contains("按序号")) {
      return new Reading(Layout.CODES, Messages.text("coded.nameSays", "按序号"));
    }
    if (fileName.contains("按文本")) {
      return new Reading(Layout.TEXT, Messages.text("coded.nameSays", "按文本"));
    }
    int answers = 0;
    for (int c : itemColumns(kind, fileName, header)) {
      for (String[] row : firstRows) {
        String value = c < row.length && row[c] != null ? row[c].strip() : "";
        if (value.isEmpty()) {
          continue;
        }
        if (!WHOLE_NUMBER.matcher(value).matches()) {
          return new Reading(Layout.TEXT, Messages.text("coded.optionTexts"));
        }
        answers++;
      }
    }
    return answers == 0
        ? new Reading(Layout.TEXT, Messages.text("coded.noAnswer"))
        : new Reading(Layout.CODES, Messages.text("coded.optionNumbers"));
  }

  /** Per file column, the option of each number of a 按序号 file (null where none). */
  public List<Map<String, String>> vocabularies(
      FileKind kind, String fileName, List<String> header) {
    List<Map<String, String>> out = new ArrayList<>();
    Map<String, String> answers = numbered(answerOptions(questionnaire.scale()));
    Set<Integer> items = new HashSet<>(itemColumns(kind, fileName, header));
    for (int c = 0; c < header.size(); c++) {
      String text = HeaderText.normalise(header.get(c));
      Map<String, String> vocabulary = null;
      if (items.contains(c)) {
        vocabulary = answers;
      } else if (kind == FileKind.RESIDENT_SURVEY && text.contains("性别")) {
        vocabulary = numbered(SEXES);
      } else if (kind == FileKind.RESIDENT_SURVEY && text.contains("年龄")) {
        vocabulary = numbered(AGE_GROUPS);
      } else if (kind == FileKind.DEPARTMENT_SURVEY && text.contains("评议人类型")) {
        vocabulary = numbered(RATER_TYPES);
      }
      out.add(vocabulary);
    }
    return out;
  }

  /** The answer options in 问卷星's order: scored ones best first, then the don't-know option. */
  static List<String> answerOptions(AnswerScale scale) {
    List<String> options = new ArrayList<>(scale.scores().keySet());
    options.sort(
        Comparator.comparing((String o) -> scale.scores().get(o))
            .reversed()
            .thenComparing(Comparator.naturalOrder()));
    DONT_KNOW.stream()
        .filter(t -> scale.read(t).kind() == AnswerScale.Kind.DONT_KNOW)
        .findFirst()
        .ifPresent(options::add);
    return options;
  }

  private static Map<String, String> numbered(List<String> options) {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < options.size(); i++) {
      out.put(String.valueOf(i + 1), options.get(i));
    }
    return out;
  }

  /** The file columns of the questionnaire's items (resident) or the seven items (department). */
  private List<Integer> itemColumns(FileKind kind, String file, List<String> header) {
    List<Integer> out = new ArrayList<>();
    if (kind == FileKind.RESIDENT_SURVEY) {
      Map<String, Integer> meta =
          ColumnLocator.locate(file, header, optional(ResidentSurvey.metadataRules()));
      ResidentSurvey survey = new ResidentSurvey(questionnaire, null);
      for (int c : survey.itemColumns(file, header, new HashSet<>(meta.values()))) {
        if (c >= 0) {
          out.add(c);
        }
      }
    } else if (kind == FileKind.DEPARTMENT_SURVEY) {
      Map<String, Integer> found =
          ColumnLocator.locate(file, header, optional(DepartmentSurvey.columnRules()));
      found.forEach(
          (key, c) -> {
            if (DepartmentSurvey.isItem(key)) {
              out.add(c);
            }
          });
    }
    out.sort(Comparator.naturalOrder());
    return out;
  }

  /** The rules with every column optional (to find what is there without refusing). */
  public static List<ColumnRule> optional(List<ColumnRule> rules) {
    return rules.stream().map(r -> new ColumnRule(r.key(), r.text(), r.contains(), false)).toList();
  }
}
