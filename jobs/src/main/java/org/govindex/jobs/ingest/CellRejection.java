package org.govindex.jobs.ingest;

/**
 * A cell or row that fails a rule: the reason code of the datasets contract and a short sentence
 * naming the column and rule. Control flow inside row validation, so it carries no stack trace.
 *
 * <p>A validator may attach the values it could still read ({@link #withSalvaged}), in its schema
 * order with nulls elsewhere; {@link Validation} then keeps them on the rejected row (never written
 * to the dataset of accepted rows).
 */
final class CellRejection extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private final String code;
  private final Object[] salvaged;

  CellRejection(String code, String reason) {
    this(code, reason, null);
  }

  private CellRejection(String code, String reason, Object[] salvaged) {
    super(reason, null, false, false);
    this.code = code;
    this.salvaged = salvaged;
  }

  /** The same rejection carrying the row values still readable (schema order, nulls elsewhere). */
  CellRejection withSalvaged(Object[] values) {
    return new CellRejection(code, getMessage(), values);
  }

  String code() {
    return code;
  }

  String reason() {
    return getMessage();
  }

  /** The salvaged values, or null. */
  Object[] salvaged() {
    return salvaged;
  }
}
