package org.govindex.indicators.department;

import org.govindex.contract.Messages;
import org.govindex.indicators.appraisal.AppraisalConfigException;

/**
 * A department rating setting is invalid; the message names the setting, value and rule. The
 * settings come from the appraisal policy (its {@code department_rating} and {@code
 * subjective_weight.department}) and the run's period, so the origin is the department rating
 * settings as a whole, named in the user's language ({@code department.settings.origin}).
 */
public class DepartmentSettingsException extends AppraisalConfigException {

  public DepartmentSettingsException(String problem) {
    super(Messages.text("department.settings.origin"), 0, problem);
  }
}
