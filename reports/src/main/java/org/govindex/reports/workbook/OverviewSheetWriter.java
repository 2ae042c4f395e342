package org.govindex.reports.workbook;

import java.util.List;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Writes the first sheet of the workbook: the run (period, run date, code version), how the table
 * sheets are laid out, and one row per table with its Chinese title (a link to its sheet), machine
 * name, row count and description (from the table's contract).
 */
final class OverviewSheetWriter {

  /** Name of the overview sheet. */
  static final String SHEET_NAME = "说明";

  /** Column headers of the table list. */
  static final List<String> TABLE_LIST_HEADER = List.of("工作表", "表名", "行数", "说明");

  /** Row index of the table list's header; one row per table follows. */
  static final int TABLE_LIST_HEADER_ROW = 6;

  private static final String LAYOUT_NOTE =
      "每张结果表一个工作表：第1行为中文列名，第2行为机器列代码（与 tables/<表名>.csv 的列名一致）；"
          + "层级、标记列右侧另有一列中文说明（层级名称、标记说明），只有单位代码的表在代码右侧补上单位名称，这些列不在 CSV 中；"
          + "数值保留全精度，单元格格式只影响显示；以 = + - @ 开头的文本前加了单引号，不会被当作公式。";

  private static final int[] COLUMN_WIDTHS = {24, 28, 10, 80};

  private final Workbook workbook;
  private final WorkbookStyles styles;

  OverviewSheetWriter(Workbook workbook, WorkbookStyles styles) {
    this.workbook = workbook;
    this.styles = styles;
  }

  /** Fills the overview sheet (the first sheet of the workbook) once the tables are written. */
  void write(Sheet sheet, WorkbookInfo info, List<TableSheet> tables) {
    text(sheet.createRow(0).createCell(0), "govindex 分析工作簿", styles.title());
    keyValue(sheet.createRow(1), "年度", info.period());
    keyValue(sheet.createRow(2), "运行日期", info.runDate());
    keyValue(sheet.createRow(3), "代码版本", info.codeVersion());
    keyValue(sheet.createRow(4), "表格说明", LAYOUT_NOTE);
    Row header = sheet.createRow(TABLE_LIST_HEADER_ROW);
    for (int i = 0; i < TABLE_LIST_HEADER.size(); i++) {
      text(header.createCell(i), TABLE_LIST_HEADER.get(i), styles.header());
    }
    int rowIndex = TABLE_LIST_HEADER_ROW + 1;
    for (TableSheet table : tables) {
      writeTableRow(sheet.createRow(rowIndex++), table);
    }
    for (int i = 0; i < COLUMN_WIDTHS.length; i++) {
      sheet.setColumnWidth(i, COLUMN_WIDTHS[i] * 256);
    }
  }

  private void writeTableRow(Row row, TableSheet table) {
    String name = table.spec().name();
    Cell title = row.createCell(0);
    text(title, table.sheetName(), styles.link());
    Hyperlink link = workbook.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
    link.setAddress("'" + table.sheetName().replace("'", "''") + "'!A1");
    title.setHyperlink(link);
    text(row.createCell(1), name, styles.text());
    Cell rows = row.createCell(2);
    rows.setCellValue(table.rowCount());
    rows.setCellStyle(styles.data(ColumnKind.COUNT));
    text(row.createCell(3), table.spec().description(), styles.text());
  }

  private void keyValue(Row row, String key, String value) {
    text(row.createCell(0), key, styles.label());
    text(row.createCell(1), value, styles.text());
  }

  private void text(Cell cell, String value, CellStyle style) {
    SafeText.write(cell, value, style, styles.quotedText());
  }
}
