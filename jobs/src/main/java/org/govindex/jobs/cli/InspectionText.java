package org.govindex.jobs.cli;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.govindex.jobs.ingest.DropInspection;

/**
 * The dry run of a drop as a person reads it, in the user's language (resource bundle {@code
 * govindex/cli/inspection}): one block per file, then the verdict.
 */
final class InspectionText {

  private final ResourceBundle text;

  private InspectionText(Locale locale) {
    this.text = ResourceBundle.getBundle("govindex.cli.inspection", locale);
  }

  /** The report in the default locale's language. */
  static String of(DropInspection.Report report) {
    return new InspectionText(Locale.getDefault()).render(report);
  }

  private String render(DropInspection.Report report) {
    StringBuilder out = new StringBuilder();
    out.append(say("drop", report.drop())).append('\n');
    for (DropInspection.FileReport f : report.files()) {
      out.append('\n').append(f.file()).append('\n');
      line(
          out,
          "kind",
          f.kind() == null ? say("kind.none") : say("kind.value", f.kind(), f.profile()));
      line(out, "why", f.why());
      line(out, "encoding", f.encoding());
      if (!f.fields().isEmpty()) {
        line(
            out,
            "fields",
            f.fields().entrySet().stream()
                .map(e -> e.getKey().strip() + "→" + e.getValue())
                .collect(Collectors.joining(say("list"))));
      }
      if (!f.missing().isEmpty()) {
        line(out, "missing", join(f.missing()));
      }
      if (!f.leftOut().isEmpty()) {
        line(out, "leftOut", join(f.leftOut()));
      }
      if (!f.personalData().isEmpty()) {
        line(out, "personal", join(f.personalData()));
      }
      if (f.kind() != null) {
        line(
            out,
            "rows",
            say(
                "rows.value",
                String.valueOf(f.rowsRead()),
                String.valueOf(f.rowsAccepted()),
                String.valueOf(f.rowsRead() - f.rowsAccepted())));
        for (Map.Entry<String, DropInspection.Reason> r : f.rejected().entrySet()) {
          out.append(
                  say(
                      "label",
                      say("rejected", r.getKey()),
                      say(
                          "rejected.value",
                          String.valueOf(r.getValue().rows()),
                          r.getValue().firstRows().stream()
                              .map(String::valueOf)
                              .collect(Collectors.joining(say("list"))))))
              .append('\n');
        }
        if (!f.periods().isEmpty()) {
          line(
              out,
              "periods",
              f.periods().stream().map(String::valueOf).collect(Collectors.joining(say("list"))));
        }
      }
      if (f.problem() != null) {
        line(out, "problem", f.problem());
      }
    }
    out.append('\n');
    if (report.wouldRun()) {
      out.append(say("verdict.runs", report.drop())).append('\n');
    } else {
      out.append(say("verdict.refused", String.valueOf(report.problems().size()))).append('\n');
      report.problems().forEach(p -> out.append("  - ").append(p).append('\n'));
    }
    return out.toString();
  }

  private String say(String key, Object... arguments) {
    String pattern = text.getString(key);
    return arguments.length == 0
        ? pattern
        : new MessageFormat(pattern, Locale.ROOT).format(arguments);
  }

  private String join(List<String> headers) {
    return headers.stream().map(String::strip).collect(Collectors.joining(say("list")));
  }

  private void line(StringBuilder out, String label, String value) {
    out.append(say("label", say(label), value)).append('\n');
  }
}
