package org.govindex.indicators.yaml;

import org.govindex.contract.GovindexException;

/**
 * A YAML file that cannot be read: malformed, or a key given twice. The message is one line: {@code
 * <file> line <n>: <what is wrong>}.
 */
public final class YamlException extends GovindexException {

  private final String origin;
  private final int line;

  public YamlException(String origin, int line, String problem) {
    super(origin + (line > 0 ? " line " + line : "") + ": " + problem);
    this.origin = origin;
    this.line = line;
  }

  /** The file the document came from. */
  public String origin() {
    return origin;
  }

  /** The 1-based line at fault, or 0. */
  public int line() {
    return line;
  }
}
