package org.govindex.jobs.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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

  /**
   * Rewrites the footer of {@code file} in place with its encoding lists sorted; only the file's
   * tail is read and written (an ingested file may be hundreds of megabytes).
   */
  static void apply(Path file) throws IOException {
    try (FileChannel channel =
        FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      long size = channel.size();
      ByteBuffer tail = read(channel, size - 8, 8).order(ByteOrder.LITTLE_ENDIAN);
      int footerLength = tail.getInt(0);
      long footerStart = size - 8 - footerLength;
      byte[] old = read(channel, footerStart, footerLength).array();
      FileMetaData footer = Util.readFileMetaData(new ByteArrayInputStream(old));
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
      ByteArrayOutputStream sorted = new ByteArrayOutputStream(footerLength + 8);
      Util.writeFileMetaData(footer, sorted);
      int newLength = sorted.size();
      sorted.write(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(newLength).array());
      sorted.write(MAGIC);
      ByteBuffer out = ByteBuffer.wrap(sorted.toByteArray());
      long at = footerStart;
      while (out.hasRemaining()) {
        at += channel.write(out, at);
      }
      channel.truncate(at);
    }
  }

  private static ByteBuffer read(FileChannel channel, long position, int length)
      throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(length);
    while (buffer.hasRemaining()) {
      if (channel.read(buffer, position + buffer.position()) < 0) {
        throw new IOException("unexpected end of a Parquet file");
      }
    }
    return buffer.flip();
  }
}
