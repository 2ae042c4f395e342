package org.govindex.reports.publication;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the configuration says about the published report itself: who issues it, its title and date
 * on the cover, and the policy documents that goalpost sources refer to.
 *
 * @param issuer the issuing body printed on the cover, e.g. {@code 市社会建设委员会}
 * @param title the report title; null or blank = {@link AnnualReport#title(String)} of the period
 * @param date the date on the cover, ISO {@code YYYY-MM-DD}; null or blank = the run date
 * @param policyDocuments keyword of a goalpost source note (e.g. {@code Nanjing}) → the title of
 *     the policy document a reader would cite, in insertion order
 */
public record ReportSettings(
    String issuer, String title, String date, Map<String, String> policyDocuments) {

  /** No issuer, the default title and the run date, no policy documents. */
  public static final ReportSettings NONE = new ReportSettings(null, null, null, Map.of());

  public ReportSettings {
    policyDocuments =
        policyDocuments == null
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(policyDocuments));
  }

  /** The title of the report of {@code period}. */
  String titleFor(String period) {
    return title == null || title.isBlank() ? AnnualReport.title(period) : title.strip();
  }

  /** The cover date in Chinese, e.g. {@code 2026年12月2日}; the text as given when not ISO. */
  String dateFor(String runDate) {
    String iso = date == null || date.isBlank() ? runDate : date.strip();
    try {
      LocalDate day = LocalDate.parse(iso);
      return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    } catch (DateTimeParseException e) {
      return iso;
    }
  }
}
