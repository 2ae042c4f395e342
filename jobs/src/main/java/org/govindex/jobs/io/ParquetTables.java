package org.govindex.jobs.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;
import org.govindex.contract.ColumnSpec;
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
    SimpleGroupFactory groups = new SimpleGroupFactory(schema);
    try {
      RunFiles.deleteRecursively(dir);
      Files.createDirectories(dir);
      try (ParquetWriter<Group> writer =
          ExampleParquetWriter.builder(new LocalOutputFile(dir.resolve(PART)))
              .withConf(new PlainParquetConfiguration())
              .withType(schema)
              .withCompressionCodec(CompressionCodecName.SNAPPY)
              .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
              .build()) {
        List<ColumnSpec> columns = table.spec().columns();
        for (int r = 0; r < table.size(); r++) {
          Group g = groups.newGroup();
          for (int c = 0; c < columns.size(); c++) {
            Object v = table.value(r, c);
            if (v != null) {
              put(g, columns.get(c), v);
            }
          }
          writer.write(g);
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
      try (ParquetReader<Group> reader =
          new ParquetReader.Builder<Group>(
              new LocalInputFile(file), new PlainParquetConfiguration()) {
            @Override
            protected org.apache.parquet.hadoop.api.ReadSupport<Group> getReadSupport() {
              return new GroupReadSupport();
            }
          }.build()) {
        Group g;
        while ((g = reader.read()) != null) {
          Object[] values = new Object[spec.columns().size()];
          for (int c = 0; c < values.length; c++) {
            values[c] = get(g, spec.columns().get(c));
          }
          out.add(values);
        }
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

  private static void put(Group g, ColumnSpec c, Object v) {
    String n = c.name();
    switch (c.type()) {
      case STRING -> g.append(n, (String) v);
      case INT -> g.append(n, (Integer) v);
      case LONG -> g.append(n, (Long) v);
      case DOUBLE -> g.append(n, (Double) v);
      case BOOLEAN -> g.append(n, (Boolean) v);
      case DATE -> g.append(n, (int) ((LocalDate) v).toEpochDay());
      case TIMESTAMP -> g.append(n, micros((LocalDateTime) v));
      case DOUBLE_LIST -> {
        Group list = g.addGroup(n);
        for (double d : (double[]) v) {
          list.addGroup("list").append("element", d);
        }
      }
    }
  }

  private static Object get(Group g, ColumnSpec c) {
    String n = c.name();
    if (!g.getType().containsField(n) || g.getFieldRepetitionCount(n) == 0) {
      return null;
    }
    return switch (c.type()) {
      case STRING -> g.getString(n, 0);
      case INT -> g.getInteger(n, 0);
      case LONG -> g.getLong(n, 0);
      case DOUBLE -> g.getDouble(n, 0);
      case BOOLEAN -> g.getBoolean(n, 0);
      case DATE -> LocalDate.ofEpochDay(g.getInteger(n, 0));
      case TIMESTAMP -> fromMicros(g.getLong(n, 0));
      case DOUBLE_LIST -> {
        Group list = g.getGroup(n, 0);
        int k = list.getFieldRepetitionCount("list");
        double[] out = new double[k];
        for (int i = 0; i < k; i++) {
          out[i] = list.getGroup("list", i).getDouble("element", 0);
        }
        yield out;
      }
    };
  }

  private static long micros(LocalDateTime t) {
    return ChronoUnit.MICROS.between(java.time.Instant.EPOCH, t.atZone(ZONE).toInstant());
  }

  private static LocalDateTime fromMicros(long micros) {
    return LocalDateTime.ofInstant(java.time.Instant.EPOCH.plus(micros, ChronoUnit.MICROS), ZONE);
  }
}
