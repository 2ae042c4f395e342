package org.govindex.samples;

import java.io.IOException;
import java.util.List;

/** Writes {@code registry/}: districts, streets, communities and departments (no defects). */
final class RegistryWriter {

  private final DropContext context;

  RegistryWriter(DropContext context) {
    this.context = context;
  }

  List<GeneratedFile> write() throws IOException {
    Registry registry = context.registry();
    GeneratedFile districts;
    try (DataFile file =
        context.open("registry/districts.csv", FileFormat.CSV_UTF8_BOM, false, true)) {
      file.header("区划代码", "区名称", "区类型");
      for (District d : registry.districts()) {
        file.row(d.code(), d.name(), d.typeLabel());
      }
      districts = file.finish();
    }
    GeneratedFile streets;
    try (DataFile file =
        context.open("registry/streets.csv", FileFormat.CSV_UTF8_BOM, false, true)) {
      file.header("街道代码", "街道名称", "区划代码");
      for (Street s : registry.streets()) {
        file.row(s.code(), s.name(), s.district().code());
      }
      streets = file.finish();
    }
    GeneratedFile communities;
    try (DataFile file =
        context.open("registry/communities.csv", FileFormat.CSV_UTF8_BOM, false, true)) {
      file.header("社区代码", "社区名称", "街道代码", "户数", "常住人口", "社区类型");
      for (Community c : registry.communities()) {
        file.row(
            c.code(),
            c.name(),
            c.street().code(),
            Integer.toString(c.households()),
            Integer.toString(c.population()),
            c.typeLabel());
      }
      communities = file.finish();
    }
    GeneratedFile departments;
    try (DataFile file =
        context.open("registry/departments.csv", FileFormat.CSV_GB18030, false, true)) {
      file.header("部门代码", "部门名称", "区划代码");
      for (Department d : registry.departments()) {
        file.row(d.code(), d.name(), d.district().code());
      }
      departments = file.finish();
    }
    return List.of(districts, streets, communities, departments);
  }
}
