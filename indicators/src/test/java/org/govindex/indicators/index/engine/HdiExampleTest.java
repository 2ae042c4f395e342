package org.govindex.indicators.index.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
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
import org.junit.jupiter.api.Test;

/**
 * The UN Human Development Index 2022 of indicators/examples/hdi (sources in its README): every
 * dimension index and the HDI within 1e-9 of the technical note's formulas computed here from the
 * published components, and equal to the published HDI (HDR 2023/2024) to three decimals.
 */
class HdiExampleTest {

  private static final Path DIR = Path.of(System.getProperty("user.dir"), "examples", "hdi");

  @Test
  void givenNormalisedValuesKnownAlreadyWhenScoredThenTheyAreUsedAndTheOthersNormalisedHere()
      throws IOException {
    // given the HDI plan, its prepared data and the normalised values of its indicators
    IndexPlan plan;
    try (Reader m = Files.newBufferedReader(DIR.resolve("meta.csv"));
        Reader d = Files.newBufferedReader(DIR.resolve("data.csv"));
        Reader r = Files.newBufferedReader(DIR.resolve("recipe.yaml"))) {
      plan =
          IndexPlan.compile(
              FrameworkParser.parse(m, "meta.csv"),
              UnitTableParser.parse(d, "data.csv"),
              RecipeParser.parse(r, "recipe.yaml"));
    }
    PreparedData data = plan.prepare();
    double[] weights = plan.nominalWeights();
    double[][] normalised = plan.normalise(data);
    double[][] plain = plan.score(data, weights);

    // when scored with all of them known, with none known, and with the first one replaced
    double[][] known = plan.score(data, weights, normalised);
    double[][] none = plan.score(data, weights, new double[normalised.length][]);
    double[][] replaced = normalised.clone();
    replaced[0] = new double[normalised[0].length];
    java.util.Arrays.fill(replaced[0], 0.5); // every unit 0.5 on the first indicator
    double[][] withHalf = plan.score(data, weights, replaced);

    // then the known values give the same scores as normalising here, to the last bit, and a
    // given column is the one used
    for (int node = 0; node < plain.length; node++) {
      assertThat(known[node]).containsExactly(plain[node]);
      assertThat(none[node]).containsExactly(plain[node]);
    }
    assertThat(withHalf[0]).isEqualTo(replaced[0]); // scores hold the normalised indicators
    assertThat(java.util.Arrays.deepEquals(withHalf, plain)).isFalse();
  }

  @Test
  void reproducesUndpHdi2022FromItsPublishedComponents() throws IOException {
    Framework f;
    try (Reader r = Files.newBufferedReader(DIR.resolve("meta.csv"))) {
      f = FrameworkParser.parse(r, "meta.csv");
    }
    UnitTable d;
    try (Reader r = Files.newBufferedReader(DIR.resolve("data.csv"))) {
      d = UnitTableParser.parse(r, "data.csv");
    }
    Recipe recipe;
    try (Reader r = Files.newBufferedReader(DIR.resolve("recipe.yaml"))) {
      recipe = RecipeParser.parse(r, "recipe.yaml");
    }
    IndexResult result = IndexEngine.build(f, d, recipe);
    Map<String, double[]> published = published();
    assertThat(result.units()).containsExactlyElementsOf(published.keySet());
    double[] le = d.column("LifeExp");
    double[] eys = d.column("ExpSchool");
    double[] mys = d.column("MeanSchool");
    double[] gni = d.column("GNIpc");
    for (int i = 0; i < le.length; i++) {
      String unit = d.unitCodes().get(i);
      // HDR 2023/2024 technical note 1: dimension index = (actual - min) / (max - min), capped at
      // the maximum goalpost; income in natural logs; education = mean of its two indices;
      // HDI = geometric mean of the three
      double health = (Math.min(le[i], 85) - 20) / (85 - 20);
      double education = (Math.min(eys[i], 18) / 18 + Math.min(mys[i], 15) / 15) / 2;
      double income =
          (Math.log(Math.min(gni[i], 75000)) - Math.log(100)) / (Math.log(75000) - Math.log(100));
      double hdi = Math.cbrt(health * education * income);
      assertThat(result.score("Health", unit)).as(unit).isCloseTo(health, within(1e-9));
      assertThat(result.score("Education", unit)).as(unit).isCloseTo(education, within(1e-9));
      assertThat(result.score("Income", unit)).as(unit).isCloseTo(income, within(1e-9));
      assertThat(result.score("HDI", unit)).as(unit).isCloseTo(hdi, within(1e-9));
      double rounded =
          BigDecimal.valueOf(result.score("HDI", unit))
              .setScale(3, RoundingMode.HALF_UP)
              .doubleValue();
      assertThat(rounded).as("%s published HDI", unit).isEqualTo(published.get(unit)[0]);
    }
    // the published order: ranks among these ten follow the HDR ranks
    int[] ranks = result.ranks();
    for (int i = 0; i + 1 < ranks.length; i++) {
      String a = d.unitCodes().get(i);
      String b = d.unitCodes().get(i + 1);
      assertThat(published.get(a)[1]).isLessThan(published.get(b)[1]);
      assertThat(ranks[i]).as("%s before %s", a, b).isLessThan(ranks[i + 1]);
    }
    // Switzerland by hand (README): GNI index = (ln 69432.78669 - ln 100) / (ln 75000 - ln 100)
    assertThat(result.score("Income", "CHE")).isCloseTo(0.98834923353777, within(1e-12));
    // goalposts in dollars, transformed with the values
    assertThat(result.steps())
        .anySatisfy(
            s -> assertThat(s.detail()).contains("META GoalHigh 75000.0 (raw units) transformed"));
  }

  private static Map<String, double[]> published() throws IOException {
    Map<String, double[]> out = new LinkedHashMap<>();
    try (Reader r = Files.newBufferedReader(DIR.resolve("published.csv"));
        CSVParser csv =
            CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
      for (CSVRecord rec : csv) {
        out.put(
            rec.get("uCode"),
            new double[] {
              Double.parseDouble(rec.get("HDI")), Double.parseDouble(rec.get("HDIRank"))
            });
      }
    }
    return out;
  }
}
