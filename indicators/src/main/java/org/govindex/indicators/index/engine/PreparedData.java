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
 */
public record PreparedData(
    List<String> units,
    double[][] values,
    List<ImputationRecord> imputations,
    List<TreatmentRecord> treatments,
    List<ScreenRecord> screenedOut) {

  public PreparedData {
    units = List.copyOf(units);
    imputations = List.copyOf(imputations);
    treatments = List.copyOf(treatments);
    screenedOut = List.copyOf(screenedOut);
  }
}
