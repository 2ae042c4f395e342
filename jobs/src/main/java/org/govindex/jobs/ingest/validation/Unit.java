package org.govindex.jobs.ingest.validation;

import java.io.Serializable;
import org.govindex.contract.UnitLevel;

/**
 * One registry unit; {@code parentCode} is the district of a street or department, the street of a
 * community.
 */
public record Unit(UnitLevel level, String code, String name, String parentCode)
    implements Serializable {}
