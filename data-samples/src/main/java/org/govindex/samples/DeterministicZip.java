package org.govindex.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Re-packs a ZIP (an XLSX package) with every entry stamped with one fixed local time, in the
 * central-directory order, so that the bytes do not depend on when the file was written.
 */
final class DeterministicZip {

  private DeterministicZip() {}

  static void rewrite(Path source, Path target, LocalDateTime entryTime) throws IOException {
    try (ZipFile zip = new ZipFile(source.toFile());
        OutputStream file = Files.newOutputStream(target);
        ZipOutputStream out = new ZipOutputStream(file)) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        ZipEntry copy = new ZipEntry(entry.getName());
        copy.setTimeLocal(entryTime);
        out.putNextEntry(copy);
        try (InputStream in = zip.getInputStream(entry)) {
          in.transferTo(out);
        }
        out.closeEntry();
      }
    }
  }
}
