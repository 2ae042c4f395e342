package org.govindex.jobs.config;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The run configuration: the embedded defaults ({@code govindex/defaults.yaml}) overlaid by the
 * user's {@code --config FILE}. Every value here is recorded (hashed) in the run manifest.
 *
 * @param spark Spark settings ({@code spark.*} keys), e.g. {@code spark.master}
 * @param pseudonymisation where the pseudonymisation key comes from
 * @param jobRepository the Spring Batch job repository database
 * @param questionnaire path of the questionnaire definition CSV, or {@code classpath:...}
 * @param appraisal appraisal settings of methodology §1 and §3
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record GovindexSettings(
    @JsonProperty("spark") Map<String, String> spark,
    @JsonProperty("pseudonymisation") Pseudonymisation pseudonymisation,
    @JsonProperty("jobRepository") JobRepository jobRepository,
    @JsonProperty("questionnaire") String questionnaire,
    @JsonProperty("appraisal") Appraisal appraisal) {

  public GovindexSettings {
    spark = spark == null ? Map.of() : Map.copyOf(new LinkedHashMap<>(spark));
    pseudonymisation = pseudonymisation == null ? new Pseudonymisation(null) : pseudonymisation;
    jobRepository = jobRepository == null ? new JobRepository(null, null, null) : jobRepository;
  }

  /**
   * Key of the keyed hash (HMAC-SHA256) that pseudonymises personal data. Absent: the environment
   * variable {@code GOVINDEX_PSEUDONYM_KEY}; the built-in sample key only for synthetic drops.
   */
  public record Pseudonymisation(@JsonProperty("key") String key) {
    @Override
    public String toString() {
      return "Pseudonymisation[key=" + (key == null ? "unset" : "***") + "]";
    }
  }

  /**
   * The job repository. Absent url: an embedded H2 file database under {@code OUT/.jobrepo/}.
   * Production: a PostgreSQL URL such as {@code jdbc:postgresql://dbhost:5432/govindex}.
   */
  public record JobRepository(
      @JsonProperty("url") String url,
      @JsonProperty("username") String username,
      @JsonProperty("password") String password) {
    @Override
    public String toString() {
      return "JobRepository[url=" + url + ", username=" + username + "]";
    }
  }

  /** Appraisal settings (methodology §1, §3). */
  public record Appraisal(
      @JsonProperty("minSampleCommunity") int minSampleCommunity,
      @JsonProperty("minSampleStreet") int minSampleStreet,
      @JsonProperty("bootstrapResamples") int bootstrapResamples,
      @JsonProperty("bootstrapSeed") long bootstrapSeed,
      @JsonProperty("communitySubjectiveWeight") double communitySubjectiveWeight,
      @JsonProperty("streetSubjectiveWeight") double streetSubjectiveWeight) {}
}
