package org.govindex.jobs.config;

import java.util.LinkedHashMap;
import java.util.Map;
import org.govindex.indicators.appraisal.AppraisalConfiguration;
import org.govindex.indicators.innovation.AwardSettings;
import org.govindex.indicators.innovation.InnovationFramework;
import org.govindex.indicators.survey.Questionnaire;

/**
 * The analyst-edited framework files of a run, parsed and checked.
 *
 * @param questionnaire the questionnaire definition
 * @param appraisal the appraisal catalogue and policy (floors checked at parse)
 * @param innovation the innovation index framework and recipe
 * @param awards the 以奖代补 settings
 * @param texts the text of every file by its setting name ({@code questionnaire}, {@code
 *     appraisalCatalogue}, ...), in a fixed order; hashed into the run's {@code config_sha256}
 */
public record FrameworkFiles(
    Questionnaire questionnaire,
    AppraisalConfiguration appraisal,
    InnovationFramework innovation,
    AwardSettings awards,
    Map<String, String> texts) {

  public FrameworkFiles {
    texts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(texts));
  }
}
