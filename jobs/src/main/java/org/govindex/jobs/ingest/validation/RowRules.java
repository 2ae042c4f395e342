package org.govindex.jobs.ingest.validation;

import java.util.List;
import java.util.Map;
import org.govindex.contract.ConsistencyRules;
import org.govindex.contract.RejectReason;
import org.govindex.contract.TableSpec;

/**
 * Checks the contract's consistency rules ({@link ConsistencyRules}) on one typed row: the first
 * broken rule rejects the row with {@code inconsistent} and a reason naming both columns by their
 * Chinese titles. A rule whose columns are not both filled does not apply.
 */
final class RowRules {

  private RowRules() {}

  /** Throws a {@link CellRejection} for the first rule of the dataset that the row breaks. */
  static void check(TableSpec spec, Map<String, Object> values) {
    List<ConsistencyRules.Rule> rules = ConsistencyRules.of(spec.name());
    for (ConsistencyRules.Rule rule : rules) {
      String broken = broken(spec, rule, values);
      if (broken != null) {
        throw new CellRejection(RejectReason.INCONSISTENT, broken);
      }
    }
  }

  /** The reason when the row breaks the rule, else null. */
  private static String broken(
      TableSpec spec, ConsistencyRules.Rule rule, Map<String, Object> values) {
    if (rule instanceof ConsistencyRules.NotBefore r) {
      Object later = values.get(r.later());
      Object earlier = values.get(r.earlier());
      return later instanceof java.util.Date l && earlier instanceof java.util.Date e && l.before(e)
          ? title(spec, r.later()) + " 早于 " + title(spec, r.earlier())
          : null;
    }
    if (rule instanceof ConsistencyRules.AtMost r) {
      Object part = values.get(r.part());
      Object whole = values.get(r.whole());
      return part instanceof Number p
              && whole instanceof Number w
              && p.doubleValue() > w.doubleValue()
          ? title(spec, r.part())
              + " "
              + plain(p)
              + " 大于 "
              + title(spec, r.whole())
              + " "
              + plain(w)
          : null;
    }
    ConsistencyRules.Within r = (ConsistencyRules.Within) rule;
    Object value = values.get(r.column());
    return value instanceof Number v && !(v.doubleValue() >= r.min() && v.doubleValue() <= r.max())
        ? title(spec, r.column()) + " " + plain(v) + " 超出 " + plain(r.min()) + "–" + plain(r.max())
        : null;
  }

  private static String title(TableSpec spec, String column) {
    return spec.column(column).title();
  }

  private static String plain(Number n) {
    double d = n.doubleValue();
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
  }
}
