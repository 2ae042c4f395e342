package org.govindex.jobs.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds the data files of a drop by folder and name pattern. Anything unrecognised is an error
 * naming it, except the synthetic marker and README files at the drop root; hidden files (names
 * starting with {@code .}) are ignored.
 */
public final class DropScanner {

  private static final Set<String> DATA_FOLDERS = Set.of("registry", "surveys", "cases", "facts");

  private DropScanner() {}

  /** The data files, sorted by kind then path; the four registry tables are required. */
  public static List<DropFile> scan(Path dropDir) {
    if (!Files.isDirectory(dropDir)) {
      throw new IngestionException("drop folder " + dropDir + " does not exist");
    }
    List<DropFile> files = new ArrayList<>();
    for (Path entry : list(dropDir)) {
      String name = entry.getFileName().toString();
      if (name.startsWith(".")) {
        continue;
      }
      if (Files.isDirectory(entry)) {
        if (!DATA_FOLDERS.contains(name)) {
          throw new IngestionException(
              "drop "
                  + dropDir
                  + ": unrecognised folder "
                  + name
                  + "/ (expected "
                  + DATA_FOLDERS
                  + ")");
        }
        scanFolder(dropDir, entry, name, files);
      } else if (!isRootDocument(name)) {
        throw new IngestionException(
            "drop " + dropDir + ": unrecognised file " + name + " at the drop root");
      }
    }
    Map<FileKind, Integer> registryCounts = new EnumMap<>(FileKind.class);
    files.forEach(f -> registryCounts.merge(f.kind(), 1, Integer::sum));
    for (FileKind kind : FileKind.values()) {
      int count = registryCounts.getOrDefault(kind, 0);
      if (kind.isRegistry() && count != 1) {
        throw new IngestionException(
            "drop "
                + dropDir
                + ": registry/"
                + kind.name().toLowerCase(Locale.ROOT)
                + ".csv (or .xlsx) "
                + (count == 0 ? "is missing" : "exists more than once"));
      }
    }
    files.sort(Comparator.comparing(DropFile::kind).thenComparing(DropFile::relativePath));
    return files;
  }

  private static void scanFolder(Path dropDir, Path folder, String folderName, List<DropFile> out) {
    for (Path file : list(folder)) {
      String name = file.getFileName().toString();
      if (name.startsWith(".")) {
        continue;
      }
      String relative = folderName + "/" + name;
      if (Files.isDirectory(file)) {
        throw new IngestionException("drop " + dropDir + ": unexpected sub-folder " + relative);
      }
      FileKind kind =
          FileKind.of(folderName, name)
              .orElseThrow(
                  () ->
                      new IngestionException(
                          "drop "
                              + dropDir
                              + ": unrecognised data file "
                              + relative
                              + " (see the input contract for the file names of "
                              + folderName
                              + "/)"));
      out.add(new DropFile(file, relative, kind));
    }
  }

  private static boolean isRootDocument(String name) {
    return name.equals(PseudonymKey.SYNTHETIC_MARKER)
        || name.toUpperCase(Locale.ROOT).startsWith("README");
  }

  private static List<Path> list(Path dir) {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }
}
