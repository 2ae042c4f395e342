package org.govindex.jobs.ingest;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Types every canonical row with a {@link RowValidator} (a Spark map): the output has the dataset's
 * columns plus {@code reason_code} and {@code reason}, both null for an accepted row; a rejected
 * row keeps only {@code source_file}, {@code row_number} and the values its validator salvaged
 * ({@link CellRejection#salvaged()}, e.g. the unit and submit time of a rejected survey response).
 */
public final class Validation implements MapFunction<Row, Row> {

  public static final String REASON_CODE = "reason_code";
  public static final String REASON = "reason";
  private static final long serialVersionUID = 1L;

  private final RowValidator validator;
  private final Broadcast<UnitRegistry> registry;
  private final int width;
  private final int sourceFileIndex;
  private final int rowNumberIndex;

  private Validation(RowValidator validator, Broadcast<UnitRegistry> registry) {
    this.validator = validator;
    this.registry = registry;
    StructType schema = validator.schema();
    this.width = schema.fields().length;
    this.sourceFileIndex = schema.fieldIndex(RawTable.SOURCE_FILE);
    this.rowNumberIndex = schema.fieldIndex(RawTable.ROW_NUMBER);
  }

  /** The validated rows of canonical rows (a pure transformation). */
  public static Dataset<Row> apply(
      Dataset<Row> canonical, RowValidator validator, Broadcast<UnitRegistry> registry) {
    return canonical.map(
        new Validation(validator, registry), Encoders.row(withReason(validator.schema())));
  }

  /** The dataset schema plus the two reason columns. */
  public static StructType withReason(StructType schema) {
    List<StructField> fields = new ArrayList<>(List.of(schema.fields()));
    fields.add(DataTypes.createStructField(REASON_CODE, DataTypes.StringType, true));
    fields.add(DataTypes.createStructField(REASON, DataTypes.StringType, true));
    return DataTypes.createStructType(fields);
  }

  @Override
  public Row call(Row raw) {
    Object[] out = new Object[width + 2];
    try {
      Object[] values = validator.validate(raw, registry.value());
      System.arraycopy(values, 0, out, 0, width);
    } catch (CellRejection rejection) {
      if (rejection.salvaged() != null) {
        System.arraycopy(rejection.salvaged(), 0, out, 0, width);
      }
      out[sourceFileIndex] = raw.getString(0);
      out[rowNumberIndex] = raw.getLong(1);
      out[width] = rejection.code();
      out[width + 1] = rejection.reason();
    } catch (RuntimeException e) {
      throw new IngestionException(
          raw.getString(0) + " row " + raw.getLong(1) + ": cannot validate: " + e, e);
    }
    return RowFactory.create(out);
  }
}
