package org.govindex.samples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.govindex.contract.Messages;

/**
 * Prepares the drop folder: creates it, or, when it already holds a synthetic drop (its metadata
 * file), deletes that drop's data files (every .csv/.xlsx under registry/, surveys/, cases/,
 * facts/) so that no stale file of another scale survives. A non-empty folder without the metadata
 * file is refused, to never overwrite real data.
 */
final class OutputFolder {

  static final List<String> DATA_FOLDERS = List.of("registry", "surveys", "cases", "facts");

  private OutputFolder() {}

  static void prepare(Path out) throws IOException {
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new DropGenerationException(Messages.text("samples.output.notFolder", out));
    }
    if (!Files.exists(out)) {
      Files.createDirectories(out);
      return;
    }
    boolean synthetic = Files.exists(out.resolve(MetadataWriter.FILE_NAME));
    if (!synthetic) {
      try (Stream<Path> entries = Files.list(out)) {
        if (entries.findAny().isPresent()) {
          throw new DropGenerationException(
              Messages.text("samples.output.notEmpty", out, MetadataWriter.FILE_NAME));
        }
      }
      return;
    }
    for (String folder : DATA_FOLDERS) {
      Path dir = out.resolve(folder);
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> files = Files.list(dir)) {
        for (Path file : (Iterable<Path>) files::iterator) {
          String name = file.getFileName().toString();
          if (Files.isRegularFile(file) && (name.endsWith(".csv") || name.endsWith(".xlsx"))) {
            Files.delete(file);
          }
        }
      }
    }
    Files.delete(out.resolve(MetadataWriter.FILE_NAME));
  }
}
