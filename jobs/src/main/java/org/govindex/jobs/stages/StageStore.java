package org.govindex.jobs.stages;

import java.nio.file.Path;
import org.govindex.contract.Table;
import org.govindex.contract.TableSpec;
import org.govindex.jobs.io.ParquetTables;
import org.govindex.jobs.io.RunFiles;

/**
 * The internal tables ({@link org.govindex.contract.Stages}) one step hands to a later one, as
 * Parquet under the run's stage folder; each is written under a temporary name and renamed, so a
 * later step never reads a half-written one.
 */
public final class StageStore {

  private final Path dir;

  public StageStore(Path dir) {
    this.dir = dir;
  }

  public void write(Table table) {
    Path tmp = dir.resolve(table.spec().name() + ".tmp");
    ParquetTables.write(table, tmp);
    Path done = dir.resolve(table.spec().name());
    RunFiles.deleteRecursively(done);
    RunFiles.move(tmp, done);
  }

  public Table read(TableSpec spec) {
    return ParquetTables.read(dir.resolve(spec.name()), spec);
  }
}
