package org.govindex.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContractTest {

  private static List<TableSpec> all() {
    List<TableSpec> all = new ArrayList<>(Results.FIXED);
    all.addAll(Datasets.INGESTED);
    all.add(Datasets.REJECTS);
    Map<String, String> dims = new LinkedHashMap<>();
    dims.put("participation", "居民参与");
    all.add(Results.innovationIndex(dims));
    return all;
  }

  @Test
  void everyTableHasAUniqueNameAndChineseTitles() {
    Set<String> names = new HashSet<>();
    for (TableSpec spec : all()) {
      assertThat(names.add(spec.name())).as(spec.name()).isTrue();
      assertThat(spec.title()).as(spec.name()).containsPattern("\\p{IsHan}");
      for (ColumnSpec c : spec.columns()) {
        assertThat(c.title()).as(spec.name() + "." + c.name()).containsPattern("\\p{IsHan}");
      }
    }
  }

  @Test
  void innovationDimensionsSitBetweenTheirMarkers() {
    Map<String, String> dims = new LinkedHashMap<>();
    dims.put("d1", "维度一");
    dims.put("d2", "维度二");
    TableSpec spec = Results.innovationIndex(dims);
    int before = spec.indexOf(Results.INNOVATION_BEFORE_DIMENSIONS);
    assertThat(spec.names().subList(before + 1, spec.indexOf(Results.INNOVATION_AFTER_DIMENSIONS)))
        .containsExactly("d1", "d2");
  }

  @Test
  void tableChecksTypesAndNullability() {
    TableSpec spec =
        TableSpec.builder("t", "表", "一行")
            .required("a", ColumnType.STRING, "甲")
            .optional("b", ColumnType.DOUBLE, "乙")
            .build();
    Table table =
        Table.builder(spec)
            .row()
            .set("a", "x")
            .set("b", 1.5)
            .add()
            .row()
            .set("a", "y")
            .add()
            .build();
    assertThat(table.size()).isEqualTo(2);
    assertThat(table.row(0).number("b")).isEqualTo(1.5);
    assertThat(table.row(1).number("b")).isNull();
    assertThatThrownBy(() -> Table.builder(spec).row().set("b", 1.0).add())
        .hasMessageContaining("t.a needs a value");
    assertThatThrownBy(() -> Table.builder(spec).row().set("a", "x").set("b", 1).add())
        .hasMessageContaining("t.b is DOUBLE, got Integer");
    assertThatThrownBy(() -> table.row(0).string("b")).hasMessageContaining("read as STRING");
  }

  @Test
  void aTableRefusesAMissingOrMistypedValueInTheUsersLanguage() {
    TableSpec spec =
        TableSpec.builder("t", "表", "一行")
            .required("a", ColumnType.STRING, "甲")
            .optional("b", ColumnType.DOUBLE, "乙")
            .build();
    java.util.Locale before = java.util.Locale.getDefault();
    java.util.Locale.setDefault(java.util.Locale.CHINA);
    try {
      assertThatThrownBy(() -> Table.builder(spec).row().set("b", 1.0).add())
          .hasMessage("t.a 必须有值（第 1 行）");
      assertThatThrownBy(() -> Table.builder(spec).row().set("a", "x").set("b", 1).add())
          .hasMessage("t.b 的类型是 DOUBLE，实际为 Integer");
    } finally {
      java.util.Locale.setDefault(before);
    }
  }

  @Test
  void flagsSplitAndJoin() {
    assertThat(Flag.split("a;;b:c;")).containsExactly("a", "b:c");
    assertThat(Flag.join(List.of("a", "", "b"))).isEqualTo("a;b");
    assertThat(Flag.fromCode("missing_indicator:x")).contains(Flag.MISSING_INDICATOR);
    assertThat(Flag.MISSING_INDICATOR.with("x")).isEqualTo("missing_indicator:x");
  }
}
