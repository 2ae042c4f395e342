package org.govindex.indicators.yaml;

import org.govindex.contract.GovindexException;
import org.govindex.contract.Messages;

/**
 * A YAML file that cannot be read: malformed, or a key given twice. The message is one line: {@code
 * <file> line <n>: <what is wrong>}.
 */
public final class YamlException extends GovindexException {

  private final String origin;
  private final int line;
  private final String problem;

  public YamlException(String origin, int line, String problem) {
    super(
        line > 0
            ? Messages.text("yaml.at-line", origin, line, problem)
            : Messages.text("yaml.at", origin, problem));
    this.origin = origin;
    this.line = line;
    this.problem = problem;
  }

  /** The file the document came from. */
  public String origin() {
    return origin;
  }

  /** The 1-based line at fault, or 0. */
  public int line() {
    return line;
  }

  /** What is wrong, without the file and line. */
  public String problem() {
    return problem;
  }
}
