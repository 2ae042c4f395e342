package org.govindex.indicators.department;

import org.govindex.indicators.appraisal.AppraisalConfigException;

/**
 * A department rating setting is invalid; the message names the setting, value and rule. The
 * settings come from the appraisal policy (its {@code department_rating} and {@code
 * subjective_weight.department}) and the run's period, so the origin is {@value #ORIGIN}.
 */
public class DepartmentSettingsException extends AppraisalConfigException {

  /** The origin named in the message. */
  public static final String ORIGIN = "department rating settings";

  public DepartmentSettingsException(String problem) {
    super(ORIGIN, 0, problem);
  }
}
