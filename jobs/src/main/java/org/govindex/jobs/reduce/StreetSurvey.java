package org.govindex.jobs.reduce;

import java.io.Serializable;
import java.util.List;
import org.govindex.indicators.quality.QualityCounts;
import org.govindex.indicators.subjective.CommunitySurvey;
import org.govindex.indicators.subjective.ItemTally;

/**
 * What the survey rows of one street reduce to: per community with a valid response its {@link
 * CommunitySurvey} and {@link ItemTally}s, and the quality counts of its communities and of the
 * street itself (bursts may span the street's communities).
 */
public record StreetSurvey(
    String streetCode,
    List<CommunitySurvey> communities,
    List<ItemTally> items,
    List<QualityCounts> communityQuality,
    QualityCounts streetQuality)
    implements Serializable {}
