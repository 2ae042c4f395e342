package org.govindex.jobs.ingest.validation;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govindex.contract.RejectReason;
import org.govindex.contract.UnitLevel;

/**
 * The accepted registry units, and resolution of the unit references of the data files.
 *
 * <p>A reference may be {@code 名称（代码）}, {@code 名称(代码)}, the bare code or the bare name. A code must
 * be a digit string of its level's length (else {@code bad_code}, e.g. Excel's {@code 4.40104E+11})
 * and exist ({@code unknown_unit}); with both name and code the name must be the registered one. A
 * bare name resolves only when unique in its parent (or city-wide when no parent is known), else
 * {@code ambiguous_unit}. Small: broadcast to Spark tasks.
 */
public final class UnitRegistry implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Pattern NAME_AND_CODE =
      Pattern.compile("^(.*?)\\s*[（(]\\s*([^()（）]*?)\\s*[)）]$");
  private static final Pattern CODE_LIKE = Pattern.compile("^[0-9][0-9.,eE+\\-]*$");

  private final Map<UnitLevel, Map<String, Unit>> byCode = new EnumMap<>(UnitLevel.class);
  private final Map<UnitLevel, Map<String, List<Unit>>> byName = new EnumMap<>(UnitLevel.class);
  private static final int MEMO_LIMIT = 1 << 16;
  private transient volatile Map<String, Unit> memo;

  public UnitRegistry(Collection<Unit> units) {
    for (UnitLevel level : UnitLevel.values()) {
      byCode.put(level, new HashMap<>());
      byName.put(level, new HashMap<>());
    }
    for (Unit unit : units) {
      byCode.get(unit.level()).put(unit.code(), unit);
      byName.get(unit.level()).computeIfAbsent(unit.name(), k -> new ArrayList<>()).add(unit);
    }
  }

  public static UnitRegistry empty() {
    return new UnitRegistry(List.of());
  }

  /** A registry with these units added (later registry tables build on earlier ones). */
  public UnitRegistry with(Collection<Unit> more) {
    List<Unit> all = new ArrayList<>();
    byCode.values().forEach(m -> all.addAll(m.values()));
    all.addAll(more);
    return new UnitRegistry(all);
  }

  public Unit unit(UnitLevel level, String code) {
    return byCode.get(level).get(code);
  }

  public int size(UnitLevel level) {
    return byCode.get(level).size();
  }

  /**
   * Resolves a reference at one of the levels (tried in order) and returns the unit.
   *
   * @param column the header named in rejection reasons
   * @param parentCode the known parent of the unit, or null to require a city-wide unique name
   * @throws CellRejection with {@code bad_code}, {@code unknown_unit} or {@code ambiguous_unit}
   */
  public Unit resolve(String column, String text, String parentCode, UnitLevel... levels) {
    Unit registered = registeredCode(text, levels);
    if (registered != null) {
      return registered;
    }
    String key = memoKey(text, parentCode, levels);
    Map<String, Unit> memo = memo();
    Unit known = memo.get(key);
    if (known != null) {
      return known;
    }
    Unit unit = resolveText(column, text, parentCode, levels);
    if (memo.size() < MEMO_LIMIT) {
      memo.put(key, unit);
    }
    return unit;
  }

  /**
   * The unit of a bare registered code (the usual cell: a digit string of a level's length, in the
   * registry): the first of the levels at which the text is a well-formed code that exists; null
   * for any other text. {@link #resolve} tries it before anything else, {@link #byCode} before
   * saying why a code does not resolve.
   */
  private Unit registeredCode(String text, UnitLevel... levels) {
    for (UnitLevel level : levels) {
      if (isCode(text, level)) {
        Unit unit = byCode.get(level).get(text);
        if (unit != null) {
          return unit;
        }
      }
    }
    return null;
  }

  private static String memoKey(String text, String parentCode, UnitLevel... levels) {
    StringBuilder key = new StringBuilder(text == null ? 0 : text.length() + 16);
    for (UnitLevel level : levels) {
      key.append((char) ('a' + level.ordinal()));
    }
    key.append('\u0000').append(parentCode).append('\u0000').append(text);
    return key.toString();
  }

  /**
   * What reference texts other than bare registered codes resolved to: the same texts recur on
   * every row of a file, so each is resolved once (by level, parent and text). Only successful
   * resolutions are kept, at most {@link #MEMO_LIMIT}; the registry is immutable, so an entry never
   * goes stale.
   */
  private Map<String, Unit> memo() {
    Map<String, Unit> m = memo;
    if (m == null) {
      synchronized (this) {
        if (memo == null) {
          memo = new java.util.concurrent.ConcurrentHashMap<>();
        }
        m = memo;
      }
    }
    return m;
  }

  private Unit resolveText(String column, String text, String parentCode, UnitLevel... levels) {
    String value = Cells.compact(text);
    if (value.isEmpty()) {
      throw new CellRejection(RejectReason.UNKNOWN_UNIT, column + "为空");
    }
    Matcher pair = NAME_AND_CODE.matcher(value);
    if (pair.matches()) {
      Unit unit = byCode(column, pair.group(2), levels);
      String name = pair.group(1);
      if (!name.isEmpty() && !name.equals(unit.name())) {
        throw new CellRejection(
            RejectReason.UNKNOWN_UNIT,
            column
                + "：名称 "
                + Shown.value(name)
                + " 与代码 "
                + unit.code()
                + " 的登记名称「"
                + unit.name()
                + "」不符");
      }
      return unit;
    }
    if (CODE_LIKE.matcher(value).matches()) {
      return byCode(column, value, levels);
    }
    return byName(column, value, parentCode, levels);
  }

  private Unit byCode(String column, String code, UnitLevel... levels) {
    Unit unit = registeredCode(code, levels);
    if (unit != null) {
      return unit;
    }
    boolean wellFormed = false;
    for (UnitLevel level : levels) {
      wellFormed |= isCode(code, level);
    }
    if (!wellFormed) {
      throw new CellRejection(
          RejectReason.BAD_CODE,
          column
              + "："
              + Shown.value(code)
              + " 不是 "
              + Cells.codeDescription(levels[0])
              + describeOthers(levels));
    }
    throw new CellRejection(
        RejectReason.UNKNOWN_UNIT,
        column + "：代码 " + Shown.value(code) + " 不在" + labels(levels) + "名录中");
  }

  private Unit byName(String column, String name, String parentCode, UnitLevel... levels) {
    List<Unit> hits = new ArrayList<>();
    for (UnitLevel level : levels) {
      for (Unit unit : byName.get(level).getOrDefault(name, List.of())) {
        if (parentCode == null || parentCode.equals(unit.parentCode())) {
          hits.add(unit);
        }
      }
    }
    if (hits.isEmpty()) {
      throw new CellRejection(
          RejectReason.UNKNOWN_UNIT,
          column + "：名称 " + Shown.value(name) + " 不在" + labels(levels) + "名录中");
    }
    if (hits.size() > 1) {
      throw new CellRejection(
          RejectReason.AMBIGUOUS_UNIT,
          column
              + "：名称 "
              + Shown.value(name)
              + (parentCode == null ? " 在全市" : " 在 " + parentCode + " 内")
              + "对应 "
              + hits.size()
              + " 个单位，请填写代码");
    }
    return hits.get(0);
  }

  /** True when the text is a digit string of the level's code length. */
  public static boolean isCode(String text, UnitLevel level) {
    if (text == null || text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return level.codeLength() == 0 ? text.length() <= 20 : text.length() == level.codeLength();
  }

  private static String labels(UnitLevel... levels) {
    StringBuilder out = new StringBuilder();
    for (UnitLevel level : levels) {
      out.append(out.length() == 0 ? "" : "或").append(level.label());
    }
    return out.toString();
  }

  private static String describeOthers(UnitLevel... levels) {
    StringBuilder out = new StringBuilder();
    for (int i = 1; i < levels.length; i++) {
      out.append("或").append(Cells.codeDescription(levels[i]));
    }
    return out.toString();
  }
}
