package org.govindex.indicators.innovation;

import org.govindex.contract.Results;
import org.govindex.contract.Table;

/**
 * The innovation tables of a run.
 *
 * @param innovationIndex {@code innovation_index} ({@link Results#innovationIndex} with the
 *     framework's dimensions): one row per year from the base year to the period, level and
 *     registered unit, ordered by year, level (community, street, district) and unit code
 * @param coherence {@code innovation_coherence} ({@link Results#INNOVATION_COHERENCE}) of the
 *     period's index, in the order of the engine's analysis (correlations, node statistics,
 *     leave-one-out)
 * @param awards {@code awards} ({@link Results#AWARDS}): the projects of the period by project code
 * @param awardsByUnit {@code awards_by_unit} ({@link Results#AWARDS_BY_UNIT}): every registered
 *     unit, by level (community, street, district) and unit code
 */
public record InnovationTables(
    Table innovationIndex, Table coherence, Table awards, Table awardsByUnit) {}
