package org.govindex.jobs.nightly;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.govindex.contract.Datasets;
import org.govindex.contract.TableSpec;
import org.govindex.contract.testing.ChineseLocale;
import org.govindex.indicators.appraisal.AppraisalCatalogue;
import org.govindex.jobs.config.SettingsLoader;
import org.govindex.jobs.reduce.PeriodCounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The refusal of a period without its data, on the default catalogue (hotline and mediation). */
@ExtendWith(ChineseLocale.class)
class PeriodCheckTest {

  private static final AppraisalCatalogue CATALOGUE =
      SettingsLoader.load(null).framework().appraisal().catalogue();

  private final Map<String, Map<String, PeriodCounts.FileYears>> counts = new HashMap<>();

  private void rows(TableSpec dataset, String file, int year, long n) {
    counts
        .computeIfAbsent(dataset.name(), k -> new HashMap<>())
        .put(file, new PeriodCounts.FileYears(Map.of(year, n)));
  }

  @Test
  void givenEveryKindOfDataOfThePeriodWhenCheckedThenTheRunGoesOn() {
    rows(Datasets.RESIDENT_RESPONSES, "surveys/resident_a.csv", 2026, 10);
    rows(Datasets.HOTLINE_ORDERS, "cases/hotline_a.csv", 2026, 3);
    rows(Datasets.MEDIATION_SUMMARY, "cases/mediation_summary.csv", 2026, 1);

    assertThatCode(() -> PeriodCheck.require("2026", counts, CATALOGUE)).doesNotThrowAnyException();
  }

  @Test
  void givenWorkOrdersOfOtherYearsOnlyWhenCheckedThenRefusedNamingThemInOneChineseLine() {
    // given answers of 2026, but work orders of 2024 and 2025 only
    rows(Datasets.RESIDENT_RESPONSES, "surveys/resident_a.csv", 2026, 10);
    rows(Datasets.HOTLINE_ORDERS, "cases/hotline_a.csv", 2024, 3);
    rows(Datasets.HOTLINE_ORDERS, "cases/hotline_b.csv", 2025, 4);
    rows(Datasets.MEDIATION_CASES, "cases/mediation.csv", 2026, 2);

    // when / then
    assertThatThrownBy(() -> PeriodCheck.require("2026", counts, CATALOGUE))
        .isInstanceOf(PeriodRefusedException.class)
        .hasMessage(
            "2026 年度的结果不予发布：输入数据中没有 2026 年的12345 工单（按来电时间），现有的属于 2024、2025 年；" + "没有本期数据的结果一概不发布。");

    // and outside a Chinese locale in one English line
    Locale.setDefault(Locale.ROOT);
    assertThatThrownBy(() -> PeriodCheck.require("2026", counts, CATALOGUE))
        .hasMessage(
            "results for 2026 are not published: the input has no 12345 work orders (by 来电时间) of"
                + " 2026, only of 2024, 2025; no result is published without data of its period.");
  }

  @Test
  void givenNoMediationOfThePeriodWhenCheckedThenRefusedEvenWithoutAnyOtherYear() {
    rows(Datasets.RESIDENT_RESPONSES, "surveys/resident_a.csv", 2026, 10);
    rows(Datasets.HOTLINE_ORDERS, "cases/hotline_a.csv", 2026, 3);

    assertThatThrownBy(() -> PeriodCheck.require("2026", counts, CATALOGUE))
        .isInstanceOf(PeriodRefusedException.class)
        .hasMessageContaining("没有 2026 年的调解案件（按受理日期）或调解汇总（按年度）")
        .hasMessageContaining("任何年份的都没有");
  }
}
