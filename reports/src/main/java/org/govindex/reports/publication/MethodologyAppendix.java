package org.govindex.reports.publication;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 附录一 方法说明, written for readers and generated from the configuration actually used ({@code
 * methodology.json}), so that it cannot drift from the computation: what is measured, the weights
 * as percentages, the goalposts with their units and sources (cited by the policy document's title,
 * {@link ReportSettings#policyDocuments()}), directions as 正向/逆向, the answer scores, the sample
 * rules, the grades, the department rating, the survey checks, the innovation recipe in words and
 * the awards. Wording and number formats: {@link MethodText}.
 */
final class MethodologyAppendix implements ReportSection {

  private final PublicationData data;

  MethodologyAppendix(PublicationData data) {
    this.data = data;
  }

  @Override
  public String title() {
    return "附录一 方法说明";
  }

  @Override
  public void render(Typesetter out) throws IOException {
    out.sectionTitle(title());
    Methodology methodology = data.methodology();
    if (!methodology.present()) {
      out.paragraph("本次运行未提供所用配置，无法生成方法说明。");
      return;
    }
    JsonNode root = methodology.root();
    MethodText text = new MethodText(data.inputs().report().policyDocuments());
    out.paragraph("本附录依据本期计算实际使用的配置生成，与正文各项结果一致。");
    total(out, root);
    subjective(out, root);
    objective(out, root, text);
    grades(out, root);
    departments(out, root);
    surveyQuality(out, root);
    innovation(out, root.path("innovation"), text);
    awards(out, root.path("innovation").path("awards"));
    out.subheading("计算程序", 40);
    out.paragraph(
        "本报告由计算程序版本 "
            + data.inputs().codeVersion()
            + " 于 "
            + data.inputs().runDate()
            + " 依据考评结果表生成；分数仅在显示时四舍五入，数据表保留完整精度。");
  }

  private void total(Typesetter out, JsonNode root) throws IOException {
    out.subheading("一、总分的构成", 60);
    JsonNode w = root.path("subjective_weight");
    out.paragraph(
        "社区和街道的总分 T 由群众主观评价得分 S 与客观指标得分 O 加权合成：T = w × S + (1 − w) × O。"
            + "群众主观评价的权重 w：社区 "
            + MethodText.percent(w.path("community"))
            + "，街道 "
            + MethodText.percent(w.path("street"))
            + "；部门的总分为满意度 × "
            + MethodText.percent(w.path("department"))
            + " + 客观得分 × "
            + MethodText.percent(1 - w.path("department").asDouble())
            + "。");
    JsonNode floors = root.path("policy_floors");
    out.paragraph(
        "按政策要求，群众主观评价的权重社区不低于 "
            + MethodText.percent(floors.path("community"))
            + "、街道不低于 "
            + MethodText.percent(floors.path("street"))
            + "；"
            + MethodText.chineseOnly(
                floors.path("central_street_economic").asText("中心城区街道取消经济指标考核"))
            + "。");
  }

  private void subjective(Typesetter out, JsonNode root) throws IOException {
    out.subheading("二、群众主观评价", 80);
    List<String> scores = new ArrayList<>();
    root.path("answer_scores")
        .fields()
        .forEachRemaining(
            e -> scores.add(e.getKey() + " " + MethodText.number(e.getValue()) + "分"));
    out.paragraph(
        "居民问卷每题的回答按下列分值计分："
            + String.join("、", scores)
            + "。"
            + MethodText.chineseOnly(root.path("not_scored").asText(""))
            + "单位的 S 为其有效问卷各题得分按题目权重的平均，满分 100。");
    JsonNode sample = root.path("minimum_sample");
    JsonNode bootstrap = root.path("bootstrap");
    out.paragraph(
        "样本规则：有效问卷少于 "
            + sample.path("community").asText("—")
            + " 份的社区、少于 "
            + sample.path("street").asText("—")
            + " 份的街道记为“样本不足”，照常计分，但不参与排名和定级。S 的 95% 区间由自助法求得："
            + "对受访者有放回重抽样 "
            + MethodText.number(bootstrap.path("resamples"))
            + " 次，取第 2.5 和第 97.5 百分位（随机种子 "
            + bootstrap.path("seed").asText("—")
            + "，结果可复现）。");
    List<String[]> items = new ArrayList<>();
    Map<String, Double> levelTotals = new LinkedHashMap<>();
    for (JsonNode item : root.path("questionnaire")) {
      levelTotals.merge(item.path("level").asText(), item.path("weight").asDouble(), Double::sum);
    }
    for (JsonNode item : root.path("questionnaire")) {
      String level = MethodText.levels(item.path("level").asText());
      double total = levelTotals.getOrDefault(item.path("level").asText(), 0.0);
      items.add(
          new String[] {
            item.path("item_name").asText(),
            level
                + "问卷，"
                + item.path("dimension").asText()
                + "维度，权重 "
                + (total > 0 ? MethodText.percent(item.path("weight").asDouble() / total) : "—")
          });
    }
    if (!items.isEmpty()) {
      out.boldLine("问卷题目", 10, 0);
      out.keyValues(items, 150);
    }
  }

  private void objective(Typesetter out, JsonNode root, MethodText text) throws IOException {
    out.subheading("三、客观指标", 80);
    JsonNode catalogue = root.path("catalogue");
    Map<String, Double> totals = new LinkedHashMap<>();
    for (String level : List.of("community", "street", "department")) {
      double sum = 0;
      for (JsonNode row : catalogue) {
        sum += MethodText.weight(row.path("weight_" + level));
      }
      totals.put(level, sum);
    }
    out.paragraph(
        "每个客观指标按两个固定目标值换算为 0—100 分：达到“最佳”目标值得 100 分，处于“最差”目标值得 0 分，"
            + "其间按线性比例计分，超出部分按 0 或 100 分计。正向指标越高越好，逆向指标越低越好。"
            + "O 为各指标得分按下列权重的加权平均；某单位缺少某项指标时，其余指标的权重按比例放大。");
    int number = 0;
    for (JsonNode row : catalogue) {
      number++;
      out.boldLine(number + ". " + row.path("indicator_name").asText(), 9.5f, 0);
      String unit = row.path("unit").asText("");
      List<String> weights = new ArrayList<>();
      for (String level : List.of("community", "street", "department")) {
        double w = MethodText.weight(row.path("weight_" + level));
        if (w > 0 && totals.get(level) > 0) {
          weights.add(MethodText.levels(level) + " " + MethodText.percent(w / totals.get(level)));
        }
      }
      StringBuilder line =
          new StringBuilder()
              .append("适用：")
              .append(MethodText.levels(row.path("levels").asText()))
              .append("；")
              .append(MethodText.direction(row.path("direction").asText()))
              .append("；目标值：最差 ")
              .append(MethodText.value(row.path("goal_worst").asText(), unit))
              .append("，最佳 ")
              .append(MethodText.value(row.path("goal_best").asText(), unit))
              .append("；权重：")
              .append(weights.isEmpty() ? "—" : String.join("，", weights));
      if ("true".equals(row.path("economic").asText())) {
        line.append("；经济指标，中心城区街道不计");
      }
      line.append("。依据：").append(text.source(row.path("goalpost_source").asText(""))).append("。");
      out.paragraph(line.toString(), 8.5f, Typesetter.TEXT, 12);
    }
  }

  private void grades(Typesetter out, JsonNode root) throws IOException {
    out.subheading("四、等级与排名", 60);
    JsonNode t = root.path("grade_thresholds");
    JsonNode quota = root.path("excellent_quota");
    out.paragraph(
        "总分 "
            + MethodText.number(t.path("excellent"))
            + " 分及以上为优秀，"
            + MethodText.number(t.path("good"))
            + " 分及以上为良好，"
            + MethodText.number(t.path("pass"))
            + " 分及以上为合格，其下为不合格。"
            + (quota.isNumber()
                ? "优秀单位不超过本级参评单位的 " + MethodText.percent(quota) + "，名额不拆分并列的单位。"
                : "优秀不设比例上限。")
            + "同级单位按总分排名；排名区间为对受访者重抽样得到的排名 95% 区间，区间重叠的单位排名差异不显著。");
  }

  private void departments(Typesetter out, JsonNode root) throws IOException {
    JsonNode rating = root.path("department_rating");
    if (rating.isMissingNode()) {
      return;
    }
    out.subheading("五、部门双向考评", 60);
    List<String> groups = new ArrayList<>();
    rating
        .path("group_weights")
        .fields()
        .forEachRemaining(e -> groups.add(e.getKey() + " " + MethodText.percent(e.getValue())));
    out.paragraph(
        "部门满意度为各评议组平均得分的加权和，权重："
            + String.join("，", groups)
            + "；评议人少于 "
            + rating.path("minimum_raters").asText("—")
            + " 人的评议组不计，其权重由其余各组按比例分担。部门总分 = 满意度 × "
            + MethodText.percent(rating.path("satisfaction_weight"))
            + " + 客观得分 × "
            + MethodText.percent(1 - rating.path("satisfaction_weight").asDouble())
            + "。");
  }

  private void surveyQuality(Typesetter out, JsonNode root) throws IOException {
    JsonNode q = root.path("survey_quality");
    if (q.isMissingNode() || q.isNull()) {
      return;
    }
    out.subheading("六、问卷质量检查", 60);
    out.paragraph(
        "出现下列情形之一的单位标记为“问卷质量存疑”，得分照常计算，供复核：答题过快的问卷超过 "
            + MethodText.percent(q.path("speederShare"))
            + "；同一手机号重复作答的问卷超过 "
            + MethodText.percent(q.path("duplicateShare"))
            + "；连续 "
            + q.path("straightlineMinItems").asText("—")
            + " 题及以上给出相同回答的问卷超过 "
            + MethodText.percent(q.path("straightlinerShare"))
            + "；同一网络地址 "
            + q.path("burstWindowMinutes").asText("—")
            + " 分钟内提交 "
            + q.path("burstMinResponses").asText("—")
            + " 份及以上的问卷超过 "
            + MethodText.percent(q.path("burstShare"))
            + "；回答“不了解”的超过 "
            + MethodText.percent(q.path("dontKnowShare"))
            + "。");
  }

  private void innovation(Typesetter out, JsonNode innovation, MethodText text) throws IOException {
    if (innovation.isMissingNode()) {
      return;
    }
    out.subheading("七、创新指数", 80);
    JsonNode framework = innovation.path("framework");
    Map<String, String> dimensionNames = new LinkedHashMap<>();
    Map<String, Double> dimensionWeights = new LinkedHashMap<>();
    Map<String, Double> indicatorTotals = new LinkedHashMap<>();
    for (JsonNode node : framework) {
      String parent = node.path("Parent").asText();
      if ("Indicator".equals(node.path("Type").asText())) {
        indicatorTotals.merge(parent, MethodText.weight(node.path("Weight")), Double::sum);
      } else if (!parent.isEmpty()) {
        dimensionNames.put(node.path("iCode").asText(), node.path("iName").asText());
        dimensionWeights.put(node.path("iCode").asText(), MethodText.weight(node.path("Weight")));
      }
    }
    double dimensionTotal =
        dimensionWeights.values().stream().mapToDouble(Double::doubleValue).sum();
    JsonNode base = innovation.path("base_year");
    out.paragraph(
        "创新指数由"
            + String.join("、", dimensionNames.values())
            + "等维度合成，基期为 "
            + baseYear(base)
            + "。"
            + new RecipeText(innovation.path("recipe")).describe());
    for (Map.Entry<String, String> dimension : dimensionNames.entrySet()) {
      double share =
          dimensionTotal > 0 ? dimensionWeights.get(dimension.getKey()) / dimensionTotal : 0;
      out.boldLine(dimension.getValue() + "（占指数 " + MethodText.percent(share) + "）", 9.5f, 0);
      double total = indicatorTotals.getOrDefault(dimension.getKey(), 0.0);
      for (JsonNode node : framework) {
        if (!"Indicator".equals(node.path("Type").asText())
            || !dimension.getKey().equals(node.path("Parent").asText())) {
          continue;
        }
        String unit = node.path("Unit").asText("");
        double weight = MethodText.weight(node.path("Weight"));
        out.paragraph(
            node.path("iName").asText()
                + "：占本维度 "
                + (total > 0 ? MethodText.percent(weight / total) : "—")
                + "；"
                + MethodText.direction(node.path("Direction").asText())
                + "；目标值 "
                + MethodText.value(node.path("GoalLow").asText(), unit)
                + " 至 "
                + MethodText.value(node.path("GoalHigh").asText(), unit)
                + "。依据："
                + text.source(node.path("GoalSource").asText(""))
                + "。",
            8.5f,
            Typesetter.TEXT,
            12);
      }
    }
  }

  /** The base year: as configured, else the first year of the index (the facts' first year). */
  private String baseYear(JsonNode configured) {
    if (configured.isNumber()) {
      return configured.asText() + " 年";
    }
    List<String> years = data.innovationYears();
    return years.isEmpty() ? "社区基础数据的最早年份" : years.get(0) + " 年（社区基础数据的最早年份）";
  }

  private void awards(Typesetter out, JsonNode awards) throws IOException {
    if (awards.isMissingNode()) {
      return;
    }
    out.subheading("八、以奖代补", 60);
    List<String> grades = new ArrayList<>();
    awards.path("eligible_grades").forEach(g -> grades.add(g.asText()));
    List<String> amounts = new ArrayList<>();
    awards
        .path("award_amounts")
        .fields()
        .forEachRemaining(
            e -> amounts.add(e.getKey() + " " + MethodText.yuan(e.getValue().asDouble())));
    out.paragraph(
        "项目得分 = 居民满意度得分 × "
            + MethodText.percent(awards.path("resident_satisfaction_weight"))
            + " + 社会效果评价得分 × "
            + MethodText.percent(awards.path("social_effect_weight"))
            + "，等级线与考评相同。评为"
            + String.join("、", grades)
            + "的项目获得奖补：每个项目"
            + String.join("，", amounts)
            + "。");
  }
}
