package org.govindex.indicators.index.engine;

/**
 * A unit dropped by screening.
 *
 * @param unit unit code
 * @param dataShare share of indicators present for the unit
 * @param required the minimum share of the recipe
 */
public record ScreenRecord(String unit, double dataShare, double required) {}
