package org.govindex.indicators.index;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.govindex.indicators.index.data.UnitTable;
import org.govindex.indicators.index.data.UnitTableParser;
import org.govindex.indicators.index.framework.Framework;
import org.govindex.indicators.index.framework.FrameworkParser;
import org.govindex.indicators.index.recipe.Recipe;
import org.govindex.indicators.index.recipe.RecipeParser;

/** Loads the shared ASEM reference data and the shipped recipes; skips when absent. */
public final class AsemFixtures {

  private AsemFixtures() {}

  public static Path asemDir() {
    Path shared = Path.of(System.getProperty("user.dir")).getParent().resolveSibling("shared");
    Path dir = shared.resolve("reference").resolve("asem");
    assumeTrue(Files.isDirectory(dir), "shared reference data absent: " + dir);
    return dir;
  }

  public static Framework framework() throws IOException {
    try (Reader r = Files.newBufferedReader(asemDir().resolve("ASEM_iMeta.csv"))) {
      return FrameworkParser.parse(r, "ASEM_iMeta.csv");
    }
  }

  public static UnitTable data() throws IOException {
    try (Reader r = Files.newBufferedReader(asemDir().resolve("ASEM_iData.csv"))) {
      return UnitTableParser.parse(r, "ASEM_iData.csv");
    }
  }

  public static Recipe recipe(String file) throws IOException {
    Path p = Path.of(System.getProperty("user.dir")).resolve("examples/asem").resolve(file);
    try (Reader r = Files.newBufferedReader(p)) {
      return RecipeParser.parse(r, file);
    }
  }

  /** Expected aggregates: unit code → (aggregate code → value). */
  public static Map<String, Map<String, Double>> expected(String file) throws IOException {
    Map<String, Map<String, Double>> out = new LinkedHashMap<>();
    try (Reader r = Files.newBufferedReader(asemDir().resolve(file));
        CSVParser csv =
            CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
      List<String> headers = csv.getHeaderNames();
      for (CSVRecord rec : csv) {
        Map<String, Double> row = new HashMap<>();
        for (String h : headers.subList(1, headers.size())) {
          row.put(h, Double.parseDouble(rec.get(h)));
        }
        out.put(rec.get(0), row);
      }
    }
    return out;
  }
}
