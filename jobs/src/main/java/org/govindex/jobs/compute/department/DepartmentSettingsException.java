package org.govindex.jobs.compute.department;

/** A department rating setting is invalid; the message names the setting, value and rule. */
public class DepartmentSettingsException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public DepartmentSettingsException(String message) {
    super(message);
  }
}
