package org.govindex.jobs.ingest;

import java.io.Serializable;

/**
 * One data file as a Spark task reads it.
 *
 * @param path the file's absolute path, readable from every executor
 * @param relativePath its path relative to the drop, as reasons and the manifest name it
 * @param xlsx whether it is a workbook (else CSV)
 */
record FileTask(String path, String relativePath, boolean xlsx) implements Serializable {}
