package org.govindex.reports.publication;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.govindex.contract.Flag;

/**
 * The flags of the result tables in words, from {@link Flag}: the explanation for notes, the short
 * name for table cells. A flag with a detail ({@code missing_indicator:volunteer_rate}) is
 * explained with the detail resolved by a name lookup; an unknown code is shown as it is, so no
 * flag is ever hidden.
 */
final class FlagText {

  private FlagText() {}

  /** The short name of one flag (its detail left out), or the flag as it is when unknown. */
  static String label(String flag) {
    return Flag.fromCode(flag).map(Flag::label).orElse(code(flag));
  }

  /**
   * The explanations of {@code flags}, flags with the same code merged ({@code 缺少指标（A、B）}), in
   * first-seen order; {@code names} resolves details such as indicator codes.
   */
  static List<String> labels(List<String> flags, Function<String, String> names) {
    Map<String, List<String>> byCode = new LinkedHashMap<>();
    for (String flag : flags) {
      List<String> details = byCode.computeIfAbsent(code(flag), c -> new ArrayList<>());
      int colon = flag.indexOf(':');
      if (colon >= 0) {
        details.add(names.apply(flag.substring(colon + 1)));
      }
    }
    return byCode.entrySet().stream()
        .map(
            e -> {
              String base = Flag.fromCode(e.getKey()).map(Flag::explanation).orElse(e.getKey());
              return e.getValue().isEmpty()
                  ? base
                  : base + "（" + String.join("、", e.getValue()) + "）";
            })
        .toList();
  }

  /**
   * The shortest form for a narrow table cell: the short name of each flag code, with the number of
   * details instead of the details ({@code 缺少指标 5 项}).
   */
  static String compactLabels(List<String> flags) {
    Map<String, Integer> byCode = new LinkedHashMap<>();
    for (String flag : flags) {
      byCode.merge(code(flag), flag.indexOf(':') < 0 ? 0 : 1, Integer::sum);
    }
    return byCode.entrySet().stream()
        .map(
            e -> {
              String label = label(e.getKey());
              return e.getValue() > 1 ? label + " " + e.getValue() + " 项" : label;
            })
        .collect(Collectors.joining("；"));
  }

  private static String code(String flag) {
    int colon = flag.indexOf(':');
    return colon < 0 ? flag : flag.substring(0, colon);
  }
}
