package org.govindex.jobs.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.ReadSupport;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.ParquetDecodingException;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;
import org.govindex.contract.ColumnSpec;
import org.govindex.contract.GovindexException;
import org.govindex.contract.Messages;
import org.govindex.contract.Table;
import org.govindex.contract.TableSpec;

/**
 * Small tables (one row per unit) as Parquet, written and read in plain Java, without Spark: a
 * table is the folder {@code <dir>/} holding one file {@code part-00000.parquet}, which Spark and
 * DuckDB read as a dataset. Column types follow the contract: strings as UTF-8 binary, INT as
 * int32, LONG as int64, DOUBLE as double, BOOLEAN as boolean, DATE as int32 date, TIMESTAMP as
 * int64 microseconds (Asia/Shanghai wall time as an instant, as Spark writes it), DOUBLE_LIST as a
 * three-level list of doubles. Files carry no timestamp and their footers are sorted ({@link
 * SortedParquetFooter}), so equal tables give equal bytes whichever process writes them.
 */
public final class ParquetTables {

  /** The one data file of a table folder. */
  public static final String PART = "part-00000.parquet";

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private ParquetTables() {}

  /** Writes the table as {@code dir/part-00000.parquet}, replacing the folder's content. */
  public static void write(Table table, Path dir) {
    MessageType schema = schema(table.spec());
    List<ColumnSpec> columns = table.spec().columns();
    try {
      RunFiles.deleteRecursively(dir);
      Files.createDirectories(dir);
      try (ParquetWriter<Object[]> writer =
          new WriterBuilder(new LocalOutputFile(dir.resolve(PART)), schema, columns)
              .withConf(new PlainParquetConfiguration())
              .withCompressionCodec(CompressionCodecName.SNAPPY)
              .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
              .build()) {
        Object[] row = new Object[columns.size()];
        for (int r = 0; r < table.size(); r++) {
          for (int c = 0; c < row.length; c++) {
            row[c] = table.value(r, c);
          }
          writer.write(row);
        }
      }
      SortedParquetFooter.apply(dir.resolve(PART));
    } catch (IOException e) {
      throw new UncheckedIOException(Messages.text("file.cannotWritePlain", dir), e);
    }
  }

  /**
   * Reads a table folder written by {@link #write} (or by Spark) against the spec: columns by name,
   * a column of the spec the file lacks is null in every row (an older output), extra columns are
   * ignored.
   */
  public static Table read(Path dir, TableSpec spec) {
    Table.Builder out = Table.builder(spec);
    for (Path file : dataFiles(dir)) {
      try (ParquetReader<Object[]> reader =
          new ParquetReader.Builder<Object[]>(
              new LocalInputFile(file), new PlainParquetConfiguration()) {
            @Override
            protected ReadSupport<Object[]> getReadSupport() {
              return new TableReadSupport(spec, file);
            }
          }.build()) {
        Object[] values;
        while ((values = reader.read()) != null) {
          out.add(values);
        }
      } catch (ParquetDecodingException e) {
        // what the converters refuse reaches here wrapped in the reader's own exception
        if (e.getCause() instanceof GovindexException refused) {
          throw refused;
        }
        throw e;
      } catch (IOException e) {
        throw new UncheckedIOException(Messages.text("file.cannotReadPlain", file), e);
      }
    }
    return out.build();
  }

  private static List<Path> dataFiles(Path dir) {
    if (Files.isRegularFile(dir)) {
      return List.of(dir);
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".parquet")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(Messages.text("file.cannotList", dir), e);
    }
  }

  static MessageType schema(TableSpec spec) {
    Types.MessageTypeBuilder b = Types.buildMessage();
    for (ColumnSpec c : spec.columns()) {
      Type.Repetition rep = c.nullable() ? Type.Repetition.OPTIONAL : Type.Repetition.REQUIRED;
      Type field =
          switch (c.type()) {
            case STRING ->
                Types.primitive(PrimitiveTypeName.BINARY, rep)
                    .as(LogicalTypeAnnotation.stringType())
                    .named(c.name());
            case INT -> Types.primitive(PrimitiveTypeName.INT32, rep).named(c.name());
            case LONG -> Types.primitive(PrimitiveTypeName.INT64, rep).named(c.name());
            case DOUBLE -> Types.primitive(PrimitiveTypeName.DOUBLE, rep).named(c.name());
            case BOOLEAN -> Types.primitive(PrimitiveTypeName.BOOLEAN, rep).named(c.name());
            case DATE ->
                Types.primitive(PrimitiveTypeName.INT32, rep)
                    .as(LogicalTypeAnnotation.dateType())
                    .named(c.name());
            case TIMESTAMP ->
                Types.primitive(PrimitiveTypeName.INT64, rep)
                    .as(
                        LogicalTypeAnnotation.timestampType(
                            true, LogicalTypeAnnotation.TimeUnit.MICROS))
                    .named(c.name());
            case DOUBLE_LIST ->
                Types.list(rep)
                    .element(
                        Types.primitive(PrimitiveTypeName.DOUBLE, Type.Repetition.REQUIRED)
                            .named("element"))
                    .named(c.name());
          };
      b.addField(field);
    }
    return b.named("spark_schema");
  }

  /** A writer of table rows ({@link TableWriteSupport}). */
  private static final class WriterBuilder extends ParquetWriter.Builder<Object[], WriterBuilder> {
    private final MessageType schema;
    private final List<ColumnSpec> columns;

    WriterBuilder(OutputFile file, MessageType schema, List<ColumnSpec> columns) {
      super(file);
      this.schema = schema;
      this.columns = columns;
    }

    @Override
    protected WriterBuilder self() {
      return this;
    }

    @Override
    protected WriteSupport<Object[]> getWriteSupport(org.apache.hadoop.conf.Configuration conf) {
      return new TableWriteSupport(schema, columns);
    }

    @Override
    protected WriteSupport<Object[]> getWriteSupport(
        org.apache.parquet.conf.ParquetConfiguration conf) {
      return new TableWriteSupport(schema, columns);
    }
  }

  static long micros(LocalDateTime t) {
    return ChronoUnit.MICROS.between(java.time.Instant.EPOCH, t.atZone(ZONE).toInstant());
  }

  static LocalDateTime fromMicros(long micros) {
    return LocalDateTime.ofInstant(java.time.Instant.EPOCH.plus(micros, ChronoUnit.MICROS), ZONE);
  }
}
