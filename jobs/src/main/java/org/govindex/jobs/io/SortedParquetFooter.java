package org.govindex.jobs.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import org.apache.parquet.format.ColumnChunk;
import org.apache.parquet.format.ColumnMetaData;
import org.apache.parquet.format.FileMetaData;
import org.apache.parquet.format.PageEncodingStats;
import org.apache.parquet.format.RowGroup;
import org.apache.parquet.format.Util;

/**
 * Makes a Parquet file's footer independent of the process that wrote it. parquet-java collects the
 * encodings of a column chunk in a {@code HashSet} of enum constants, whose iteration order follows
 * identity hash codes and so changes from one JVM to the next: two runs of the same data would
 * write the same pages with footers listing the same encodings in another order. This rewrites the
 * footer with the encodings (and the page encoding statistics) sorted, so equal tables give equal
 * bytes in every process.
 */
final class SortedParquetFooter {

  private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);

  private SortedParquetFooter() {}

  /** Rewrites the footer of {@code file} in place with its encoding lists sorted. */
  static void apply(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    int footerLength =
        ByteBuffer.wrap(bytes, bytes.length - 8, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
    int footerStart = bytes.length - 8 - footerLength;
    FileMetaData footer =
        Util.readFileMetaData(new ByteArrayInputStream(bytes, footerStart, footerLength));
    for (RowGroup group : footer.getRow_groups()) {
      for (ColumnChunk chunk : group.getColumns()) {
        ColumnMetaData meta = chunk.getMeta_data();
        meta.getEncodings().sort(Comparator.comparingInt(e -> e.getValue()));
        if (meta.isSetEncoding_stats()) {
          meta.getEncoding_stats()
              .sort(
                  Comparator.comparingInt((PageEncodingStats s) -> s.getPage_type().getValue())
                      .thenComparingInt(s -> s.getEncoding().getValue()));
        }
      }
    }
    ByteArrayOutputStream sorted = new ByteArrayOutputStream(bytes.length);
    sorted.write(bytes, 0, footerStart);
    ByteArrayOutputStream newFooter = new ByteArrayOutputStream(footerLength);
    Util.writeFileMetaData(footer, newFooter);
    newFooter.writeTo(sorted);
    sorted.write(
        ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(newFooter.size()).array());
    sorted.write(MAGIC);
    Files.write(file, sorted.toByteArray());
  }
}
