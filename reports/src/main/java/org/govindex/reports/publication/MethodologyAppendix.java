package org.govindex.reports.publication;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.govindex.contract.Grade;
import org.govindex.contract.UnitLevel;

/**
 * 附录一 方法说明, generated from the configuration actually used ({@code methodology.json}), so it cannot
 * drift from the computation. Every key is printed: known keys with a Chinese label (and the key),
 * unknown keys as they are; objects as label/value lines, arrays of objects (indicator catalogue,
 * questionnaire, index framework) as one block per item with all its fields.
 */
final class MethodologyAppendix implements ReportSection {

  /** Fields that identify an item of an array, shown in its title line. */
  private static final List<String> ID_FIELDS =
      List.of("indicator_code", "item_code", "iCode", "code");

  private static final List<String> NAME_FIELDS =
      List.of("indicator_name", "item_name", "iName", "name");

  private static final Map<String, String> LABELS =
      Map.ofEntries(
          Map.entry("answer_scores", "答案计分"),
          Map.entry("not_scored", "不计分的回答"),
          Map.entry("subjective_weight", "主观评价权重 w"),
          Map.entry("policy_floors", "政策下限"),
          Map.entry("grade_thresholds", "等级分数线"),
          Map.entry("minimum_sample", "最低样本量"),
          Map.entry("excellent_quota", "优秀比例上限"),
          Map.entry("bootstrap", "自助法置信区间"),
          Map.entry("catalogue", "客观指标目录（目标值与权重）"),
          Map.entry("questionnaire", "问卷题目"),
          Map.entry("department_rating", "部门双向考评"),
          Map.entry("innovation", "创新指数"),
          Map.entry("survey_quality", "问卷质量检查阈值"),
          Map.entry(UnitLevel.COMMUNITY.code(), UnitLevel.COMMUNITY.label()),
          Map.entry(UnitLevel.STREET.code(), UnitLevel.STREET.label()),
          Map.entry(UnitLevel.DEPARTMENT.code(), UnitLevel.DEPARTMENT.label()),
          Map.entry("excellent", Grade.EXCELLENT.label()),
          Map.entry("good", Grade.GOOD.label()),
          Map.entry("pass", Grade.PASS.label()),
          Map.entry("resamples", "重抽样次数"),
          Map.entry("seed", "随机种子"),
          Map.entry("interval", "区间"),
          Map.entry("rule", "规则"),
          Map.entry("group_weights", "评议组权重"),
          Map.entry("minimum_raters", "每组最少评议人数"),
          Map.entry("satisfaction_weight", "满意度权重"),
          Map.entry("base_year", "基期"),
          Map.entry("framework", "指标框架"),
          Map.entry("recipe", "计算步骤"),
          Map.entry("awards", "以奖代补"),
          Map.entry("levels", "适用层级"),
          Map.entry("direction", "方向"),
          Map.entry("goal_worst", "目标值（最差）"),
          Map.entry("goal_best", "目标值（最佳）"),
          Map.entry("weight_community", "权重（社区）"),
          Map.entry("weight_street", "权重（街道）"),
          Map.entry("weight_department", "权重（部门）"),
          Map.entry("weight_street_central", "权重（中心城区街道）"),
          Map.entry("economic", "经济指标"),
          Map.entry("unit", "单位"),
          Map.entry("goalpost_source", "目标值依据"),
          Map.entry("header_pattern", "表头匹配"),
          Map.entry("dimension", "维度"),
          Map.entry("weight", "权重"),
          Map.entry("level", "层级"),
          Map.entry("award_amounts", "奖补金额（元）"),
          Map.entry("eligible_grades", "可获奖补等级"));

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
      out.paragraph("本次运行未提供所用配置（methodology.json），无法生成方法说明。");
      return;
    }
    out.paragraph(
        "本附录由计算步骤写出的实际配置（methodology.json）自动生成，逐项列出本期计算所用的全部设置，" + "因此与计算结果始终一致。方括号内为配置中的键名。");
    Iterator<Map.Entry<String, JsonNode>> fields = methodology.root().fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      out.subheading(label(field.getKey()) + " [" + field.getKey() + "]", 40);
      value(out, field.getValue(), 0);
    }
  }

  static String label(String key) {
    return LABELS.getOrDefault(key, key);
  }

  private void value(Typesetter out, JsonNode node, float indent) throws IOException {
    if (node.isObject()) {
      object(out, node, indent);
    } else if (node.isArray()) {
      array(out, node, indent);
    } else {
      out.paragraph(scalar(node), Typesetter.BODY_SIZE, Typesetter.TEXT, indent + 8);
    }
  }

  private void object(Typesetter out, JsonNode node, float indent) throws IOException {
    List<String[]> lines = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    List<Map.Entry<String, JsonNode>> nested = new ArrayList<>();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (field.getValue().isContainerNode() && !isScalarArray(field.getValue())) {
        nested.add(field);
      } else {
        lines.add(
            new String[] {
              label(field.getKey()) + labelKey(field.getKey()), scalar(field.getValue())
            });
      }
    }
    if (!lines.isEmpty()) {
      out.keyValues(lines, 150);
    }
    for (Map.Entry<String, JsonNode> field : nested) {
      out.boldLine(label(field.getKey()) + " [" + field.getKey() + "]", 10, indent + 8);
      value(out, field.getValue(), indent + 8);
    }
  }

  private void array(Typesetter out, JsonNode node, float indent) throws IOException {
    if (isScalarArray(node)) {
      out.paragraph(scalar(node), Typesetter.BODY_SIZE, Typesetter.TEXT, indent + 8);
      return;
    }
    int number = 0;
    for (JsonNode item : node) {
      number++;
      if (!item.isObject()) {
        value(out, item, indent);
        continue;
      }
      String id = first(item, ID_FIELDS);
      String name = first(item, NAME_FIELDS);
      String title =
          number
              + ". "
              + (id == null ? "" : id)
              + (name == null ? "" : (id == null ? "" : " ") + name);
      out.boldLine(title, 9.5f, indent + 8);
      List<String> parts = new ArrayList<>();
      Iterator<Map.Entry<String, JsonNode>> fields = item.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        if (ID_FIELDS.contains(field.getKey()) || NAME_FIELDS.contains(field.getKey())) {
          continue;
        }
        parts.add(
            label(field.getKey()) + labelKey(field.getKey()) + "：" + scalar(field.getValue()));
      }
      out.paragraph(String.join("；", parts), 8.5f, Typesetter.GREY, indent + 20);
    }
  }

  /** The key in brackets after a Chinese label; nothing when the label is the key. */
  private static String labelKey(String key) {
    return LABELS.containsKey(key) ? " [" + key + "]" : "";
  }

  private static String first(JsonNode item, List<String> fields) {
    for (String field : fields) {
      JsonNode value = item.get(field);
      if (value != null && !value.isNull() && !value.asText().isEmpty()) {
        return value.asText();
      }
    }
    return null;
  }

  private static boolean isScalarArray(JsonNode node) {
    if (!node.isArray()) {
      return false;
    }
    for (JsonNode item : node) {
      if (item.isContainerNode()) {
        return false;
      }
    }
    return true;
  }

  /** A scalar as text; null as 未设置; arrays of scalars joined; objects as compact JSON. */
  static String scalar(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return "未设置";
    }
    if (node.isArray()) {
      List<String> items = new ArrayList<>();
      node.forEach(item -> items.add(scalar(item)));
      return items.isEmpty() ? "（空）" : String.join("、", items);
    }
    if (node.isContainerNode()) {
      return node.toString();
    }
    if (node.isBoolean()) {
      return node.asBoolean() ? "是" : "否";
    }
    String text = node.asText();
    if ("true".equals(text)) {
      return "是";
    }
    if ("false".equals(text)) {
      return "否";
    }
    return text.isEmpty() ? "—" : text;
  }
}
