package org.govindex.indicators.survey;

import java.util.Objects;
import org.govindex.contract.Messages;

/**
 * One satisfaction item of the questionnaire definition.
 *
 * @param code stable item code used in every output table
 * @param level the unit the item scores
 * @param dimension the dimension it belongs to (reporting only)
 * @param weight its weight in the subjective score S of its level (positive)
 * @param headerPattern text that the normalised column header contains
 * @param name display name
 */
public record QuestionnaireItem(
    String code,
    ItemLevel level,
    String dimension,
    double weight,
    String headerPattern,
    String name)
    implements java.io.Serializable {

  public QuestionnaireItem {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(headerPattern, "headerPattern");
    if (!(weight > 0) || Double.isInfinite(weight)) {
      throw new IllegalArgumentException(Messages.text("survey.item-weight", code, weight));
    }
  }

  /** True when this item's pattern is found in the (raw or normalised) header text. */
  public boolean matches(String header) {
    return HeaderText.contains(header, headerPattern);
  }
}
