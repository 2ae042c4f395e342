package org.govindex.jobs.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.govindex.contract.Table;
import org.govindex.indicators.appraisal.AppraisalConfiguration;
import org.govindex.indicators.objective.ObjectiveScoring;
import org.govindex.jobs.reduce.CaseReduction;
import org.govindex.jobs.reduce.OrderReduction;
import org.govindex.jobs.testing.SparkTestSession;
import org.junit.jupiter.api.Test;

/**
 * The worked appraisal example of ../shared/reference/appraisal-example: its expected.json {@code
 * kpi} holds the raw §2 indicator values of every community, street and department, computed by an
 * independent implementation. The drop is ingested, its orders and cases reduced in Spark ({@link
 * OrderReduction}, {@link CaseReduction}) and the indicators computed in plain Java ({@link
 * ObjectiveScoring}); every value is reproduced within 1e-9. Skipped when the shared folder is
 * absent.
 */
class ObjectiveConformanceTest {

  @Test
  void reproducesEveryKpiOfTheReferenceExample() {
    Drops.Ingested drop = Drops.reference();
    Table values =
        DropResults.objective(
                SparkTestSession.get(),
                drop.datasets(),
                AppraisalConfiguration.bundledDefaults().catalogue(),
                "2026")
            .indicatorValues();
    Map<String, Table.Row> actual = new HashMap<>();
    for (Table.Row row : values.rows()) {
      actual.put(
          row.string("level") + "|" + row.string("unit_code") + "|" + row.string("indicator_code"),
          row);
    }

    JsonNode kpi = Drops.expected().get("kpi");
    assertThat(kpi).isNotNull();
    int compared = 0;
    for (Iterator<Map.Entry<String, JsonNode>> units = kpi.fields(); units.hasNext(); ) {
      Map.Entry<String, JsonNode> unit = units.next();
      for (Iterator<Map.Entry<String, JsonNode>> it = unit.getValue().fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> indicator = it.next();
        String key = unit.getKey() + "|" + indicator.getKey();
        assertThat(actual).as("row for " + key).containsKey(key);
        Double raw = actual.get(key).number("raw_value");
        if (indicator.getValue().isNull()) {
          assertThat(raw).as(key).isNull();
        } else {
          assertThat(raw).as(key).isNotNull();
          assertThat(raw).as(key).isCloseTo(indicator.getValue().asDouble(), within(1e-9));
        }
        compared++;
      }
    }
    // 12 communities x 13 + 4 streets x 7 + 6 departments x 6
    assertThat(compared).isEqualTo(12 * 13 + 4 * 7 + 6 * 6);
  }
}
