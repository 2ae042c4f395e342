package org.govindex.jobs.ingest;

import java.util.List;
import java.util.Objects;
import org.govindex.indicators.survey.Questionnaire;
import org.govindex.jobs.ingest.privacy.Pseudonymizer;
import org.govindex.jobs.ingest.source.SourceProfile;

/**
 * What ingestion needs besides the drop: the questionnaire definition that maps survey headers to
 * items, the keyed hash that pseudonymises personal data, and the source profiles that say how each
 * source system writes its files.
 */
public record IngestionSettings(
    Questionnaire questionnaire, Pseudonymizer pseudonymizer, List<SourceProfile> profiles) {

  public IngestionSettings {
    Objects.requireNonNull(questionnaire, "questionnaire");
    Objects.requireNonNull(pseudonymizer, "pseudonymizer");
    profiles = List.copyOf(profiles);
  }

  /** The recogniser of this run's files. */
  public FileRecognizer recognizer() {
    return new FileRecognizer(questionnaire, profiles);
  }
}
