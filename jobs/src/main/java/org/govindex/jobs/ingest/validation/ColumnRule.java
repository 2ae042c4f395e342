package org.govindex.jobs.ingest.validation;

import org.govindex.indicators.survey.HeaderText;

/**
 * How a column is found by its header: the normalised header equals the text (falling back to the
 * one header that contains it), or contains the text.
 *
 * @param key canonical name of the column in the ingestion code
 * @param text header text of the input contract
 * @param contains true to match headers containing the text (survey questions), false for equality
 * @param required a file without the column is refused
 */
public record ColumnRule(String key, String text, boolean contains, boolean required)
    implements java.io.Serializable {

  public static ColumnRule equal(String key, String text) {
    return new ColumnRule(key, text, false, true);
  }

  public static ColumnRule optionalEqual(String key, String text) {
    return new ColumnRule(key, text, false, false);
  }

  public static ColumnRule containing(String key, String text) {
    return new ColumnRule(key, text, true, true);
  }

  public static ColumnRule optionalContaining(String key, String text) {
    return new ColumnRule(key, text, true, false);
  }

  public String normalisedText() {
    return HeaderText.normalise(text);
  }
}
