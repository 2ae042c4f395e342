package org.govindex.samples;

/**
 * Layout variant of one survey export file: how question headers are numbered and decorated (the
 * header variants the input contract requires readers to normalise), whether 来源详情 is present, and
 * how the CSV is written.
 *
 * @param numberSeparator separator after the question number: {@code 、}, {@code .} or {@code ：}
 * @param padHeaders surround question headers with spaces (ASCII and full-width)
 * @param questionSuffix text after every question, e.g. a full-width {@code ？}
 * @param choiceSuffix text after single-choice questions, e.g. {@code （单选题）}
 * @param share share of the wave's responses in this file
 */
record SurveyFileSpec(
    String suffix,
    FileFormat format,
    String numberSeparator,
    boolean padHeaders,
    String questionSuffix,
    String choiceSuffix,
    boolean sourceDetail,
    boolean quoteAll,
    boolean crlf,
    double share) {

  /** Largest XLSX survey file, to keep workbooks small at city and province scale. */
  static final int XLSX_MAX_ROWS = 10_000;

  String fileName(String kind, int period) {
    return "surveys/" + kind + "_" + period + "_" + suffix + "." + format.extension();
  }

  /** The header of question {@code number}. */
  String question(int number, String text, boolean singleChoice) {
    String core =
        number + numberSeparator + text + (singleChoice ? choiceSuffix : "") + questionSuffix;
    if (!padHeaders) {
      return core;
    }
    return (number % 2 == 0 ? " " : "\u3000") + core + " ";
  }

  /** Splits {@code total} rows over the files by share, XLSX files capped, excess to the first. */
  static int[] split(SurveyFileSpec[] specs, int total) {
    double[] shares = new double[specs.length];
    for (int i = 0; i < specs.length; i++) {
      shares[i] = specs[i].share();
    }
    int[] counts = Allocation.proportional(total, shares, 0);
    for (int i = 1; i < specs.length; i++) {
      if (specs[i].format() == FileFormat.XLSX && counts[i] > XLSX_MAX_ROWS) {
        counts[0] += counts[i] - XLSX_MAX_ROWS;
        counts[i] = XLSX_MAX_ROWS;
      }
    }
    return counts;
  }
}
