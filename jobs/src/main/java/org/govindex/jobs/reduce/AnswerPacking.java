package org.govindex.jobs.reduce;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.try_element_at;
import static org.apache.spark.sql.functions.when;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The map side of the survey reduction: packs the answers of a response that come one after another
 * (as ingestion writes them) into one binary value, so that the join to the responses and the
 * shuffle to the streets move one row per response instead of one per answer.
 *
 * <p>{@link #pack} first gives every answer its item's column in the kernel's order with a column
 * expression (a map lookup, no Java object per answer); an answer to an item the questionnaire does
 * not have, or at another level, keeps its item and level so that the kernel can refuse it — the
 * kernel, because only answers of the responses that count are checked.
 *
 * <p>Packed answers, one after another: the item's column (2 bytes, big-endian), a flag byte
 * ({@link #SCORED}, {@link #DONT_KNOW}, {@link #SKIPPED}) and, when scored, the score's 8 IEEE 754
 * bytes (big-endian). An answer the questionnaire does not allow is the column {@link #NOT_ALLOWED}
 * followed by its item code and level code, each as 2 bytes of length and its UTF-8 bytes. Answers
 * of one response that are not adjacent give several rows; the kernel merges them, so the result
 * does not depend on the row order.
 */
final class AnswerPacking implements MapPartitionsFunction<Row, Row> {

  private static final long serialVersionUID = 1L;
  static final int SCORED = 1;
  static final int DONT_KNOW = 2;
  static final int SKIPPED = 4;

  /** The column of an answer the questionnaire does not allow. */
  static final int NOT_ALLOWED = 0xffff;

  /** The packed rows: response_id and its packed answers. */
  static final StructType SCHEMA =
      new StructType()
          .add("response_id", DataTypes.StringType)
          .add("answers", DataTypes.BinaryType);

  /**
   * The answers ({@code resident_answers}) packed per response: columns response_id and answers.
   *
   * @param itemLevels item code → its level code (the questionnaire)
   * @param items the item codes in the kernel's column order
   */
  static Dataset<Row> pack(
      Dataset<Row> answers, Map<String, String> itemLevels, List<String> items) {
    if (items.size() >= NOT_ALLOWED) {
      throw new IllegalArgumentException(items.size() + " items, fewer than " + NOT_ALLOWED);
    }
    List<Column> columnOf = new ArrayList<>();
    List<Column> levelOf = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      columnOf.add(lit(items.get(i)));
      columnOf.add(lit(i));
      levelOf.add(lit(items.get(i)));
      levelOf.add(lit(itemLevels.get(items.get(i))));
    }
    Column item = col("item_code");
    Column level = col("item_level");
    Column allowed =
        level.eqNullSafe(try_element_at(functions.map(levelOf.toArray(Column[]::new)), item));
    return answers
        .select(
            col("response_id"),
            when(allowed, try_element_at(functions.map(columnOf.toArray(Column[]::new)), item))
                .as("column"),
            col("score"),
            col("dont_know"),
            col("skipped"),
            when(allowed.unary_$bang(), item).as("item_code"),
            when(allowed.unary_$bang(), level).as("item_level"))
        .mapPartitions(new AnswerPacking(), Encoders.row(SCHEMA));
  }

  @Override
  public Iterator<Row> call(Iterator<Row> answers) {
    return new Packed(answers);
  }

  /** The rows of one partition, a response's adjacent answers packed into one. */
  private static final class Packed implements Iterator<Row> {
    private final Iterator<Row> answers;
    private Row pending;
    private byte[] buffer = new byte[256];
    private int size;

    Packed(Iterator<Row> answers) {
      this.answers = answers;
      this.pending = answers.hasNext() ? answers.next() : null;
    }

    @Override
    public boolean hasNext() {
      return pending != null;
    }

    @Override
    public Row next() {
      if (pending == null) {
        throw new NoSuchElementException();
      }
      String id = pending.getString(0);
      size = 0;
      do {
        append(pending);
        pending = answers.hasNext() ? answers.next() : null;
      } while (pending != null && id.equals(pending.getString(0)));
      return RowFactory.create(id, Arrays.copyOf(buffer, size));
    }

    /** Input columns: response_id, column, score, dont_know, skipped, item_code, item_level. */
    private void append(Row r) {
      if (r.isNullAt(1)) {
        short2(NOT_ALLOWED);
        text(r.getString(5));
        text(r.getString(6));
        return;
      }
      boolean scored = !r.isNullAt(2);
      ensure(11);
      short2(r.getInt(1));
      buffer[size++] =
          (byte)
              ((scored ? SCORED : 0)
                  | (!r.isNullAt(3) && r.getBoolean(3) ? DONT_KNOW : 0)
                  | (!r.isNullAt(4) && r.getBoolean(4) ? SKIPPED : 0));
      if (scored) {
        long bits = Double.doubleToRawLongBits(r.getDouble(2));
        for (int shift = 56; shift >= 0; shift -= 8) {
          buffer[size++] = (byte) (bits >>> shift);
        }
      }
    }

    private void text(String s) {
      byte[] full = s == null ? new byte[0] : s.getBytes(StandardCharsets.UTF_8);
      byte[] utf8 = full.length < NOT_ALLOWED ? full : Arrays.copyOf(full, NOT_ALLOWED - 1);
      short2(utf8.length);
      ensure(utf8.length);
      System.arraycopy(utf8, 0, buffer, size, utf8.length);
      size += utf8.length;
    }

    private void short2(int value) {
      ensure(2);
      buffer[size++] = (byte) (value >>> 8);
      buffer[size++] = (byte) value;
    }

    private void ensure(int more) {
      if (buffer.length < size + more) {
        buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
      }
    }
  }
}
