package org.govindex.jobs.ingest.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.govindex.contract.UnitLevel;
import org.junit.jupiter.api.Test;

/** Resolution of unit references: the forms, and the reason code of each failure. */
class UnitRegistryTest {

  private static UnitRegistry registry() {
    return new UnitRegistry(
        List.of(
            new Unit(UnitLevel.DISTRICT, "440101", "甲区", null),
            new Unit(UnitLevel.STREET, "440101001", "东街道", "440101"),
            new Unit(UnitLevel.STREET, "440101002", "西街道", "440101"),
            new Unit(UnitLevel.COMMUNITY, "440101001001", "和平社区", "440101001"),
            new Unit(UnitLevel.COMMUNITY, "440101002001", "和平社区", "440101002"),
            new Unit(UnitLevel.COMMUNITY, "440101002002", "光明社区", "440101002")));
  }

  private static String reasonOf(Runnable action) {
    try {
      action.run();
    } catch (CellRejection r) {
      return r.code();
    }
    return "accepted";
  }

  @Test
  void unitReferenceForms() {
    UnitRegistry r = registry();
    assertThat(r.resolve("c", "光明社区（440101002002）", null, UnitLevel.COMMUNITY).code())
        .isEqualTo("440101002002");
    assertThat(r.resolve("c", "光明社区(440101002002)", null, UnitLevel.COMMUNITY).code())
        .isEqualTo("440101002002");
    assertThat(r.resolve("c", " 440101002002 ", null, UnitLevel.COMMUNITY).code())
        .isEqualTo("440101002002");
    assertThat(r.resolve("c", "光明社区", null, UnitLevel.COMMUNITY).code()).isEqualTo("440101002002");
    // a name shared by two streets: ambiguous city-wide, unique within its street
    assertThat(reasonOf(() -> r.resolve("c", "和平社区", null, UnitLevel.COMMUNITY)))
        .isEqualTo("ambiguous_unit");
    assertThat(r.resolve("c", "和平社区", "440101002", UnitLevel.COMMUNITY).code())
        .isEqualTo("440101002001");
  }

  @Test
  void scientificNotationAndWrongLengthCodesAreBadCodes() {
    UnitRegistry r = registry();
    assertThat(reasonOf(() -> r.resolve("c", "4.40101E+11", null, UnitLevel.COMMUNITY)))
        .isEqualTo("bad_code");
    assertThat(reasonOf(() -> r.resolve("c", "44010100200", null, UnitLevel.COMMUNITY)))
        .isEqualTo("bad_code");
  }

  @Test
  void unknownCodesAndMismatchedNamesAreUnknownUnits() {
    UnitRegistry r = registry();
    assertThat(reasonOf(() -> r.resolve("c", "440101009999", null, UnitLevel.COMMUNITY)))
        .isEqualTo("unknown_unit");
    assertThat(reasonOf(() -> r.resolve("c", "光明社区（440101001001）", null, UnitLevel.COMMUNITY)))
        .isEqualTo("unknown_unit");
    assertThat(reasonOf(() -> r.resolve("c", "", null, UnitLevel.COMMUNITY)))
        .isEqualTo("unknown_unit");
  }

  @Test
  void aHandlerMayBeADepartmentOrAStreet() {
    UnitRegistry r =
        registry().with(List.of(new Unit(UnitLevel.DEPARTMENT, "44010101", "民政局", "440101")));
    assertThat(r.resolve("承办单位代码", "44010101", null, UnitLevel.DEPARTMENT, UnitLevel.STREET).code())
        .isEqualTo("44010101");
    assertThat(
            r.resolve("承办单位代码", "440101001", null, UnitLevel.DEPARTMENT, UnitLevel.STREET).code())
        .isEqualTo("440101001");
    // department codes are digit strings of any length: an unregistered one is unknown
    assertThat(
            reasonOf(
                () -> r.resolve("承办单位代码", "4401", null, UnitLevel.DEPARTMENT, UnitLevel.STREET)))
        .isEqualTo("unknown_unit");
    assertThat(
            reasonOf(
                () ->
                    r.resolve(
                        "承办单位代码", "4.40101E+8", null, UnitLevel.DEPARTMENT, UnitLevel.STREET)))
        .isEqualTo("bad_code");
  }

  @Test
  void aBareCodeResolvesAtTheFirstLevelWhereItIsRegisteredWhateverTheParent() {
    UnitRegistry r =
        registry().with(List.of(new Unit(UnitLevel.DEPARTMENT, "440101001", "东街道办事处", "440101")));
    assertThat(r.resolve("承办单位代码", "440101001", null, UnitLevel.DEPARTMENT, UnitLevel.STREET))
        .isSameAs(r.unit(UnitLevel.DEPARTMENT, "440101001"));
    assertThat(r.resolve("承办单位代码", "440101001", null, UnitLevel.STREET, UnitLevel.DEPARTMENT))
        .isSameAs(r.unit(UnitLevel.STREET, "440101001"));
    // a parent narrows a bare name, never a code (whether the unit lies in it is a row rule's)
    assertThat(r.resolve("c", "440101001001", "440101002", UnitLevel.COMMUNITY))
        .isSameAs(r.unit(UnitLevel.COMMUNITY, "440101001001"));
    // a code well formed at the first level but registered only at the second
    assertThat(r.resolve("承办单位代码", "440101002", null, UnitLevel.DEPARTMENT, UnitLevel.STREET))
        .isSameAs(r.unit(UnitLevel.STREET, "440101002"));
    for (int i = 0; i < 3; i++) {
      // the second and third time from what the registry remembers: the same unit
      assertThat(r.resolve("c", "光明社区（440101002002）", null, UnitLevel.COMMUNITY))
          .isSameAs(r.unit(UnitLevel.COMMUNITY, "440101002002"));
      assertThat(reasonOf(() -> r.resolve("c", "440101009999", null, UnitLevel.COMMUNITY)))
          .isEqualTo("unknown_unit");
    }
  }
}
