package org.govindex.indicators.appraisal;

/**
 * A configuration that breaks a policy rule fixed in code (see {@link PolicyRules}); such a
 * configuration is refused, never adjusted. The message names the rule, the level, the configured
 * value and the limit.
 */
public final class PolicyViolationException extends AppraisalConfigException {

  private final String rule;
  private final String level;
  private final double value;
  private final double limit;

  /**
   * {@code message} is the whole sentence, already taken from the bundle by {@link PolicyRules}.
   */
  public PolicyViolationException(
      String origin,
      int line,
      String rule,
      String level,
      double value,
      double limit,
      String message) {
    super(origin, line, message);
    this.rule = rule;
    this.level = level;
    this.value = value;
    this.limit = limit;
  }

  public String rule() {
    return rule;
  }

  public String level() {
    return level;
  }

  public double value() {
    return value;
  }

  /** The floor (subjective weights) or the required value (0 for central-street economics). */
  public double limit() {
    return limit;
  }
}
