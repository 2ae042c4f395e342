package org.govindex.jobs.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.govindex.contract.Messages;

/** File operations of a run: atomic renames and recursive deletes. */
public final class RunFiles {

  private RunFiles() {}

  /** Deletes a file or folder tree if it exists. */
  /**
   * The total size of the regular files under a folder, which may be a symbolic link (0 when it
   * does not exist).
   */
  public static long bytesUnder(Path dir) {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(dir.toRealPath())) {
      long total = 0;
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        total += Files.size(f);
      }
      return total;
    } catch (IOException e) {
      throw new UncheckedIOException(Messages.text("file.cannotList", dir), e);
    }
  }

  public static void deleteRecursively(Path path) {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(Messages.text("file.cannotDelete", path), e);
    }
  }

  /** Deletes every file and folder named {@code *.tmp} under a folder (none when it is absent). */
  public static void deleteTemporary(Path dir) {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList()) {
        deleteRecursively(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(Messages.text("file.cannotClean", dir), e);
    }
  }

  /** Renames {@code from} to {@code to} (atomically where the file system can), replacing it. */
  public static void move(Path from, Path to) {
    try {
      Files.createDirectories(to.getParent());
      try {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(Messages.text("file.cannotMove", from, to), e);
    }
  }
}
