package org.govindex.indicators.appraisal;

import org.govindex.contract.Messages;

/**
 * A configuration file of the appraisal (catalogue or policy) that cannot be used. The message is
 * one line: {@code <file> line <n>: <what is wrong, naming the column or key and the value>}.
 */
public class AppraisalConfigException extends org.govindex.contract.GovindexException {

  private final String origin;
  private final int line;

  public AppraisalConfigException(String origin, int line, String problem) {
    super(
        line > 0
            ? Messages.text("appraisal.config.at-line", origin, line, problem)
            : Messages.text("appraisal.config.at", origin, problem));
    this.origin = origin;
    this.line = line;
  }

  /** The file (or other source) the configuration came from. */
  public String origin() {
    return origin;
  }

  /** The 1-based line at fault, or 0 when the problem concerns the file as a whole. */
  public int line() {
    return line;
  }
}
