package org.govindex.jobs.ingest.validation;

import java.io.Serializable;

/**
 * How the records of one file become the canonical cells a validator reads: canonical cell i is the
 * file's column {@code columns[i]}, or {@code constants[i]} when that column is -1 (an absent
 * optional column is the empty text; a survey's item headers are constants).
 */
public record Projection(int[] columns, String[] constants) implements Serializable {

  /** The canonical cells of one record (a missing trailing field is the empty text). */
  public String[] canonical(String[] record) {
    String[] out = new String[columns.length];
    for (int i = 0; i < columns.length; i++) {
      int c = columns[i];
      if (c < 0) {
        out[i] = constants[i];
      } else {
        String v = c < record.length ? record[c] : null;
        out[i] = v == null ? "" : v;
      }
    }
    return out;
  }
}
