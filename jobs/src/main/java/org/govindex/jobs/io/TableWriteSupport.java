package org.govindex.jobs.io;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;
import org.govindex.contract.ColumnSpec;

/**
 * Writes the rows of a table (its values in column order, as {@link
 * org.govindex.contract.Table#value} gives them) straight to Parquet's record consumer: no
 * intermediate record object and no field lookup by name, so a replicate list of 1,000 doubles is
 * 1,000 {@code addDouble} calls. The records are those of the schema {@link ParquetTables#schema}
 * declares (a DOUBLE_LIST as the three-level list {@code <name>.list.element}).
 */
final class TableWriteSupport extends WriteSupport<Object[]> {

  private static final String LIST = "list";
  private static final String ELEMENT = "element";

  private final MessageType schema;
  private final List<ColumnSpec> columns;
  private RecordConsumer out;

  TableWriteSupport(MessageType schema, List<ColumnSpec> columns) {
    this.schema = schema;
    this.columns = columns;
  }

  @Override
  public String getName() {
    return "govindex";
  }

  @Override
  public WriteContext init(ParquetConfiguration configuration) {
    return new WriteContext(schema, Map.of());
  }

  @Override
  public WriteContext init(org.apache.hadoop.conf.Configuration configuration) {
    return new WriteContext(schema, Map.of());
  }

  @Override
  public void prepareForWrite(RecordConsumer recordConsumer) {
    this.out = recordConsumer;
  }

  @Override
  public void write(Object[] row) {
    out.startMessage();
    for (int c = 0; c < columns.size(); c++) {
      Object v = row[c];
      if (v != null) {
        String name = columns.get(c).name();
        out.startField(name, c);
        value(columns.get(c), v);
        out.endField(name, c);
      }
    }
    out.endMessage();
  }

  private void value(ColumnSpec column, Object v) {
    switch (column.type()) {
      case STRING -> out.addBinary(Binary.fromString((String) v));
      case INT -> out.addInteger((Integer) v);
      case LONG -> out.addLong((Long) v);
      case DOUBLE -> out.addDouble((Double) v);
      case BOOLEAN -> out.addBoolean((Boolean) v);
      case DATE -> out.addInteger((int) ((LocalDate) v).toEpochDay());
      case TIMESTAMP -> out.addLong(ParquetTables.micros((LocalDateTime) v));
      case DOUBLE_LIST -> list((double[]) v);
    }
  }

  private void list(double[] values) {
    out.startGroup();
    if (values.length > 0) {
      out.startField(LIST, 0);
      for (double d : values) {
        out.startGroup();
        out.startField(ELEMENT, 0);
        out.addDouble(d);
        out.endField(ELEMENT, 0);
        out.endGroup();
      }
      out.endField(LIST, 0);
    }
    out.endGroup();
  }
}
