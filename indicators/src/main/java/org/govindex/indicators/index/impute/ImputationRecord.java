package org.govindex.indicators.index.impute;

/**
 * One imputed value.
 *
 * @param unit unit code
 * @param indicator indicator code
 * @param value the value put in (in the units of the indicator after denomination)
 * @param method imputation method name
 * @param source where the value comes from, e.g. {@code mean of EurAsia_group=Asia (n=20)} or
 *     {@code linear between 2016 and 2018}
 */
public record ImputationRecord(
    String unit, String indicator, double value, String method, String source) {}
