package org.govindex.indicators.index.stats;

import java.util.Locale;
import org.govindex.contract.Messages;
import org.govindex.indicators.index.IndexSpecException;
import org.govindex.indicators.index.MethodSpec;

/**
 * How tied values share ranks, as R's {@code rank(ties.method = ...)} (which COINr's {@code
 * n_rank}, {@code n_prank} and {@code n_borda} pass through; COINr's default is {@code min}). For
 * values tied on positions k+1 … k+m of the sorted order:
 *
 * <ul>
 *   <li>{@code min}: every tied value gets k+1 (sport or competition ranking, "1224");
 *   <li>{@code average}: every tied value gets k + (m+1)/2 (fractional ranking, "1 2.5 2.5 4");
 *   <li>{@code max}: every tied value gets k+m ("1334");
 *   <li>{@code first}: k+1 … k+m in the order the values appear in the data ("1234").
 * </ul>
 */
public enum TieRule {
  MIN,
  AVERAGE,
  MAX,
  FIRST;

  /** The rule named {@code text} ({@code min}, {@code average}, {@code max}, {@code first}). */
  public static TieRule parse(String text, String where) {
    return switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "min" -> MIN;
      case "average" -> AVERAGE;
      case "max" -> MAX;
      case "first" -> FIRST;
      default ->
          throw new IndexSpecException(Messages.text("index.stats.tiesMinAverage", where, text));
    };
  }

  /** The rule of a method's {@code ties} setting ({@code min} when absent). */
  public static TieRule of(MethodSpec spec, String where) {
    return parse(spec.text("ties", "min"), where);
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
