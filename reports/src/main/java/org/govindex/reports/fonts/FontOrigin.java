package org.govindex.reports.fonts;

/** Where a CJK font was found, in the locator's order of preference. */
public enum FontOrigin {
  /** The Noto Sans SC file bundled into the reports jar at build time. */
  BUNDLED,
  /** A file listed by fontconfig ({@code fc-list :lang=zh file}). */
  FONTCONFIG,
  /** A file at one of the well-known system font paths. */
  WELL_KNOWN_PATH
}
