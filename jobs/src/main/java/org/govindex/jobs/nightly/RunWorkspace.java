package org.govindex.jobs.nightly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The folders of one run. Steps write into {@code OUT/.work/<period>-<runDate>/}, each stage first
 * into {@code <stage>.tmp} and then renamed, so a crashed step leaves nothing half-written that a
 * restart could mistake for a result. The last step publishes the whole work folder as {@code
 * OUT/<period>} by renames: readers see the old complete result or the new one, never a mix.
 */
public record RunWorkspace(Path outRoot, String period, String runDate) {

  public Path workDir() {
    return outRoot.resolve(".work").resolve(period + "-" + runDate);
  }

  public Path publishedDir() {
    return outRoot.resolve(period);
  }

  /** The finished folder of a stage (e.g. {@code ingested}, {@code tables}). */
  public Path stage(String name) {
    return workDir().resolve(name);
  }

  /** A fresh, empty temporary folder for a stage; a leftover of a crashed attempt is removed. */
  public Path beginStage(String name) {
    Path tmp = workDir().resolve(name + ".tmp");
    deleteRecursively(tmp);
    try {
      Files.createDirectories(tmp);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + tmp, e);
    }
    return tmp;
  }

  /** Renames the stage's temporary folder to its final name, replacing an older one. */
  public Path commitStage(String name) {
    Path tmp = workDir().resolve(name + ".tmp");
    Path done = stage(name);
    deleteRecursively(done);
    move(tmp, done);
    return done;
  }

  /**
   * Replaces {@code OUT/<period>} by the work folder: rename the old result aside, rename the new
   * one in, delete the old one. Returns the published folder.
   */
  public Path publish() {
    Path target = publishedDir();
    Path previous = outRoot.resolve("." + period + ".previous");
    deleteRecursively(previous);
    if (Files.exists(target)) {
      move(target, previous);
    }
    move(workDir(), target);
    deleteRecursively(previous);
    return target;
  }

  private static void move(Path from, Path to) {
    try {
      Files.createDirectories(to.getParent());
      try {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(from, to);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot move " + from + " to " + to, e);
    }
  }

  /** Deletes a file or folder tree if it exists. */
  public static void deleteRecursively(Path path) {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + path, e);
    }
  }
}
