package org.govindex.indicators.innovation;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.HashSet;
import java.util.List;
import java.util.function.Supplier;
import org.govindex.indicators.index.framework.Framework;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Wall time of {@link InnovationScoring#score} on a city-sized synthetic panel: 11 districts, 170
 * streets, 2,700 communities, four years, the bundled framework (18 indicators) and recipe (1,000
 * Monte Carlo replications), with the CPU time of the process (the machine may be shared) and of
 * the two Monte Carlo parts. Off by default; run with {@code -Dgovindex.benchmark=true}.
 */
@EnabledIfSystemProperty(named = "govindex.benchmark", matches = "true")
class InnovationBenchmarkTest {

  static final List<Integer> YEARS = List.of(2023, 2024, 2025, 2026);

  @Test
  void cityPanel() {
    InnovationFramework framework = InnovationFramework.bundled();
    SyntheticCity city = new SyntheticCity(framework, 11, 170, 2700, YEARS, 20260601L);
    InnovationScoring.Result first = null;
    for (int run = 1; run <= 3; run++) {
      InnovationScoring.Result result =
          timed(
              "score, run " + run,
              () -> InnovationScoring.score(framework, city.panel, city.registry));
      if (first == null) {
        first = result;
      } else {
        assertThat(result).as("identical on every run").isEqualTo(first);
      }
    }
    timed(
        "level indices with the rank Monte Carlo (three levels, S bootstrap), years one after the"
            + " other",
        () ->
            YEARS.stream()
                .map(y -> YearIndex.build(framework, city.panel, y, new Hierarchy(city.registry)))
                .toList());
    Framework trend =
        FrameworkSubset.restrict(
            framework.framework(), new HashSet<>(first.trendIndicators()), "trend");
    Hierarchy units = new Hierarchy(city.registry);
    timed(
        "trend index and its change intervals",
        () ->
            new ChangeUncertainty(
                    trend,
                    framework.recipe(),
                    YEARS.stream().map(y -> YearTables.of(trend, city.panel, y)).toList(),
                    units)
                .changes());
  }

  private static <T> T timed(String what, Supplier<T> task) {
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpu = os.getProcessCpuTime();
    long start = System.nanoTime();
    T out = task.get();
    System.out.printf(
        "innovation benchmark: %s: %d ms wall, %d ms CPU (%d cores, load %.1f)%n",
        what,
        (System.nanoTime() - start) / 1_000_000,
        (os.getProcessCpuTime() - cpu) / 1_000_000,
        Runtime.getRuntime().availableProcessors(),
        os.getSystemLoadAverage());
    return out;
  }
}
