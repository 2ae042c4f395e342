package org.govindex.jobs.ingest;

import java.util.Objects;
import org.govindex.indicators.survey.Questionnaire;
import org.govindex.jobs.ingest.privacy.Pseudonymizer;

/**
 * What ingestion needs besides the drop: the questionnaire definition that maps survey headers to
 * items, and the keyed hash that pseudonymises personal data.
 */
public record IngestionSettings(Questionnaire questionnaire, Pseudonymizer pseudonymizer) {

  public IngestionSettings {
    Objects.requireNonNull(questionnaire, "questionnaire");
    Objects.requireNonNull(pseudonymizer, "pseudonymizer");
  }
}
