package org.govindex.jobs.ingest.validation;

import org.govindex.contract.RejectReason;

/**
 * A cell or row that fails a rule: the reason code of the input contract and a short sentence
 * naming the column and rule. Control flow inside row validation, so it carries no stack trace.
 *
 * <p>A validator may attach the values it could still read ({@link #withSalvaged}), in its schema
 * order with nulls elsewhere; they are kept on the rejected row (never written to the dataset of
 * accepted rows).
 */
public final class CellRejection extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private final String code;
  private final Object[] salvaged;

  public CellRejection(RejectReason reason, String text) {
    this(reason.code(), text, null);
  }

  private CellRejection(String code, String reason, Object[] salvaged) {
    super(reason, null, false, false);
    this.code = code;
    this.salvaged = salvaged;
  }

  /** The same rejection carrying the row values still readable (schema order, nulls elsewhere). */
  public CellRejection withSalvaged(Object[] values) {
    return new CellRejection(code, getMessage(), values);
  }

  public String code() {
    return code;
  }

  public String reason() {
    return getMessage();
  }

  /** The salvaged values, or null. */
  public Object[] salvaged() {
    return salvaged;
  }
}
