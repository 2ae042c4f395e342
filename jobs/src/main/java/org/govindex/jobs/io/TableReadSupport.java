package org.govindex.jobs.io;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.hadoop.api.InitContext;
import org.apache.parquet.hadoop.api.ReadSupport;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.Converter;
import org.apache.parquet.io.api.GroupConverter;
import org.apache.parquet.io.api.PrimitiveConverter;
import org.apache.parquet.io.api.RecordMaterializer;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;
import org.govindex.contract.ColumnSpec;
import org.govindex.contract.GovindexException;
import org.govindex.contract.Messages;
import org.govindex.contract.TableSpec;

/**
 * Reads Parquet records straight into a table's rows (values in the spec's column order): the
 * file's columns the spec names are projected and converted by one converter each (a string
 * column's dictionary decoded once per page set, a DOUBLE_LIST's elements appended to a growing
 * array, a null element refused); a column of the spec the file lacks stays null, extra columns are
 * not read. Works for the files {@link ParquetTables#write} writes and for Spark's (whose list
 * elements are optional).
 */
final class TableReadSupport extends ReadSupport<Object[]> {

  private final TableSpec spec;
  private final java.nio.file.Path file;

  /** Reads {@code file} against the spec; the file is named in what it refuses. */
  TableReadSupport(TableSpec spec, java.nio.file.Path file) {
    this.spec = spec;
    this.file = file;
  }

  @Override
  public ReadContext init(InitContext context) {
    return new ReadContext(projection(context.getFileSchema()));
  }

  @Override
  public RecordMaterializer<Object[]> prepareForRead(
      ParquetConfiguration configuration,
      Map<String, String> keyValueMetaData,
      MessageType fileSchema,
      ReadContext readContext) {
    return new RowMaterializer(readContext.getRequestedSchema());
  }

  @Override
  public RecordMaterializer<Object[]> prepareForRead(
      org.apache.hadoop.conf.Configuration configuration,
      Map<String, String> keyValueMetaData,
      MessageType fileSchema,
      ReadContext readContext) {
    return new RowMaterializer(readContext.getRequestedSchema());
  }

  /** The file's fields that the spec names, in the file's order. */
  private MessageType projection(MessageType file) {
    List<Type> fields = new ArrayList<>();
    for (Type field : file.getFields()) {
      if (spec.has(field.getName())) {
        fields.add(field);
      }
    }
    return new MessageType(file.getName(), fields);
  }

  /** One row per record. */
  private final class RowMaterializer extends RecordMaterializer<Object[]> {
    private final RowConverter root;

    RowMaterializer(MessageType requested) {
      this.root = new RowConverter(requested);
    }

    @Override
    public Object[] getCurrentRecord() {
      return root.row;
    }

    @Override
    public GroupConverter getRootConverter() {
      return root;
    }
  }

  private final class RowConverter extends GroupConverter {
    private final Converter[] fields;
    private Object[] row;

    RowConverter(MessageType requested) {
      fields = new Converter[requested.getFieldCount()];
      for (int f = 0; f < fields.length; f++) {
        Type type = requested.getType(f);
        int column = spec.indexOf(type.getName());
        fields[f] = converter(spec.columns().get(column), column, type);
      }
    }

    private Converter converter(ColumnSpec c, int column, Type type) {
      return switch (c.type()) {
        case DOUBLE_LIST -> new DoubleListConverter(column, c.name());
        case STRING -> new StringConverter(column);
        default -> new ValueConverter(c, column);
      };
    }

    @Override
    public Converter getConverter(int fieldIndex) {
      return fields[fieldIndex];
    }

    @Override
    public void start() {
      row = new Object[spec.columns().size()];
    }

    @Override
    public void end() {
      // the row is complete
    }

    void set(int column, Object value) {
      row[column] = value;
    }

    /** Strings, with the dictionary of a dictionary-encoded column decoded once. */
    private final class StringConverter extends PrimitiveConverter {
      private final int column;
      private String[] dictionary;

      StringConverter(int column) {
        this.column = column;
      }

      @Override
      public boolean hasDictionarySupport() {
        return true;
      }

      @Override
      public void setDictionary(org.apache.parquet.column.Dictionary d) {
        dictionary = new String[d.getMaxId() + 1];
        for (int i = 0; i < dictionary.length; i++) {
          dictionary[i] = d.decodeToBinary(i).toStringUsingUTF8();
        }
      }

      @Override
      public void addValueFromDictionary(int dictionaryId) {
        set(column, dictionary[dictionaryId]);
      }

      @Override
      public void addBinary(Binary value) {
        set(column, value.toStringUsingUTF8());
      }
    }

    /** Numbers, booleans, dates and timestamps. */
    private final class ValueConverter extends PrimitiveConverter {
      private final ColumnSpec spec;
      private final int column;

      ValueConverter(ColumnSpec spec, int column) {
        this.spec = spec;
        this.column = column;
      }

      @Override
      public void addInt(int value) {
        set(
            column,
            switch (spec.type()) {
              case DATE -> LocalDate.ofEpochDay(value);
              case LONG -> (long) value;
              default -> value;
            });
      }

      @Override
      public void addLong(long value) {
        set(
            column,
            switch (spec.type()) {
              case TIMESTAMP -> ParquetTables.fromMicros(value);
              default -> value;
            });
      }

      @Override
      public void addDouble(double value) {
        set(column, value);
      }

      @Override
      public void addBoolean(boolean value) {
        set(column, value);
      }
    }

    /** {@code <name>.list.element} (three levels), its doubles appended in order. */
    private final class DoubleListConverter extends GroupConverter {
      private final int column;
      private final GroupConverter repeated;
      private double[] values = new double[16];
      private int size;
      private int elements;

      DoubleListConverter(int column, String name) {
        this.column = column;
        PrimitiveConverter element =
            new PrimitiveConverter() {
              @Override
              public void addDouble(double value) {
                if (size == values.length) {
                  values = Arrays.copyOf(values, size * 2);
                }
                values[size++] = value;
              }
            };
        this.repeated =
            new GroupConverter() {
              @Override
              public Converter getConverter(int fieldIndex) {
                return element;
              }

              @Override
              public void start() {
                elements = size;
              }

              @Override
              public void end() {
                if (size == elements) { // a null element: the list would lose a position
                  throw new GovindexException(
                      Messages.text("file.nullListElement", file, spec.name(), name));
                }
              }
            };
      }

      @Override
      public Converter getConverter(int fieldIndex) {
        return repeated;
      }

      @Override
      public void start() {
        size = 0;
      }

      @Override
      public void end() {
        set(column, Arrays.copyOf(values, size));
      }
    }
  }
}
