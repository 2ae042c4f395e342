package org.govindex.jobs.compute.appraisal;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The parent of every registered unit, from the registry: a community's street, a street's
 * district, each with its district's type (中心城区 / 非中心城区). Columns: level, unit_code, parent_code,
 * parent_name, district_type.
 */
public final class UnitParents {

  private UnitParents() {}

  /**
   * @param communities community_code, street_code
   * @param streets street_code, street_name, district_code
   * @param districts district_code, district_name, district_type
   */
  public static Dataset<Row> of(
      Dataset<Row> communities, Dataset<Row> streets, Dataset<Row> districts) {
    Dataset<Row> d =
        districts.select(col("district_code"), col("district_name"), col("district_type"));
    Dataset<Row> s =
        streets
            .select(col("street_code"), col("street_name"), col("district_code"))
            .join(d, AppraisalTotals.toSeq("district_code"), "left");
    Dataset<Row> communityParents =
        communities
            .select(col("community_code"), col("street_code"))
            .join(s, AppraisalTotals.toSeq("street_code"), "left")
            .select(
                lit("community").as("level"),
                col("community_code").as("unit_code"),
                col("street_code").as("parent_code"),
                col("street_name").as("parent_name"),
                col("district_type"));
    Dataset<Row> streetParents =
        s.select(
            lit("street").as("level"),
            col("street_code").as("unit_code"),
            col("district_code").as("parent_code"),
            col("district_name").as("parent_name"),
            col("district_type"));
    return communityParents.unionByName(streetParents);
  }
}
