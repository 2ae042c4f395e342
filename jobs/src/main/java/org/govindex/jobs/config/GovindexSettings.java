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
 * @param framework where the analyst-edited framework files are (questionnaire, catalogue, policy,
 *     innovation framework, awards)
 * @param appraisal run settings of the appraisal that are not policy (bootstrap)
 * @param innovation run settings of the innovation index
 * @param surveyQuality thresholds of the survey-quality flags
 * @param report the published report's cover (issuer, title, date) and the policy documents its
 *     methodology appendix cites
 * @param sources the source profiles ({@code classpath:...} or paths), tried in this order when a
 *     drop's files are recognised
 * @param limits the bounds of a run (the longest a step may take)
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record GovindexSettings(
    @JsonProperty("spark") Map<String, String> spark,
    @JsonProperty("pseudonymisation") Pseudonymisation pseudonymisation,
    @JsonProperty("jobRepository") JobRepository jobRepository,
    @JsonProperty("framework") Framework framework,
    @JsonProperty("appraisal") Appraisal appraisal,
    @JsonProperty("innovation") Innovation innovation,
    @JsonProperty("surveyQuality") SurveyQuality surveyQuality,
    @JsonProperty("report") Report report,
    @JsonProperty("sources") java.util.List<String> sources,
    @JsonProperty("limits") Limits limits) {

  public GovindexSettings {
    spark = spark == null ? Map.of() : Map.copyOf(new LinkedHashMap<>(spark));
    pseudonymisation = pseudonymisation == null ? new Pseudonymisation(null) : pseudonymisation;
    jobRepository = jobRepository == null ? new JobRepository(null, null, null) : jobRepository;
    innovation = innovation == null ? new Innovation(null) : innovation;
    report = report == null ? new Report(null, null, null, null) : report;
    sources = sources == null ? java.util.List.of() : java.util.List.copyOf(sources);
    limits = limits == null ? new Limits(null) : limits;
  }

  /**
   * The bounds of a run. A step that runs longer than {@code stepSeconds} ends the run with one
   * line naming the step and the limit (exit status 1); the same command then restarts it at that
   * step, as after any crash. Memory is bounded by the JVM's heap, which the launcher sizes from
   * the machine ({@code GOVINDEX_JAVA_OPTS} overrides it).
   *
   * @param stepSeconds the longest a step may take, in seconds; null = {@link
   *     #DEFAULT_STEP_SECONDS}
   */
  public record Limits(@JsonProperty("stepSeconds") Integer stepSeconds) {

    /** Two hours: far above any step at city scale (about a minute on two cores). */
    public static final int DEFAULT_STEP_SECONDS = 7200;

    public Limits {
      stepSeconds = stepSeconds == null ? DEFAULT_STEP_SECONDS : stepSeconds;
    }
  }

  /**
   * Survey-quality checks (issue 4): a unit is flagged when a share exceeds its threshold; see
   * {@code SurveyQualitySettings} for the definitions.
   *
   * @param burstWindowMinutes window of a burst of submissions from one IP address
   * @param burstMinResponses fewest responses from one IP within the window that make a burst
   * @param straightlineMinItems fewest scored items for a response to count as straight-lining
   * @param speederShare flag above this share of speeders
   * @param duplicateShare flag above this share of duplicate phones
   * @param straightlinerShare flag above this share of straight-liners
   * @param burstShare flag above this share of responses in bursts
   * @param dontKnowShare flag above this share of 不了解 answers
   */
  public record SurveyQuality(
      @JsonProperty("burstWindowMinutes") int burstWindowMinutes,
      @JsonProperty("burstMinResponses") int burstMinResponses,
      @JsonProperty("straightlineMinItems") int straightlineMinItems,
      @JsonProperty("speederShare") double speederShare,
      @JsonProperty("duplicateShare") double duplicateShare,
      @JsonProperty("straightlinerShare") double straightlinerShare,
      @JsonProperty("burstShare") double burstShare,
      @JsonProperty("dontKnowShare") double dontKnowShare) {

    /** The checked settings of the survey-quality computation for a period. */
    public org.govindex.indicators.quality.SurveyQualitySettings toSettings(String period) {
      return new org.govindex.indicators.quality.SurveyQualitySettings(
          period,
          burstWindowMinutes,
          burstMinResponses,
          straightlineMinItems,
          speederShare,
          duplicateShare,
          straightlinerShare,
          burstShare,
          dontKnowShare);
    }
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

  /**
   * Locations of the framework files an analyst edits: {@code classpath:...} for the bundled
   * defaults, else a path (relative paths are resolved against the folder of the {@code --config}
   * file). {@code ./govindex validate --write-defaults DIR} writes editable copies.
   *
   * @param questionnaire questionnaire definition CSV (item code, header pattern, dimension,
   *     weight)
   * @param appraisalCatalogue appraisal indicator catalogue CSV (goalposts, weights per level)
   * @param appraisalPolicy appraisal policy YAML (subjective weights, grades, minimum samples,
   *     quota, department rating)
   * @param innovationMeta innovation index framework (COINr-style META CSV)
   * @param innovationRecipe innovation index recipe YAML (engine steps, uncertainty design)
   * @param innovationAwards 以奖代补 settings YAML
   */
  public record Framework(
      @JsonProperty("questionnaire") String questionnaire,
      @JsonProperty("appraisalCatalogue") String appraisalCatalogue,
      @JsonProperty("appraisalPolicy") String appraisalPolicy,
      @JsonProperty("innovationMeta") String innovationMeta,
      @JsonProperty("innovationRecipe") String innovationRecipe,
      @JsonProperty("innovationAwards") String innovationAwards) {

    /** The file name of each framework file by its setting name, in reading order. */
    public static final java.util.Map<String, String> FILE_NAMES = fileNames();

    /** The location of each framework file by its setting name, in {@link #FILE_NAMES} order. */
    public java.util.Map<String, String> locations() {
      java.util.Map<String, String> where = new LinkedHashMap<>();
      where.put("questionnaire", questionnaire);
      where.put("appraisalCatalogue", appraisalCatalogue);
      where.put("appraisalPolicy", appraisalPolicy);
      where.put("innovationMeta", innovationMeta);
      where.put("innovationRecipe", innovationRecipe);
      where.put("innovationAwards", innovationAwards);
      return java.util.Collections.unmodifiableMap(where);
    }

    private static java.util.Map<String, String> fileNames() {
      java.util.Map<String, String> names = new LinkedHashMap<>();
      names.put("questionnaire", "questionnaire.csv");
      names.put("appraisalCatalogue", "appraisal-catalogue.csv");
      names.put("appraisalPolicy", "appraisal.yaml");
      names.put("innovationMeta", "innovation-meta.csv");
      names.put("innovationRecipe", "innovation-recipe.yaml");
      names.put("innovationAwards", "innovation-awards.yaml");
      return java.util.Collections.unmodifiableMap(names);
    }
  }

  /**
   * Run settings of the appraisal (methodology §1): the percentile bootstrap of S.
   *
   * @param bootstrapResamples resamples of the 95% interval of S (methodology default 1000)
   * @param bootstrapSeed seed of the bootstrap, so runs are reproducible
   */
  public record Appraisal(
      @JsonProperty("bootstrapResamples") int bootstrapResamples,
      @JsonProperty("bootstrapSeed") long bootstrapSeed) {}

  /**
   * Run settings of the innovation index.
   *
   * @param baseYear year whose development index is 100; null = the earliest year of the facts
   */
  public record Innovation(@JsonProperty("baseYear") Integer baseYear) {}

  /**
   * The published report's own settings.
   *
   * @param issuer the issuing body on the cover, e.g. 市社会建设委员会
   * @param title the report title; null = 「YYYY年度城乡社区治理和服务考评与创新指数报告」
   * @param date the cover date (YYYY-MM-DD); null = the run date
   * @param policyDocuments keyword of a goalpost source note (as written in the framework files,
   *     e.g. Nanjing) → title of the policy document, as the methodology appendix cites it
   */
  public record Report(
      @JsonProperty("issuer") String issuer,
      @JsonProperty("title") String title,
      @JsonProperty("date") String date,
      @JsonProperty("policyDocuments") Map<String, String> policyDocuments) {

    public Report {
      policyDocuments =
          policyDocuments == null
              ? Map.of()
              : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(policyDocuments));
    }
  }
}
