package org.govindex.indicators.index;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govindex.contract.Messages;

/**
 * COINr's method and setting names (COINr 1.1: {@code R/normalise.R}, {@code R/aggregate.R}, {@code
 * R/impute.R}, {@code R/treat.R}) read as the engine's. A COINr method name stands for the engine's
 * method with COINr's defaults, so that it gives COINr's numbers (e.g. {@code n_prank} is {@code
 * prank} with {@code scale: 1}, {@code n_dist2targ} is {@code dist2target} with {@code scale: 1,
 * cap: false}); settings the analyst writes win over those defaults. COINr's vector settings take
 * their values in order, as a YAML list or separated by spaces: {@code l_u: [0, 100]} is {@code
 * low: 0, high: 100}.
 *
 * <table>
 *   <caption>Names read</caption>
 *   <tr><th>step</th><th>COINr</th><th>engine</th></tr>
 *   <tr><td>normalise</td><td>n_minmax(l_u)</td><td>minmax(low, high)</td></tr>
 *   <tr><td>normalise</td><td>n_zscore(m_sd)</td><td>zscore(mean, sd)</td></tr>
 *   <tr><td>normalise</td><td>n_goalposts(gposts, trunc2posts)</td>
 *       <td>goalposts(low, high, scale; truncate)</td></tr>
 *   <tr><td>normalise</td><td>n_dist2targ(targ, cap_max)</td><td>dist2target(target, cap)</td></tr>
 *   <tr><td>normalise</td><td>n_dist2max, n_rank, n_prank, n_borda (ties.method)</td>
 *       <td>dist2max, rank, prank, borda (ties)</td></tr>
 *   <tr><td>aggregate</td><td>a_amean, a_gmean, a_hmean, a_genmean(p)</td>
 *       <td>arithmetic, geometric, harmonic, generalised(p)</td></tr>
 *   <tr><td>impute</td><td>i_mean, i_median, i_mean_grp, i_median_grp (use_group)</td>
 *       <td>mean, median, group-mean, group-median (group)</td></tr>
 *   <tr><td>treat</td><td>winmax, skew_thresh, kurt_thresh, f2 of the default treatment</td>
 *       <td>jrc(points, skew, kurtosis, fallback)</td></tr>
 * </table>
 */
public final class CoinrNames {

  /** The recipe step a method belongs to. */
  public enum Step {
    NORMALISE,
    AGGREGATE,
    IMPUTE,
    TREAT
  }

  private record Alias(String method, Map<String, String> defaults) {}

  private static final Map<Step, Map<String, Alias>> METHODS =
      Map.of(
          Step.NORMALISE,
          Map.of(
              "n-minmax", new Alias("minmax", Map.of("low", "0", "high", "100")),
              "n-zscore", new Alias("zscore", Map.of("mean", "0", "sd", "1")),
              "n-goalposts", new Alias("goalposts", Map.of("scale", "1", "truncate", "true")),
              "n-dist2targ", new Alias("dist2target", Map.of("scale", "1", "cap", "false")),
              "n-dist2max", new Alias("dist2max", Map.of("scale", "1")),
              "n-rank", new Alias("rank", Map.of("ties", "min")),
              "n-prank", new Alias("prank", Map.of("scale", "1", "ties", "min")),
              "n-borda", new Alias("borda", Map.of("ties", "min"))),
          Step.AGGREGATE,
          Map.of(
              "a-amean", new Alias("arithmetic", Map.of()),
              "a-gmean", new Alias("geometric", Map.of()),
              "a-hmean", new Alias("harmonic", Map.of()),
              "a-genmean", new Alias("generalised", Map.of())),
          Step.IMPUTE,
          Map.of(
              "i-mean", new Alias("mean", Map.of()),
              "i-median", new Alias("median", Map.of()),
              "i-mean-grp", new Alias("group-mean", Map.of()),
              "i-median-grp", new Alias("group-median", Map.of())),
          Step.TREAT,
          Map.of());

  /** COINr setting → the engine settings its values go to, per canonical method. */
  private static final Map<String, List<String>> SETTINGS =
      Map.ofEntries(
          Map.entry("minmax/l_u", List.of("low", "high")),
          Map.entry("zscore/m_sd", List.of("mean", "sd")),
          Map.entry("goalposts/gposts", List.of("low", "high", "scale")),
          Map.entry("goalposts/trunc2posts", List.of("truncate")),
          Map.entry("dist2target/targ", List.of("target")),
          Map.entry("dist2target/cap_max", List.of("cap")),
          Map.entry("rank/ties.method", List.of("ties")),
          Map.entry("prank/ties.method", List.of("ties")),
          Map.entry("borda/ties.method", List.of("ties")),
          Map.entry("group-mean/use_group", List.of("group")),
          Map.entry("group-median/use_group", List.of("group")),
          Map.entry("jrc/winmax", List.of("points")),
          Map.entry("jrc/skew_thresh", List.of("skew")),
          Map.entry("jrc/kurt_thresh", List.of("kurtosis")),
          Map.entry("jrc/f2", List.of("fallback")));

  private static final java.util.Set<String> SETTING_NAMES =
      SETTINGS.keySet().stream()
          .map(k -> k.substring(k.indexOf('/') + 1))
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  private CoinrNames() {}

  /**
   * The method in the engine's names: a COINr method name replaced by the engine's method with
   * COINr's defaults, COINr settings replaced by the engine's. Other names pass unchanged.
   *
   * @param where for messages, e.g. {@code normalise indicator GNI}
   */
  public static MethodSpec translate(Step step, MethodSpec spec, String where) {
    Alias alias = METHODS.get(step).get(spec.name());
    if (alias == null && spec.params().keySet().stream().noneMatch(SETTING_NAMES::contains)) {
      return spec;
    }
    String method = alias == null ? spec.name() : alias.method();
    Map<String, String> params = new LinkedHashMap<>(alias == null ? Map.of() : alias.defaults());
    for (var e : spec.params().entrySet()) {
      List<String> targets = SETTINGS.get(method + "/" + e.getKey());
      if (targets == null) {
        params.put(e.getKey(), e.getValue());
        continue;
      }
      String[] values = e.getValue().trim().split("[\\s,]+");
      if (values.length != targets.size()) {
        throw new IndexSpecException(
            Messages.text(
                "index.coinrSettingValues",
                where,
                e.getKey(),
                method,
                targets.size(),
                String.join(", ", targets),
                e.getValue()));
      }
      for (int k = 0; k < values.length; k++) {
        params.put(targets.get(k), values[k]);
      }
    }
    MethodSpec out = new MethodSpec(method, params);
    return out.equals(spec) ? spec : out;
  }
}
