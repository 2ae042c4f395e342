package org.govindex.indicators.appraisal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.govindex.contract.Messages;

/**
 * The analyst-editable appraisal configuration: the indicator catalogue and the policy settings.
 * The defaults ship as the classpath resources {@value #CATALOGUE_RESOURCE} and {@value
 * #POLICY_RESOURCE}.
 */
public record AppraisalConfiguration(AppraisalCatalogue catalogue, AppraisalPolicy policy) {

  public static final String CATALOGUE_RESOURCE = "govindex/config/appraisal-catalogue.csv";
  public static final String POLICY_RESOURCE = "govindex/config/appraisal.yaml";

  public AppraisalConfiguration {
    Objects.requireNonNull(catalogue, "catalogue");
    Objects.requireNonNull(policy, "policy");
  }

  /** Parses both files; the origins name them in error messages. */
  public static AppraisalConfiguration parse(
      Reader catalogueCsv, String catalogueOrigin, Reader policyYaml, String policyOrigin) {
    return new AppraisalConfiguration(
        AppraisalCatalogue.parse(catalogueCsv, catalogueOrigin),
        AppraisalPolicy.parse(policyYaml, policyOrigin));
  }

  /** The default configuration bundled on the classpath. */
  public static AppraisalConfiguration bundledDefaults() {
    try (Reader catalogue = resource(CATALOGUE_RESOURCE);
        Reader policy = resource(POLICY_RESOURCE)) {
      return parse(catalogue, CATALOGUE_RESOURCE, policy, POLICY_RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(
          Messages.text("appraisal.configuration.bundled-unreadable"), e);
    }
  }

  private static Reader resource(String name) {
    InputStream in = AppraisalConfiguration.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException(
          Messages.text("appraisal.configuration.resource-missing", name));
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }
}
