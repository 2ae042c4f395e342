package org.govindex.reports.publication;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.govindex.contract.Flag;
import org.govindex.contract.RejectReason;
import org.govindex.reports.testing.PdfInspection;

/** What a reader sees in the extracted text of a PDF, for the checks of the report's wording. */
final class ReportText {

  private static final Pattern FOOTER = Pattern.compile("\\s*第 \\d+ 页 / 共 \\d+ 页\\s*");

  /** Codes and units that may stand in Latin letters; everything else must be Chinese. */
  private static final List<Pattern> ALLOWED =
      List.of(
          Pattern.compile("[\\w./-]+\\.(csv|xlsx|json)"), // input file names
          Pattern.compile("\\b[a-z][a-z0-9]*(_[a-z0-9]+)+\\b"), // snake_case codes
          Pattern.compile("\\b[A-Z]+\\d+\\b"), // project codes such as XM202600018
          Pattern.compile("\\b[A-Z][A-Z0-9_]*_[A-Z0-9_]+\\b"), // item codes such as C_SAFETY
          Pattern.compile("\\b\\d+\\.\\d+\\.\\d+(-[A-Za-z0-9.]+)?"), // the program version
          Pattern.compile("Cronbach α"), // the name of the measure
          Pattern.compile("\\bIP\\b"));

  private static final Pattern WORD = Pattern.compile("[A-Za-z]{2,}");

  private ReportText() {}

  /**
   * The body lines of a section: from the page whose body has a line {@code title} up to the page
   * of {@code next} (or the end), without running headers and footers.
   */
  static List<String> section(PDDocument document, String title, String next) throws IOException {
    List<String> pages = PdfInspection.pageTexts(document);
    int from = start(pages, title);
    int to = next == null ? pages.size() : start(pages, next);
    if (from < 0 || to < from) {
      throw new AssertionError("no section " + title);
    }
    List<String> lines = new ArrayList<>();
    for (int page = from; page < to; page++) {
      String[] pageLines = pages.get(page).split("\\R");
      // the last two lines of a page are its running header and footer
      for (String line : pageLines) {
        if (!FOOTER.matcher(line).matches() && !line.contains("指数报告 ")) {
          lines.add(line);
        }
      }
    }
    return lines;
  }

  private static int start(List<String> pages, String title) {
    for (int page = 0; page < pages.size(); page++) {
      for (String line : pages.get(page).split("\\R")) {
        if (line.strip().equals(title)) {
          return page;
        }
      }
    }
    return -1;
  }

  /** The lines joined without any white space. */
  static String joined(List<String> lines) {
    return String.join("", lines).replaceAll("\\s+", "");
  }

  /** Latin words of two or more letters that are not codes, file names or known symbols. */
  static List<String> englishWords(String text) {
    String rest = text;
    for (Pattern allowed : ALLOWED) {
      rest = allowed.matcher(rest).replaceAll(" ");
    }
    for (RejectReason reason : RejectReason.values()) {
      rest = rest.replaceAll("\\b" + Pattern.quote(reason.code()) + "\\b", " ");
    }
    for (Flag flag : Flag.values()) {
      rest = rest.replaceAll("\\b" + Pattern.quote(flag.code()) + "\\b", " ");
    }
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(rest);
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }

  /**
   * Wrapped paragraph lines (both longer than 15 characters, so not table cells or chart labels)
   * where a number runs on from the end of one line to the start of the next.
   */
  static List<String> brokenNumbers(List<String> lines) {
    List<String> broken = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      String before = lines.get(i - 1).stripTrailing();
      String after = lines.get(i).stripLeading();
      if (before.length() > 15
          && after.length() > 15
          && before.matches(".*[0-9][.,]?")
          && after.matches("[0-9%.,‒–].*")) {
        broken.add(before + " ⏎ " + after);
      }
    }
    return broken;
  }

  /** Lines that start with closing punctuation or a closing bracket. */
  static List<String> closingAtLineStart(List<String> lines) {
    return lines.stream()
        .filter(l -> l.stripLeading().matches("[)\\]}）》」』】”’，。、；：？！%,.;:?!].*"))
        .toList();
  }
}
