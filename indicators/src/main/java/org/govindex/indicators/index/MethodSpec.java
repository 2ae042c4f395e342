package org.govindex.indicators.index;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.govindex.contract.Messages;

/**
 * A method chosen by name with its settings, e.g. {@code minmax} with {@code low=0, high=100}.
 * Names are case-insensitive and normalised to lower case with {@code _} read as {@code -}.
 *
 * <p>The compact text form used in META columns is {@code name} or {@code name(key=value;
 * key=value)}, e.g. {@code boxcox(lambda=0.5)}.
 *
 * @param name the method name in canonical form (lower case)
 * @param params the settings, as text values keyed by setting name
 */
public record MethodSpec(String name, Map<String, String> params) {

  public MethodSpec {
    name = canonical(name);
    params = Map.copyOf(params);
  }

  /** A method without settings. */
  public static MethodSpec of(String name) {
    return new MethodSpec(name, Map.of());
  }

  /** Canonical method name: trimmed, lower case, underscores read as hyphens. */
  public static String canonical(String name) {
    if (name == null || name.isBlank()) {
      throw new IndexSpecException(Messages.text("index.methodNameEmpty"));
    }
    return name.trim().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Parses the compact text form {@code name(key=value;key=value)}.
   *
   * @param text the text
   * @param where where the text comes from, for messages (e.g. {@code META row 12 column
   *     Normalise})
   */
  public static MethodSpec parse(String text, String where) {
    String t = text.trim();
    int open = t.indexOf('(');
    if (open < 0) {
      return MethodSpec.of(t);
    }
    if (!t.endsWith(")")) {
      throw new IndexSpecException(Messages.text("index.lacksClosingParenthesis", where, text));
    }
    Map<String, String> params = new LinkedHashMap<>();
    String inner = t.substring(open + 1, t.length() - 1).trim();
    if (!inner.isEmpty()) {
      for (String pair : inner.split("[;,]")) {
        int eq = pair.indexOf('=');
        if (eq <= 0) {
          throw new IndexSpecException(
              Messages.text("index.settingNotKey", where, pair.trim(), text));
        }
        params.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
      }
    }
    return new MethodSpec(t.substring(0, open), params);
  }

  /** Throws when a setting is not among {@code allowed}. */
  public void checkParams(Set<String> allowed, String where) {
    for (String key : params.keySet()) {
      if (!allowed.contains(key)) {
        throw new IndexSpecException(
            allowed.isEmpty()
                ? Messages.text("index.unknownSettingNone", where, key, name)
                : Messages.text("index.unknownSetting", where, key, name, allowed));
      }
    }
  }

  /** A numeric setting, or {@code fallback} when absent. */
  public double number(String key, double fallback) {
    String v = params.get(key);
    if (v == null) {
      return fallback;
    }
    try {
      return Double.parseDouble(v.trim());
    } catch (NumberFormatException e) {
      throw new IndexSpecException(Messages.text("index.settingNotNumber", key, name, v));
    }
  }

  /** A boolean setting ({@code true/false/yes/no}), or {@code fallback} when absent. */
  public boolean flag(String key, boolean fallback) {
    String v = params.get(key);
    if (v == null) {
      return fallback;
    }
    return switch (v.trim().toLowerCase(Locale.ROOT)) {
      case "true", "yes", "1", "on" -> true;
      case "false", "no", "0", "off" -> false;
      default ->
          throw new IndexSpecException(Messages.text("index.settingNotBoolean", key, name, v));
    };
  }

  /** A text setting, or {@code fallback} when absent. */
  public String text(String key, String fallback) {
    String v = params.get(key);
    return v == null ? fallback : v.trim();
  }

  @Override
  public String toString() {
    if (params.isEmpty()) {
      return name;
    }
    StringBuilder b = new StringBuilder(name).append('(');
    String sep = "";
    for (var e : new java.util.TreeMap<>(params).entrySet()) {
      b.append(sep).append(e.getKey()).append('=').append(e.getValue());
      sep = ";";
    }
    return b.append(')').toString();
  }
}
