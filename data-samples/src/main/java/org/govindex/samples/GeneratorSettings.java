package org.govindex.samples;

import java.nio.file.Path;
import java.util.Objects;
import org.govindex.contract.Messages;

/**
 * What to generate.
 *
 * @param scale size of the drop
 * @param seed seed of every random draw: the same settings give byte-identical files
 * @param out folder of the drop (created; a previous synthetic drop there is replaced)
 * @param defectRate share of data rows that carry a planted defect, in [0, 0.5]; when positive,
 *     every file also gets at least one defect of each kind it can carry
 * @param period the appraisal year (survey wave and case year); facts cover period-3 .. period
 */
public record GeneratorSettings(Scale scale, long seed, Path out, double defectRate, int period) {

  public static final int DEFAULT_PERIOD = 2026;

  public GeneratorSettings {
    Objects.requireNonNull(scale, "scale");
    Objects.requireNonNull(out, "out");
    if (!(defectRate >= 0.0 && defectRate <= 0.5)) {
      throw new IllegalArgumentException(
          Messages.text("samples.settings.defectRate", String.valueOf(defectRate)));
    }
    if (period < 2000 || period > 2099) {
      throw new IllegalArgumentException(
          Messages.text("samples.settings.period", String.valueOf(period)));
    }
  }

  /** Default defect rate of a scale: 0.02 for the small sample drop, 0 for city and province. */
  public static double defaultDefectRate(Scale scale) {
    return scale == Scale.SMALL ? 0.02 : 0.0;
  }
}
