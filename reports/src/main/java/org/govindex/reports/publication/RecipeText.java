package org.govindex.reports.publication;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The innovation index recipe ({@code innovation-recipe.yaml}, as recorded in the methodology) in
 * words: normalisation, screening, aggregation and the Monte Carlo uncertainty analysis.
 */
final class RecipeText {

  private final JsonNode recipe;

  RecipeText(JsonNode recipe) {
    this.recipe = recipe;
  }

  /** The recipe as a few sentences. */
  String describe() {
    StringBuilder text = new StringBuilder();
    text.append("计算方法：").append(normalisation(recipe.path("normalise"))).append("；");
    JsonNode screen = recipe.path("screen");
    if ("data-share".equals(screen.path("method").asText())) {
      text.append("当年有数据的指标不足 ")
          .append(MethodText.percent(screen.path("min")))
          .append(" 的社区不计算指数；");
    }
    text.append("指标得分逐级合成为维度得分和指数，合成方法为")
        .append(aggregation(recipe.path("aggregate")))
        .append("，缺少的指标不计，同一维度其余指标的权重按比例放大。");
    JsonNode u = recipe.path("uncertainty");
    if (!u.isMissingNode()) {
      text.append("不确定性分析：蒙特卡洛模拟 ")
          .append(MethodText.number(u.path("replications")))
          .append(" 次（随机种子 ")
          .append(u.path("seed").asText("—"))
          .append("），每次");
      List<String> draws = new ArrayList<>();
      JsonNode spread = u.path("weights").path("spread");
      if (spread.isNumber()) {
        draws.add(
            "把各指标和维度的权重乘以 "
                + MethodText.percent(1 - spread.asDouble())
                + " 至 "
                + MethodText.percent(1 + spread.asDouble())
                + " 之间的随机系数");
      }
      if (u.path("normalise").size() > 1) {
        draws.add("在" + alternatives(u.path("normalise"), true) + "中随机选用标准化方法");
      }
      if (u.path("aggregate").size() > 1) {
        draws.add("在" + alternatives(u.path("aggregate"), false) + "中随机选用合成方法");
      }
      text.append(String.join("，", draws))
          .append("；排名区间为各次模拟排名的第 5 至第 95 百分位，较上年变化的 5%—95% 区间不含 0 时为显著。");
    }
    return text.toString();
  }

  private static String alternatives(JsonNode options, boolean normalisation) {
    List<String> names = new ArrayList<>();
    for (JsonNode option : options) {
      names.add("“" + (normalisation ? shortNormalisation(option) : aggregation(option)) + "”");
    }
    return String.join("与", names);
  }

  private static String normalisation(JsonNode n) {
    return switch (n.path("method").asText()) {
      case "goalposts" -> "各指标按固定目标值换算为 0—100 分（超出目标值的按 0 或 100 分计），因此各年可比";
      case "prank" -> "各指标按当年各社区中的百分位排名换算为 0—100 分";
      case "minmax" -> "各指标按当年最小值至最大值换算为 0—100 分";
      case "zscore" -> "各指标按当年均值和标准差标准化";
      default -> "各指标按配置的方法标准化";
    };
  }

  private static String shortNormalisation(JsonNode n) {
    return switch (n.path("method").asText()) {
      case "goalposts" -> "固定目标值";
      case "prank" -> "百分位排名";
      case "minmax" -> "最小值—最大值";
      case "zscore" -> "标准分";
      default -> "配置的方法";
    };
  }

  private static String aggregation(JsonNode a) {
    return switch (a.path("method").asText()) {
      case "arithmetic" -> "加权算术平均";
      case "geometric" -> "加权几何平均";
      case "generalised" -> "加权幂平均（p = " + MethodText.number(a.path("p")) + "，部分补偿）";
      default -> "配置的方法";
    };
  }
}
