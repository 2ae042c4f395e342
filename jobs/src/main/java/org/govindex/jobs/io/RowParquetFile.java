package org.govindex.jobs.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.Map;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.govindex.contract.Messages;

/**
 * One Parquet file of flat Spark rows (external types: String, Integer, Long, Double, Boolean,
 * {@link Date}, {@link Timestamp}), written by parquet-mr directly from inside a Spark task,
 * without Spark's row encoders: the rows a file's task validated go to disk once, as they are read.
 * Physical types are Spark's own (strings as UTF-8 binary, dates as int32 days, timestamps as int64
 * microseconds adjusted to UTC), and the Spark schema is kept in the footer as Spark writes it, so
 * that Spark and DuckDB read the file as if Spark had written it. Columns whose values are nearly
 * all distinct ({@link SparkDatasetFiles#distinctValued}) have no dictionary, as in {@link
 * SparkDatasetFiles#write}. No column has statistics: the rows of an export are in no order of any
 * column, so a row group's minimum and maximum span nearly every value and would spare a reader
 * nothing, while keeping them compared every value written (a few per cent of the read); nor
 * Parquet's size statistics, which no reader here uses. The file carries no timestamp and its
 * footer is sorted ({@link SortedParquetFooter}): the same rows give the same bytes in every
 * process.
 */
public final class RowParquetFile implements Closeable {

  /** The footer key under which Spark keeps a file's schema. */
  private static final String SPARK_SCHEMA = "org.apache.spark.sql.parquet.row.metadata";

  private final Path path;
  private final ParquetWriter<Row> writer;
  private long rows;

  /** Creates (or replaces) the file. */
  public RowParquetFile(Path path, StructType schema) {
    this.path = path;
    try {
      Files.createDirectories(path.getParent());
      Builder builder =
          new Builder(new LocalOutputFile(path), schema)
              .withConf(new PlainParquetConfiguration())
              .withCompressionCodec(CompressionCodecName.SNAPPY)
              .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
              .withSizeStatisticsEnabled(false);
      for (StructField f : schema.fields()) {
        // column by column: parquet-java 1.15's withStatisticsEnabled(false) for all columns
        // leaves every column's statistics on
        builder = builder.withStatisticsEnabled(f.name(), false);
        if (SparkDatasetFiles.distinctValued(f)) {
          builder = builder.withDictionaryEncoding(f.name(), false);
        }
      }
      this.writer = builder.build();
    } catch (IOException e) {
      throw new UncheckedIOException(Messages.text("file.cannotWritePlain", path), e);
    }
  }

  /** Appends a row of the schema's columns, in order (null for an absent value). */
  public void write(Row row) {
    try {
      writer.write(row);
      rows++;
    } catch (IOException e) {
      throw new UncheckedIOException(Messages.text("file.cannotWritePlain", path), e);
    }
  }

  /** Rows written so far. */
  public long rows() {
    return rows;
  }

  @Override
  public void close() {
    try {
      writer.close();
      SortedParquetFooter.apply(path);
    } catch (IOException e) {
      throw new UncheckedIOException(Messages.text("file.cannotWritePlain", path), e);
    }
  }

  /** The Parquet schema Spark gives these columns (every column optional, as Spark writes). */
  static MessageType parquetSchema(StructType schema) {
    Types.MessageTypeBuilder b = Types.buildMessage();
    for (StructField f : schema.fields()) {
      b.addField(primitive(f.name(), f.dataType()));
    }
    return b.named("spark_schema");
  }

  private static Type primitive(String name, DataType type) {
    Type.Repetition optional = Type.Repetition.OPTIONAL;
    if (type.equals(DataTypes.StringType)) {
      return Types.primitive(PrimitiveTypeName.BINARY, optional)
          .as(LogicalTypeAnnotation.stringType())
          .named(name);
    } else if (type.equals(DataTypes.IntegerType)) {
      return Types.primitive(PrimitiveTypeName.INT32, optional).named(name);
    } else if (type.equals(DataTypes.LongType)) {
      return Types.primitive(PrimitiveTypeName.INT64, optional).named(name);
    } else if (type.equals(DataTypes.DoubleType)) {
      return Types.primitive(PrimitiveTypeName.DOUBLE, optional).named(name);
    } else if (type.equals(DataTypes.BooleanType)) {
      return Types.primitive(PrimitiveTypeName.BOOLEAN, optional).named(name);
    } else if (type.equals(DataTypes.DateType)) {
      return Types.primitive(PrimitiveTypeName.INT32, optional)
          .as(LogicalTypeAnnotation.dateType())
          .named(name);
    } else if (type.equals(DataTypes.TimestampType)) {
      return Types.primitive(PrimitiveTypeName.INT64, optional)
          .as(LogicalTypeAnnotation.timestampType(true, LogicalTypeAnnotation.TimeUnit.MICROS))
          .named(name);
    }
    throw new IllegalArgumentException(name + ": no flat Parquet column for " + type);
  }

  /** Microseconds since the epoch of a timestamp, as Spark stores it. */
  static long micros(Timestamp t) {
    return Math.floorDiv(t.getTime(), 1000L) * 1_000_000L + t.getNanos() / 1000;
  }

  /** Days since the epoch of a date (its local date), as Spark stores it. */
  static int days(Date d) {
    return (int) d.toLocalDate().toEpochDay();
  }

  private static final class Builder extends ParquetWriter.Builder<Row, Builder> {
    private final StructType schema;

    Builder(OutputFile file, StructType schema) {
      super(file);
      this.schema = schema;
    }

    @Override
    protected Builder self() {
      return this;
    }

    @Override
    protected WriteSupport<Row> getWriteSupport(org.apache.hadoop.conf.Configuration conf) {
      return new RowWriteSupport(schema);
    }

    @Override
    protected WriteSupport<Row> getWriteSupport(ParquetConfiguration conf) {
      return new RowWriteSupport(schema);
    }
  }

  /** Writes a row's non-null values, column by column. */
  private static final class RowWriteSupport extends WriteSupport<Row> {
    private final StructType schema;
    private final MessageType parquet;
    private final Writer[] writers;
    private RecordConsumer out;

    RowWriteSupport(StructType schema) {
      this.schema = schema;
      this.parquet = parquetSchema(schema);
      StructField[] fields = schema.fields();
      this.writers = new Writer[fields.length];
      for (int i = 0; i < fields.length; i++) {
        writers[i] = writer(fields[i].dataType());
      }
    }

    @Override
    public WriteContext init(org.apache.hadoop.conf.Configuration configuration) {
      return context();
    }

    @Override
    public WriteContext init(ParquetConfiguration configuration) {
      return context();
    }

    private WriteContext context() {
      return new WriteContext(parquet, Map.of(SPARK_SCHEMA, schema.json()));
    }

    @Override
    public void prepareForWrite(RecordConsumer recordConsumer) {
      this.out = recordConsumer;
    }

    @Override
    public void write(Row row) {
      out.startMessage();
      StructField[] fields = schema.fields();
      for (int i = 0; i < fields.length; i++) {
        Object v = row.get(i);
        if (v != null) {
          out.startField(fields[i].name(), i);
          writers[i].write(out, v);
          out.endField(fields[i].name(), i);
        }
      }
      out.endMessage();
    }

    private static Writer writer(DataType type) {
      if (type.equals(DataTypes.StringType)) {
        // array-backed: the dictionary compares and hashes a byte array, not a ByteBuffer
        return (out, v) ->
            out.addBinary(
                Binary.fromConstantByteArray(((String) v).getBytes(StandardCharsets.UTF_8)));
      } else if (type.equals(DataTypes.IntegerType)) {
        return (out, v) -> out.addInteger((Integer) v);
      } else if (type.equals(DataTypes.LongType)) {
        return (out, v) -> out.addLong((Long) v);
      } else if (type.equals(DataTypes.DoubleType)) {
        return (out, v) -> out.addDouble((Double) v);
      } else if (type.equals(DataTypes.BooleanType)) {
        return (out, v) -> out.addBoolean((Boolean) v);
      } else if (type.equals(DataTypes.DateType)) {
        return (out, v) -> out.addInteger(days((Date) v));
      } else if (type.equals(DataTypes.TimestampType)) {
        return (out, v) -> out.addLong(micros((Timestamp) v));
      }
      throw new IllegalArgumentException("no flat Parquet column for " + type);
    }
  }

  @FunctionalInterface
  private interface Writer {
    void write(RecordConsumer out, Object value);
  }
}
