package org.govindex.indicators.index.engine;

import java.util.List;
import org.govindex.indicators.index.impute.ImputationRecord;
import org.govindex.indicators.index.treat.TreatmentRecord;

/**
 * Indicator values after denomination, imputation, screening, treatment and transforms, ready for
 * normalisation. The matrix is owned by the engine and must not be modified.
 *
 * @param units codes of the units kept by screening, in data order
 * @param values [indicator][unit], indicators in META order, NaN = missing
 * @param imputations every imputed value
 * @param treatments one record per treated indicator
 * @param screenedOut units dropped by screening
 * @param steps what each step did to each indicator, in the order they ran
 * @param stages the data set after each step that ran ({@code Raw}, {@code Denominated}, …)
 */
public record PreparedData(
    List<String> units,
    double[][] values,
    List<ImputationRecord> imputations,
    List<TreatmentRecord> treatments,
    List<ScreenRecord> screenedOut,
    List<StepRecord> steps,
    List<DataSet> stages) {

  public PreparedData {
    units = List.copyOf(units);
    imputations = List.copyOf(imputations);
    treatments = List.copyOf(treatments);
    screenedOut = List.copyOf(screenedOut);
    steps = List.copyOf(steps);
    stages = List.copyOf(stages);
  }

  /** Prepared data without a build log or stages. */
  public PreparedData(
      List<String> units,
      double[][] values,
      List<ImputationRecord> imputations,
      List<TreatmentRecord> treatments,
      List<ScreenRecord> screenedOut) {
    this(units, values, imputations, treatments, screenedOut, List.of(), List.of());
  }
}
