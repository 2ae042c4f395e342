package org.govindex.reports.publication;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.govindex.contract.Grade;
import org.govindex.contract.UnitLevel;
import org.govindex.reports.model.InputFileSummary;
import org.govindex.reports.pdf.DisplayFormat;
import org.govindex.reports.tables.AppraisalRow;
import org.govindex.reports.tables.ContributionRow;
import org.govindex.reports.tables.InnovationRow;

/**
 * The written account that opens the summary, generated from the result tables: how many units in
 * each grade, the largest significant rises and falls (of the total T, and of the innovation trend
 * index), the weakest objective indicators city-wide (lowest mean score over the units of the
 * level) and the data-quality caveats (rejected rows, flagged surveys).
 */
final class SummaryAccount {

  /** Units named in a list of rises or falls, and indicators in the list of the weakest. */
  static final int NAMED = 3;

  private final PublicationData data;

  SummaryAccount(PublicationData data) {
    this.data = data;
  }

  /** The paragraphs of the account, in reading order. */
  List<String> paragraphs() {
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add(grades());
    paragraphs.add(changes());
    String innovation = innovation();
    if (innovation != null) {
      paragraphs.add(innovation);
    }
    String weakest = weakest(UnitLevel.COMMUNITY);
    if (weakest != null) {
      paragraphs.add(weakest);
    }
    paragraphs.add(quality());
    return paragraphs;
  }

  private String grades() {
    StringBuilder text = new StringBuilder("本期共考评");
    List<String> counts = new ArrayList<>();
    for (UnitLevel level : List.of(UnitLevel.COMMUNITY, UnitLevel.STREET)) {
      counts.add(level.label() + " " + data.tables().appraisal(level).size() + " 个");
    }
    if (!data.tables().departments().isEmpty()) {
      counts.add("部门 " + data.tables().departments().size() + " 个");
    }
    text.append(String.join("、", counts)).append("。");
    for (UnitLevel level : List.of(UnitLevel.COMMUNITY, UnitLevel.STREET)) {
      List<AppraisalRow> units = data.tables().appraisal(level);
      if (units.isEmpty()) {
        continue;
      }
      List<String> parts = new ArrayList<>();
      for (Grade grade : Grade.byScore()) {
        long n = units.stream().filter(u -> grade.label().equals(u.grade())).count();
        if (n > 0) {
          parts.add(grade.label() + " " + n + " 个");
        }
      }
      text.append(level.label())
          .append("中，")
          .append(parts.isEmpty() ? "无定级单位" : String.join("、", parts));
      long small = units.stream().filter(AppraisalRow::insufficientSample).count();
      if (small > 0) {
        Integer minimum = data.methodology().minimumSample(level);
        text.append("；另有 ")
            .append(small)
            .append(" 个")
            .append(level.label())
            .append("有效问卷少于最低样本")
            .append(minimum == null ? "" : "（" + minimum + " 份）")
            .append("，照常计分，但不参与排名和定级");
      }
      text.append("。");
    }
    return text.toString();
  }

  private String changes() {
    List<AppraisalRow> withPrevious = new ArrayList<>();
    for (UnitLevel level : List.of(UnitLevel.COMMUNITY, UnitLevel.STREET)) {
      data.tables().appraisal(level).stream()
          .filter(u -> u.totalChange() != null)
          .forEach(withPrevious::add);
    }
    if (withPrevious.isEmpty()) {
      return "本期各单位均无上年总分可供比较，未作年度比较。";
    }
    List<AppraisalRow> significant =
        withPrevious.stream().filter(u -> Boolean.TRUE.equals(u.changeSignificant())).toList();
    if (significant.isEmpty()) {
      return "与上年相比，" + withPrevious.size() + " 个有上年总分的单位，总分变化均在不确定性范围内，不作升降判断。";
    }
    List<String> rises =
        significant.stream()
            .filter(u -> u.totalChange() > 0)
            .sorted(Comparator.comparing(AppraisalRow::totalChange).reversed())
            .limit(NAMED)
            .map(u -> label(u) + "（" + Formats.change(u.totalChange(), null) + " 分）")
            .toList();
    List<String> falls =
        significant.stream()
            .filter(u -> u.totalChange() < 0)
            .sorted(Comparator.comparing(AppraisalRow::totalChange))
            .limit(NAMED)
            .map(u -> label(u) + "（" + Formats.change(u.totalChange(), null) + " 分）")
            .toList();
    return "与上年相比，总分变化超出不确定性的单位 "
        + significant.size()
        + " 个。"
        + (rises.isEmpty() ? "无显著上升的单位" : "上升最多的是" + String.join("、", rises))
        + "；"
        + (falls.isEmpty() ? "无显著下降的单位" : "下降最多的是" + String.join("、", falls))
        + "。";
  }

  private String innovation() {
    List<InnovationRow> streets = data.innovationOfPeriod(UnitLevel.STREET);
    List<InnovationRow> communities = data.innovationOfPeriod(UnitLevel.COMMUNITY);
    List<InnovationRow> changed =
        communities.stream().filter(r -> Boolean.TRUE.equals(r.changeSignificant())).toList();
    if (streets.isEmpty() && communities.isEmpty()) {
      return null;
    }
    long up = changed.stream().filter(r -> r.change() > 0).count();
    long down = changed.stream().filter(r -> r.change() < 0).count();
    StringBuilder text = new StringBuilder("创新指数方面，");
    if (!streets.isEmpty() && streets.get(0).index() != null) {
      text.append("街道中本年指数最高的是")
          .append(streets.get(0).unitName())
          .append("（")
          .append(DisplayFormat.score(streets.get(0).index()))
          .append("）；");
    }
    text.append("按历年可比的趋势指数，")
        .append(communities.size())
        .append(" 个社区中较上年显著上升 ")
        .append(up)
        .append(" 个、显著下降 ")
        .append(down)
        .append(" 个");
    changed.stream()
        .filter(r -> r.change() > 0)
        .max(Comparator.comparing(InnovationRow::change))
        .ifPresent(
            r ->
                text.append("，上升最多的是")
                    .append(data.unitLabel(r.level(), r.unitCode(), r.unitName()))
                    .append("（")
                    .append(Formats.change(r.change(), null))
                    .append("）"));
    changed.stream()
        .filter(r -> r.change() < 0)
        .min(Comparator.comparing(InnovationRow::change))
        .ifPresent(
            r ->
                text.append("，下降最多的是")
                    .append(data.unitLabel(r.level(), r.unitCode(), r.unitName()))
                    .append("（")
                    .append(Formats.change(r.change(), null))
                    .append("）"));
    return text.append("。").toString();
  }

  /** The indicators of the lowest mean score over the units of {@code level} that have one. */
  private String weakest(UnitLevel level) {
    Map<String, List<Double>> scores = new LinkedHashMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    for (ContributionRow row : data.tables().contributions()) {
      if (row.level() != level || row.isPart() || row.score() == null) {
        continue;
      }
      scores.computeIfAbsent(row.component(), c -> new ArrayList<>()).add(row.score());
      names.putIfAbsent(row.component(), row.componentName());
    }
    if (scores.isEmpty()) {
      return null;
    }
    List<String> lowest =
        scores.entrySet().stream()
            .sorted(Comparator.comparing(e -> SummarySection.mean(e.getValue())))
            .limit(NAMED)
            .map(
                e ->
                    names.get(e.getKey())
                        + "（平均 "
                        + DisplayFormat.score(SummarySection.mean(e.getValue()))
                        + " 分）")
            .toList();
    return "全市" + level.label() + "的客观指标中，平均得分最低的是" + String.join("、", lowest) + "，是下一年度工作的重点。";
  }

  private String quality() {
    List<InputFileSummary> inputs = data.inputs().inputs();
    long read = inputs.stream().mapToLong(InputFileSummary::rowsRead).sum();
    long rejected = inputs.stream().mapToLong(InputFileSummary::rowsRejected).sum();
    long flagged = data.tables().surveyQuality().stream().filter(q -> !q.flags().isEmpty()).count();
    StringBuilder text = new StringBuilder("数据方面，");
    if (read > 0) {
      text.append("本期共读取输入数据 ")
          .append(DisplayFormat.count(read))
          .append(" 行，其中 ")
          .append(DisplayFormat.count(rejected))
          .append(" 行不符合数据规则，未计入结果（原因见附录二）");
    } else {
      text.append("本次运行未提供输入数据的行数统计");
    }
    text.append(
        flagged > 0 ? "；" + flagged + " 个单位的问卷被标记为质量存疑，得分照常计算，解读时请参阅附录二。" : "；各单位问卷均未触发质量标记。");
    return text.toString();
  }

  private String label(AppraisalRow unit) {
    return data.unitLabel(unit.level(), unit.unitCode(), Objects.requireNonNull(unit.unitName()));
  }
}
