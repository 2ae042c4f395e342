package org.govindex.jobs.ingest;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.util.CollectionAccumulator;
import org.govindex.contract.Datasets;
import org.govindex.contract.Messages;
import org.govindex.contract.RejectReason;
import org.govindex.jobs.ingest.source.CsvRecords;
import org.govindex.jobs.ingest.source.IngestionException;
import org.govindex.jobs.ingest.source.RecordSource;
import org.govindex.jobs.ingest.source.RewrittenRecords;
import org.govindex.jobs.ingest.source.XlsxRecords;
import org.govindex.jobs.ingest.validation.CellRejection;
import org.govindex.jobs.ingest.validation.Projection;
import org.govindex.jobs.ingest.validation.RowValidator;
import org.govindex.jobs.ingest.validation.UnitRegistry;

/**
 * The rows of one data file: reads it once — SHA-256, encoding, header and rows together — and
 * gives its rows as {@link ParsedRows}: an accepted row typed by the validator, a rejected row with
 * its file, row number, reason and the values its validator salvaged. In a Spark task ({@link
 * FileIngestTask}) they go straight to Parquet as they are read, so however many rows are rejected,
 * none is held in memory. What the task learnt about the file goes to the summary accumulator when
 * its last row has been read; an accumulator updated inside an action counts each successful task
 * once.
 */
final class FileParser implements FlatMapFunction<Long, Row> {

  /** Where a task finds the accepted registry: a Spark broadcast, or the driver's own copy. */
  @FunctionalInterface
  interface RegistrySource extends java.io.Serializable {
    UnitRegistry get();
  }

  private static final long serialVersionUID = 1L;

  private final FileTask[] files;
  private final RowValidator validator;
  private final RegistrySource registry;
  private final CollectionAccumulator<FileSummary> summaries;
  private final int width;
  private final int sourceFileIndex;
  private final int rowNumberIndex;

  FileParser(
      FileTask[] files,
      RowValidator validator,
      RegistrySource registry,
      CollectionAccumulator<FileSummary> summaries) {
    this.files = files;
    this.validator = validator;
    this.registry = registry;
    this.summaries = summaries;
    this.width = validator.schema().fields().length;
    this.sourceFileIndex = validator.schema().fieldIndex("source_file");
    this.rowNumberIndex = validator.schema().fieldIndex("row_number");
  }

  @Override
  public Iterator<Row> call(Long index) throws IOException {
    FileTask file = files[index.intValue()];
    MessageDigest sha = sha256();
    RecordSource source;
    InputStream digesting = null;
    if (file.xlsx()) {
      // a workbook is a zip read by random access: its bytes are hashed in a stream of their own
      try (InputStream in =
          new DigestInputStream(Files.newInputStream(Path.of(file.path())), sha)) {
        in.transferTo(java.io.OutputStream.nullOutputStream());
      }
      source =
          unreadable(file, 0, () -> new XlsxRecords(file.relativePath(), new File(file.path())));
    } else {
      InputStream in = new DigestInputStream(Files.newInputStream(Path.of(file.path())), sha);
      digesting = in;
      source = unreadable(file, 0, () -> new CsvRecords(file.relativePath(), in));
    }
    if (file.rewrite() != null) {
      source = new RewrittenRecords(source, file.rewrite());
    }
    TaskContext context = TaskContext.get();
    if (context != null) {
      RecordSource toClose = source;
      context.addTaskCompletionListener(
          (org.apache.spark.util.TaskCompletionListener) c -> closeQuietly(toClose));
    }
    Projection projection = validator.project(file.relativePath(), source.header());
    return new Rows(file, source, projection, digesting, sha);
  }

  /** The validated rows of one file, produced as Spark pulls them. */
  private final class Rows implements Iterator<Row> {
    private final FileTask file;
    private final RecordSource source;
    private final Projection projection;
    private final InputStream digesting;
    private final MessageDigest sha;
    private final UnitRegistry units = registry.get();
    private Row next;
    private boolean done;
    private long read;
    private long accepted;

    Rows(
        FileTask file,
        RecordSource source,
        Projection projection,
        InputStream digesting,
        MessageDigest sha) {
      this.file = file;
      this.source = source;
      this.projection = projection;
      this.digesting = digesting;
      this.sha = sha;
    }

    @Override
    public boolean hasNext() {
      if (next == null && !done) {
        advance();
      }
      return next != null;
    }

    @Override
    public Row next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Row row = next;
      next = null;
      return row;
    }

    private void advance() {
      while (next == null) {
        String[] record = unreadable(file, source.rowNumber() + 1, source::next);
        if (record == null) {
          finish();
          return;
        }
        read++;
        long rowNumber = source.rowNumber();
        CellRejection defect = recordDefect(record);
        if (defect != null) {
          next = rejected(rowNumber, defect, null);
        } else {
          next = validate(projection.canonical(record), rowNumber);
        }
      }
    }

    /**
     * What is wrong with the record as a whole, before its cells are typed: cut by the end of the
     * file, more or fewer fields than the header (CSV), text past the header's last column (XLSX),
     * or a cell that ingestion reads longer than {@link Datasets#MAX_FIELD_CHARS}; null when
     * nothing is.
     */
    private CellRejection recordDefect(String[] record) {
      if (source.truncated()) {
        return new CellRejection(RejectReason.TRUNCATED_ROW, "文件在本行中途结束（行不完整或引号未闭合），本行不予接收");
      }
      int width = source.header().size();
      if (source.fieldCountKnown() && record.length != width) {
        return new CellRejection(
            RejectReason.FIELD_COUNT, "本行有 " + record.length + " 个字段，表头有 " + width + " 列");
      }
      if (record.length > width) {
        return new CellRejection(
            RejectReason.FIELD_COUNT, "本行在表头以外的第 " + record.length + " 列有内容，表头只有 " + width + " 列");
      }
      int[] columns = projection.columns();
      for (int c : columns) {
        if (c >= 0 && c < record.length && record[c] != null) {
          int length = record[c].length();
          if (length > Datasets.MAX_FIELD_CHARS) {
            return new CellRejection(
                RejectReason.FIELD_TOO_LONG,
                columnName(source.header().get(c))
                    + "：长 "
                    + length
                    + " 个字符，超过上限 "
                    + Datasets.MAX_FIELD_CHARS
                    + " 个字符");
          }
        }
      }
      return null;
    }

    /** A header as a reason names it: at most 64 characters (a header may be pathological too). */
    private static String columnName(String header) {
      return header.length() <= 64 ? header : header.substring(0, 64) + "…";
    }

    /** The rejected row: where it is, why, and what its validator salvaged (or nothing). */
    private Row rejected(long rowNumber, CellRejection rejection, Object[] salvaged) {
      Object[] values = salvaged == null ? new Object[width] : salvaged.clone();
      values[sourceFileIndex] = file.relativePath();
      values[rowNumberIndex] = rowNumber;
      return ParsedRows.rejected(values, rejection.code(), rejection.reason());
    }

    /** The row, accepted or rejected. */
    private Row validate(String[] cells, long rowNumber) {
      try {
        Object[] values = validator.validate(cells, file.relativePath(), rowNumber, units);
        accepted++;
        return ParsedRows.accepted(values);
      } catch (CellRejection rejection) {
        return rejected(rowNumber, rejection, rejection.salvaged());
      } catch (RuntimeException e) {
        // the exception's text may quote the row: only its class is named
        throw new IngestionException(
            Messages.text(
                "ingest.rowUnchecked",
                file.relativePath(),
                rowNumber,
                e.getClass().getSimpleName()),
            e);
      }
    }

    private void finish() {
      done = true;
      try {
        if (digesting != null) {
          digesting.transferTo(java.io.OutputStream.nullOutputStream());
        }
        source.close();
      } catch (IOException e) {
        throw new UncheckedIOException(
            Messages.text("file.cannotReadPlain", file.relativePath()), e);
      }
      summaries.add(
          new FileSummary(
              file.relativePath(),
              HexFormat.of().formatHex(sha.digest()),
              source.encoding(),
              read,
              accepted));
    }
  }

  /** Reads what a reader gives. */
  @FunctionalInterface
  private interface Read<T> {
    T get() throws IOException;
  }

  /**
   * The reader's result; a failure of the reading library that is no {@link IngestionException} (a
   * malformed workbook, say) becomes one naming the file and row, without the library's text, which
   * may quote the data.
   */
  private static <T> T unreadable(FileTask file, long row, Read<T> read) {
    try {
      return read.get();
    } catch (IngestionException e) {
      throw e;
    } catch (RuntimeException | IOException e) {
      throw new IngestionException(
          row == 0
              ? Messages.text(
                  "ingest.headerUnreadable", file.relativePath(), e.getClass().getSimpleName())
              : Messages.text(
                  "ingest.rowUnreadable", file.relativePath(), row, e.getClass().getSimpleName()),
          e);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void closeQuietly(RecordSource source) {
    try {
      source.close();
    } catch (IOException | RuntimeException e) {
      // the task is ending; the file handle is released either way
    }
  }
}
