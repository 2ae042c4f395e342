package org.govindex.reports.workbook;

import org.govindex.contract.TableSpec;

/**
 * A result table written to its worksheet.
 *
 * @param sheetName the worksheet name (the table's Chinese title, made valid and unique)
 * @param spec the table's contract
 * @param rowCount number of data rows
 */
record TableSheet(String sheetName, TableSpec spec, long rowCount) {}
