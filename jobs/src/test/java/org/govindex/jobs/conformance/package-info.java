/**
 * Whole-drop conformance: a real drop (the shared reference example against its {@code
 * expected.json}, or the bundled {@code data-samples/drop}) through ingestion, the Spark reductions
 * of {@code jobs.reduce} and the plain-Java math of {@code indicators}, wired as the nightly
 * compute steps wire them ({@link org.govindex.jobs.conformance.DropResults}).
 *
 * <p>Not yet ported: the innovation index on the reference example (the old {@code
 * compute/innovation/InnovationDropConformanceTest}, expected {@code awards.<project>}), waiting
 * for the rewired innovation step.
 */
package org.govindex.jobs.conformance;
