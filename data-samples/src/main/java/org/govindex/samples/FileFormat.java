package org.govindex.samples;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** How a data file is stored: CSV in one of three encodings, or an XLSX workbook. */
public enum FileFormat {
  CSV_UTF8_BOM("utf-8-bom", "csv", StandardCharsets.UTF_8, true),
  CSV_UTF8("utf-8", "csv", StandardCharsets.UTF_8, false),
  CSV_GB18030("gb18030", "csv", Charset.forName("GB18030"), false),
  XLSX("xlsx", "xlsx", null, false);

  private final String label;
  private final String extension;
  private final Charset charset;
  private final boolean byteOrderMark;

  FileFormat(String label, String extension, Charset charset, boolean byteOrderMark) {
    this.label = label;
    this.extension = extension;
    this.charset = charset;
    this.byteOrderMark = byteOrderMark;
  }

  /** Name written in the metadata file: utf-8-bom, utf-8, gb18030 or xlsx. */
  public String label() {
    return label;
  }

  public String extension() {
    return extension;
  }

  /** Character set of a CSV format; null for XLSX. */
  public Charset charset() {
    return charset;
  }

  public boolean byteOrderMark() {
    return byteOrderMark;
  }
}
