package org.govindex.jobs.nightly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.govindex.contract.Messages;
import org.govindex.jobs.io.RunFiles;

/**
 * The folders of one run. Steps write into {@code OUT/.work/<period>-<runDate>/}: the ingest and
 * render stages first into {@code <stage>.tmp} and then renamed, every table file under a temporary
 * name and renamed, so a crashed step leaves nothing half-written that a restart could mistake for
 * a result. The internal tables steps hand each other are under {@code
 * OUT/.work/<period>-<runDate>.stages/}, never published. The last step publishes the work folder
 * as {@code OUT/<period>} by renames: readers see the old complete result or the new one, never a
 * mix.
 */
public record RunWorkspace(Path outRoot, String period, String runDate) {

  static final String TABLES = "tables";
  static final String PARQUET = "parquet";
  static final String CONFIG = "config";
  static final String INGESTED = "ingested";
  static final String REPORTS = "reports";
  static final String REJECTS = "rejects.csv";
  static final String INPUTS = "inputs.json";
  static final String RELEASES = ".releases";

  public Path workDir() {
    return outRoot.resolve(".work").resolve(period + "-" + runDate);
  }

  /** Removes the leftovers of interrupted writes ({@code *.tmp}) from the run's folders. */
  public void recover() {
    RunFiles.deleteTemporary(workDir());
    RunFiles.deleteTemporary(stagesDir());
  }

  /** The internal tables of the run (outside the published folder). */
  public Path stagesDir() {
    return outRoot.resolve(".work").resolve(period + "-" + runDate + ".stages");
  }

  public Path publishedDir() {
    return outRoot.resolve(period);
  }

  /** The finished folder of a stage (e.g. {@code ingested}, {@code tables}). */
  public Path stage(String name) {
    return workDir().resolve(name);
  }

  /** The folder of a stage that steps fill file by file (tables, parquet, config). */
  public Path openStage(String name) {
    Path dir = stage(name);
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(Messages.text("file.cannotCreate", dir), e);
    }
    return dir;
  }

  /** A fresh, empty temporary folder for a stage; a leftover of a crashed attempt is removed. */
  public Path beginStage(String name) {
    Path tmp = workDir().resolve(name + ".tmp");
    RunFiles.deleteRecursively(tmp);
    try {
      Files.createDirectories(tmp);
    } catch (IOException e) {
      throw new UncheckedIOException(Messages.text("file.cannotCreate", tmp), e);
    }
    return tmp;
  }

  /** Renames the stage's temporary folder to its final name, replacing an older one. */
  public Path commitStage(String name) {
    Path tmp = workDir().resolve(name + ".tmp");
    Path done = stage(name);
    RunFiles.deleteRecursively(done);
    RunFiles.move(tmp, done);
    return done;
  }

  /**
   * Publishes the work folder as {@code OUT/<period>}. The result is moved (one rename) to {@code
   * OUT/.releases/<period>-<runDate>/}, then {@code OUT/<period>} — a symbolic link — is replaced
   * by a link to it in one atomic rename. A reader following {@code OUT/<period>} sees the previous
   * complete result or the new one, never a mix and never nothing, whenever the process is killed;
   * the previous release is deleted afterwards. A published folder of an older version (a real
   * folder, not a link) is moved into the releases once.
   */
  public Path publish(java.util.function.Consumer<String> checkpoint) {
    Path target = publishedDir();
    Path releases = outRoot.resolve(RELEASES);
    Path release = releaseDir();
    checkpoint.accept("before-renames");
    try {
      Files.createDirectories(releases);
      if (Files.exists(workDir())) {
        RunFiles.deleteRecursively(release);
        RunFiles.move(workDir(), release);
      }
      checkpoint.accept("between-renames");
      if (Files.isDirectory(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        RunFiles.move(target, releases.resolve(period + "-before-" + runDate));
      }
      Path link = outRoot.resolve("." + period + ".link.tmp");
      Files.deleteIfExists(link);
      Files.createSymbolicLink(link, outRoot.relativize(release));
      Files.move(
          link,
          target,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE,
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(Messages.text("file.cannotPublish", target), e);
    }
    checkpoint.accept("after-renames");
    deleteOtherReleases(release);
    RunFiles.deleteRecursively(stagesDir());
    return target;
  }

  /** Where this run's result lives once published ({@code OUT/<period>} links to it). */
  public Path releaseDir() {
    return outRoot.resolve(RELEASES).resolve(period + "-" + runDate);
  }

  /** The releases of this period other than the published one. */
  private void deleteOtherReleases(Path keep) {
    Path releases = outRoot.resolve(RELEASES);
    try (java.util.stream.Stream<Path> all = Files.list(releases)) {
      for (Path r : all.toList()) {
        String name = r.getFileName().toString();
        if (!r.equals(keep) && name.startsWith(period + "-")) {
          RunFiles.deleteRecursively(r);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(Messages.text("file.cannotList", releases), e);
    }
  }
}
