package org.govindex.jobs.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.apache.parquet.format.ColumnChunk;
import org.apache.parquet.format.FileMetaData;
import org.apache.parquet.format.RowGroup;
import org.apache.parquet.format.Util;
import org.govindex.contract.ColumnType;
import org.govindex.contract.Table;
import org.govindex.contract.TableSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SortedParquetFooterTest {

  private static final TableSpec SPEC =
      TableSpec.builder("sample", "样例", "两列的小表")
          .required("unit_code", ColumnType.STRING, "单位代码")
          .optional("score", ColumnType.DOUBLE, "得分")
          .build();

  @TempDir Path temp;

  @Test
  void givenAFooterListingEncodingsInAnotherOrderWhenSortedThenTheBytesAreThoseOfTheFirstWrite()
      throws Exception {
    // given a table written once, and the same file as another JVM may write it: the encodings
    // of every column chunk listed in the reverse order
    Table table =
        Table.builder(SPEC).add("a", 1.5).add("b", null).add("a", 1.5).add("c", 2.25).build();
    Path dir = temp.resolve("sample");
    ParquetTables.write(table, dir);
    Path file = dir.resolve(ParquetTables.PART);
    byte[] written = Files.readAllBytes(file);
    FileMetaData footer = footer(written);
    boolean reordered = false;
    for (RowGroup group : footer.getRow_groups()) {
      for (ColumnChunk chunk : group.getColumns()) {
        List<org.apache.parquet.format.Encoding> encodings = chunk.getMeta_data().getEncodings();
        reordered |= encodings.size() > 1;
        Collections.reverse(encodings);
      }
    }
    assertThat(reordered).as("a column chunk lists more than one encoding").isTrue();
    Path other = temp.resolve("other.parquet");
    Files.write(other, withFooter(written, footer));
    assertThat(Files.readAllBytes(other)).isNotEqualTo(written);

    // when its footer is sorted
    SortedParquetFooter.apply(other);

    // then it has the bytes of the first write, and still reads as the same table
    assertThat(Files.readAllBytes(other)).isEqualTo(written);
    assertThat(ParquetTables.read(dir, SPEC).rows())
        .extracting(r -> r.string("unit_code") + "=" + r.number("score"))
        .containsExactly("a=1.5", "b=null", "a=1.5", "c=2.25");
  }

  private static FileMetaData footer(byte[] file) throws Exception {
    int length = ByteBuffer.wrap(file, file.length - 8, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
    return Util.readFileMetaData(new ByteArrayInputStream(file, file.length - 8 - length, length));
  }

  private static byte[] withFooter(byte[] file, FileMetaData footer) throws Exception {
    int length = ByteBuffer.wrap(file, file.length - 8, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(file, 0, file.length - 8 - length);
    ByteArrayOutputStream meta = new ByteArrayOutputStream();
    Util.writeFileMetaData(footer, meta);
    meta.writeTo(out);
    out.write(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(meta.size()).array());
    out.write(file, file.length - 4, 4);
    return out.toByteArray();
  }
}
