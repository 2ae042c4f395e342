package org.govindex.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ConsistencyRulesTest {

  private static final Map<String, TableSpec> DATASETS =
      Datasets.INGESTED.stream().collect(Collectors.toMap(TableSpec::name, Function.identity()));

  @Test
  void everyRuleNamesColumnsOfItsDatasetOfAComparableType() {
    EnumSet<ColumnType> times = EnumSet.of(ColumnType.TIMESTAMP, ColumnType.DATE);
    EnumSet<ColumnType> numbers = EnumSet.of(ColumnType.INT, ColumnType.DOUBLE, ColumnType.LONG);
    for (ConsistencyRules.Rule rule : ConsistencyRules.ALL) {
      TableSpec spec = DATASETS.get(rule.dataset());
      assertThat(spec).as(rule.toString()).isNotNull();
      if (rule instanceof ConsistencyRules.NotBefore r) {
        assertThat(times).contains(spec.column(r.later()).type(), spec.column(r.earlier()).type());
        assertThat(spec.column(r.later()).type()).isEqualTo(spec.column(r.earlier()).type());
      } else if (rule instanceof ConsistencyRules.AtMost r) {
        assertThat(numbers).contains(spec.column(r.part()).type(), spec.column(r.whole()).type());
      } else if (rule instanceof ConsistencyRules.Within r) {
        assertThat(numbers).contains(spec.column(r.column()).type());
        assertThat(r.min()).isLessThan(r.max());
      }
    }
  }

  @Test
  void theRulesOfTheIssueAreDeclared() {
    assertThat(ConsistencyRules.of("hotline_orders"))
        .contains(
            new ConsistencyRules.NotBefore("hotline_orders", "signed_at", "called_at"),
            new ConsistencyRules.NotBefore("hotline_orders", "closed_at", "called_at"),
            new ConsistencyRules.NotBefore("hotline_orders", "close_deadline", "called_at"));
    assertThat(ConsistencyRules.of("community_facts"))
        .contains(
            new ConsistencyRules.AtMost("community_facts", "certified_workers", "staff"),
            new ConsistencyRules.AtMost("community_facts", "office_area", "service_area"),
            new ConsistencyRules.Within("community_facts", "turnout_pct", 0, 100),
            new ConsistencyRules.Within("community_facts", "online_share_pct", 0, 100));
    assertThat(ConsistencyRules.of("mediation_summary"))
        .containsExactly(new ConsistencyRules.AtMost("mediation_summary", "succeeded", "accepted"));
    assertThat(ConsistencyRules.of("districts")).isEmpty();
  }
}
