package org.govindex.reports.workbook;

import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The cell styles of the analyst workbook, created once per workbook. */
final class WorkbookStyles {

  private final CellStyle title;
  private final CellStyle label;
  private final CellStyle header;
  private final CellStyle code;
  private final CellStyle text;
  private final CellStyle quotedText;
  private final CellStyle link;
  private final Map<ColumnKind, CellStyle> data = new EnumMap<>(ColumnKind.class);

  WorkbookStyles(Workbook workbook) {
    Font bold = workbook.createFont();
    bold.setBold(true);
    Font large = workbook.createFont();
    large.setBold(true);
    large.setFontHeightInPoints((short) 14);
    Font small = workbook.createFont();
    small.setFontHeightInPoints((short) 8);
    small.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
    Font underlined = workbook.createFont();
    underlined.setUnderline(Font.U_SINGLE);
    underlined.setColor(IndexedColors.BLUE.getIndex());

    short textFormat = workbook.createDataFormat().getFormat(ColumnKind.TEXT.format());
    title = workbook.createCellStyle();
    title.setFont(large);
    label = workbook.createCellStyle();
    label.setFont(bold);
    header = workbook.createCellStyle();
    header.setFont(bold);
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    header.setVerticalAlignment(VerticalAlignment.CENTER);
    code = workbook.createCellStyle();
    code.setFont(small);
    code.setBorderBottom(BorderStyle.THIN);
    code.setBottomBorderColor(IndexedColors.GREY_50_PERCENT.getIndex());
    text = workbook.createCellStyle();
    text.setDataFormat(textFormat);
    quotedText = workbook.createCellStyle();
    quotedText.setDataFormat(textFormat);
    quotedText.setQuotePrefixed(true);
    link = workbook.createCellStyle();
    link.setFont(underlined);
    for (ColumnKind kind : ColumnKind.values()) {
      if (kind == ColumnKind.TEXT) {
        data.put(kind, text);
      } else {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(kind.format()));
        data.put(kind, style);
      }
    }
  }

  /** The workbook title on the overview sheet. */
  CellStyle title() {
    return title;
  }

  /** Bold labels on the overview sheet. */
  CellStyle label() {
    return label;
  }

  /** The Chinese column header row. */
  CellStyle header() {
    return header;
  }

  /** The row of machine column codes: small grey font. */
  CellStyle code() {
    return code;
  }

  /** Plain text. */
  CellStyle text() {
    return text;
  }

  /** Text that starts with a formula character, stored quote-prefixed. */
  CellStyle quotedText() {
    return quotedText;
  }

  /** A link to a sheet. */
  CellStyle link() {
    return link;
  }

  /** Data cells of a column of {@code kind}, with its number format. */
  CellStyle data(ColumnKind kind) {
    return data.get(kind);
  }
}
