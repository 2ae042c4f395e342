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
import org.apache.spark.sql.RowFactory;
import org.apache.spark.util.CollectionAccumulator;
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
 * The Spark task of one data file: reads it once — SHA-256, encoding, header and rows together —
 * and streams its accepted rows, typed by the validator, to the dataset being written. A rejected
 * row goes to the rejects accumulator with its file, row number, reason and the values its
 * validator salvaged (rejects are few, so they are collected on the driver); what the task learnt
 * about the file goes to the summary accumulator when its last row has been read. Accumulators
 * updated inside the write action count each successful task once.
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
  private final CollectionAccumulator<RejectedRow> rejects;
  private final int sourceFileIndex;
  private final int rowNumberIndex;

  FileParser(
      FileTask[] files,
      RowValidator validator,
      RegistrySource registry,
      CollectionAccumulator<FileSummary> summaries,
      CollectionAccumulator<RejectedRow> rejects) {
    this.files = files;
    this.validator = validator;
    this.registry = registry;
    this.summaries = summaries;
    this.rejects = rejects;
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
      source = new XlsxRecords(file.relativePath(), new File(file.path()));
    } else {
      digesting = new DigestInputStream(Files.newInputStream(Path.of(file.path())), sha);
      source = new CsvRecords(file.relativePath(), digesting);
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
        String[] record = source.next();
        if (record == null) {
          finish();
          return;
        }
        read++;
        next = validate(projection.canonical(record), source.rowNumber());
      }
    }

    /** The row when accepted; null when rejected (then it is in the rejects accumulator). */
    private Row validate(String[] cells, long rowNumber) {
      try {
        Object[] values = validator.validate(cells, file.relativePath(), rowNumber, units);
        accepted++;
        return RowFactory.create(values);
      } catch (CellRejection rejection) {
        Object[] salvaged = rejection.salvaged();
        if (salvaged != null) {
          salvaged = salvaged.clone();
          salvaged[sourceFileIndex] = file.relativePath();
          salvaged[rowNumberIndex] = rowNumber;
        }
        rejects.add(
            new RejectedRow(
                file.relativePath(), rowNumber, rejection.code(), rejection.reason(), salvaged));
        return null;
      } catch (RuntimeException e) {
        throw new IngestionException(
            file.relativePath() + " row " + rowNumber + ": cannot validate: " + e, e);
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
        throw new UncheckedIOException("cannot read " + file.relativePath(), e);
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
