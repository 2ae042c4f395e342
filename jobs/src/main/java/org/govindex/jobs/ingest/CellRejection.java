package org.govindex.jobs.ingest;

/**
 * A cell or row that fails a rule: the reason code of the datasets contract and a short sentence
 * naming the column and rule. Control flow inside row validation, so it carries no stack trace.
 */
final class CellRejection extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private final String code;

  CellRejection(String code, String reason) {
    super(reason, null, false, false);
    this.code = code;
  }

  String code() {
    return code;
  }

  String reason() {
    return getMessage();
  }
}
