package org.govindex.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Hand-checked behaviour of the generator's small parts. */
class GeneratorPartsTest {

  @Test
  void excelScientificNotationIsWhatExcelShows() {
    assertThat(Codes.excelScientific("440104001001")).isEqualTo("4.40104E+11");
    assertThat(Codes.excelScientific("440100000000")).isEqualTo("4.401E+11");
    assertThat(Codes.excelScientific("440103001")).isEqualTo("4.40103E+08");
    assertThat(Codes.excelScientific("440103999999")).isEqualTo("4.40104E+11"); // rounds half up
  }

  @Test
  void timesAreFormattedLikeTheExports() {
    long t = Times.at(2026, 3, 5) + 9 * Times.HOUR + 7 * Times.MINUTE + 3;
    assertThat(Times.survey(t)).isEqualTo("2026/3/5 9:07:03");
    assertThat(Times.iso(t)).isEqualTo("2026-03-05 09:07:03");
    assertThat(Times.date(t)).isEqualTo("2026-03-05");
  }

  @Test
  void sortedTimesIncreaseAndStayInTheWindowAndHours() {
    SeededRandom random = new SeededRandom(3);
    long start = Times.at(2026, 3, 1);
    long end = Times.at(2026, 5, 1);
    SortedTimes times = new SortedTimes(start, end, 10_000, 7, 23, random);
    long previous = start;
    for (int i = 0; i < 10_000; i++) {
      long t = times.next();
      assertThat(t).isBetween(previous, end - 1);
      long hour = Math.floorMod(t, Times.DAY) / Times.HOUR;
      assertThat(hour).isBetween(7L, 22L);
      previous = t;
    }
  }

  @Test
  void defectScheduleSelectsExactlyThePlannedCountCyclingReasons() {
    DefectReason[] reasons = {DefectReason.SPEEDER, DefectReason.DUPLICATE, DefectReason.BAD_VALUE};
    DefectSchedule schedule = new DefectSchedule(1_000, 0.02, reasons, new SeededRandom(9));
    int[] counts = new int[DefectReason.values().length];
    int total = 0;
    for (int i = 0; i < 1_000; i++) {
      DefectReason r = schedule.next();
      if (r != null) {
        counts[r.ordinal()]++;
        total++;
      }
    }
    assertThat(total).isEqualTo(20);
    assertThat(counts[DefectReason.SPEEDER.ordinal()]).isBetween(6, 7);
    assertThat(DefectSchedule.plannedCount(16, 0.02, 3)).isEqualTo(3);
    assertThat(DefectSchedule.plannedCount(4, 0.02, 3)).isEqualTo(2);
    assertThat(DefectSchedule.plannedCount(1_000_000, 0.0, 3)).isZero();
  }

  @Test
  void phoneNumbersAreUniqueElevenDigitMobiles() {
    PhoneNumbers phones = PhoneNumbers.respondents(20261);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 200_000; i++) {
      String phone = phones.next();
      assertThat(phone).matches("1[35]\\d{9}");
      assertThat(seen.add(phone)).as(phone).isTrue();
    }
    PhoneNumbers raters = PhoneNumbers.raters(20261);
    for (int i = 0; i < 10_000; i++) {
      assertThat(seen.add(raters.next())).isTrue();
    }
  }

  @Test
  void allocationIsExactAndProportional() {
    assertThat(Allocation.proportional(10, new double[] {1, 1, 1}, 0)).containsExactly(4, 3, 3);
    assertThat(Allocation.proportional(20, new double[] {3, 1}, 2)).containsExactly(14, 6);
  }

  @Test
  void settingsAndScaleAreValidated() {
    assertThat(Scale.parse(" City ")).isEqualTo(Scale.CITY);
    assertThatThrownBy(() -> Scale.parse("town")).hasMessageContaining("town");
    assertThatThrownBy(() -> new GeneratorSettings(Scale.SMALL, 1, Path.of("x"), 0.7, 2026))
        .hasMessageContaining("defect rate");
    assertThatThrownBy(() -> new GeneratorSettings(Scale.SMALL, 1, Path.of("x"), 0.0, 1999))
        .hasMessageContaining("period");
    assertThat(GeneratorSettings.defaultDefectRate(Scale.SMALL)).isEqualTo(0.02);
    assertThat(GeneratorSettings.defaultDefectRate(Scale.CITY)).isZero();
  }

  @Test
  void cityRegistryHasTheIssueSizesAndUniqueCodes() {
    Registry registry = new RegistryBuilder(Scale.CITY, new SeededRandom(1)).build();
    assertThat(registry.districts()).hasSize(11);
    assertThat(registry.streets()).hasSize(170);
    assertThat(registry.communities()).hasSize(2_700);
    Set<String> codes = new HashSet<>();
    Set<String> names = new HashSet<>();
    int duplicateNames = 0;
    for (Community c : registry.communities()) {
      assertThat(c.code()).matches("\\d{12}").startsWith(c.street().code());
      assertThat(codes.add(c.code())).isTrue();
      duplicateNames += names.add(c.name()) ? 0 : 1;
    }
    assertThat(duplicateNames).isEqualTo(1);
    assertThat(registry.districts().stream().filter(District::central).count()).isEqualTo(4);
  }
}
