package org.govindex.reports.workbook;

/**
 * A result table and the name of the worksheet it goes to.
 *
 * @param sheetName the worksheet name (the table's Chinese title, made valid and unique)
 * @param table the profiled table
 */
record TableSheet(String sheetName, TableProfile table) {}
