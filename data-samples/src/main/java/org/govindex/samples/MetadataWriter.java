package org.govindex.samples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes {@value #FILE_NAME}: it marks the drop as synthetic (ingestion accepts the built-in sample
 * pseudonymisation key only on such drops) and records the generator settings and, per data file,
 * its encoding, its data row count and the planted defects per reason code with their row numbers.
 */
final class MetadataWriter {

  public static final String FILE_NAME = "govindex-synthetic.json";
  static final String GENERATOR = "org.govindex.samples.DropGenerator/1";

  private MetadataWriter() {}

  static void write(Path drop, GeneratorSettings settings, List<GeneratedFile> files)
      throws IOException {
    StringBuilder json = new StringBuilder(4096);
    json.append("{\n");
    json.append("  \"synthetic\": true,\n");
    json.append("  \"generator\": ").append(quote(GENERATOR)).append(",\n");
    json.append("  \"scale\": ").append(quote(settings.scale().label())).append(",\n");
    json.append("  \"seed\": ").append(settings.seed()).append(",\n");
    json.append("  \"period\": ").append(settings.period()).append(",\n");
    json.append("  \"defect_rate\": ").append(settings.defectRate()).append(",\n");
    json.append("  \"planted_defects\": {");
    for (int f = 0; f < files.size(); f++) {
      GeneratedFile file = files.get(f);
      json.append(f == 0 ? "\n" : ",\n");
      json.append("    ").append(quote(file.path())).append(": {");
      json.append("\"encoding\": ").append(quote(file.format().label()));
      json.append(", \"rows\": ").append(file.rows());
      json.append(", \"defects\": {");
      appendCounts(json, file.defectRows());
      json.append("}, \"defect_rows\": {");
      appendRows(json, file.defectRows());
      json.append("}}");
    }
    json.append("\n  }\n}\n");
    Files.writeString(drop.resolve(FILE_NAME), json, StandardCharsets.UTF_8);
  }

  private static void appendCounts(StringBuilder json, Map<DefectReason, List<Integer>> rows) {
    boolean first = true;
    for (Map.Entry<DefectReason, List<Integer>> entry : rows.entrySet()) {
      json.append(first ? "" : ", ").append(quote(entry.getKey().code())).append(": ");
      json.append(entry.getValue().size());
      first = false;
    }
  }

  private static void appendRows(StringBuilder json, Map<DefectReason, List<Integer>> rows) {
    boolean first = true;
    for (Map.Entry<DefectReason, List<Integer>> entry : rows.entrySet()) {
      json.append(first ? "" : ", ").append(quote(entry.getKey().code())).append(": [");
      List<Integer> numbers = entry.getValue();
      for (int i = 0; i < numbers.size(); i++) {
        json.append(i == 0 ? "" : ", ").append(numbers.get(i));
      }
      json.append(']');
      first = false;
    }
  }

  /** A JSON string literal (paths and labels here are plain; quotes and backslashes escaped). */
  static String quote(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20) {
        sb.append("\\u00")
            .append(Character.forDigit(c >> 4, 16))
            .append(Character.forDigit(c & 15, 16));
      } else {
        sb.append(c);
      }
    }
    return sb.append('"').toString();
  }
}
