package org.govindex.jobs.io;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.govindex.contract.ColumnSpec;
import org.govindex.contract.ColumnType;
import org.govindex.contract.TableSpec;

/** Spark schemas of the contract's tables: the one mapping of contract types to Spark types. */
public final class SparkSchemas {

  private SparkSchemas() {}

  /** The schema of a dataset or table; every column nullable, as Spark reads Parquet back. */
  public static StructType of(TableSpec spec) {
    List<StructField> fields = new ArrayList<>();
    for (ColumnSpec c : spec.columns()) {
      fields.add(DataTypes.createStructField(c.name(), type(c.type()), true));
    }
    return DataTypes.createStructType(fields);
  }

  public static DataType type(ColumnType type) {
    return switch (type) {
      case STRING -> DataTypes.StringType;
      case INT -> DataTypes.IntegerType;
      case LONG -> DataTypes.LongType;
      case DOUBLE -> DataTypes.DoubleType;
      case BOOLEAN -> DataTypes.BooleanType;
      case DATE -> DataTypes.DateType;
      case TIMESTAMP -> DataTypes.TimestampType;
      case DOUBLE_LIST -> DataTypes.createArrayType(DataTypes.DoubleType, false);
    };
  }
}
