package org.govindex.indicators.survey;

import org.govindex.contract.Messages;

/** The unit a questionnaire item scores: the respondent's community or the respondent's street. */
public enum ItemLevel {
  COMMUNITY,
  STREET;

  /** Parses {@code community} or {@code street}, case-insensitive. */
  public static ItemLevel parse(String text) {
    return switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
      case "community" -> COMMUNITY;
      case "street" -> STREET;
      default -> throw new IllegalArgumentException(Messages.text("survey.item-level", text));
    };
  }

  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
