package org.govindex.jobs.nightly;

import org.govindex.jobs.config.LoadedSettings;
import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;

/**
 * A step of the nightly job: one tasklet that does its work in one go and leaves its outputs
 * complete (each file written under a temporary name and renamed) or not at all, so that a
 * restarted run can start again at the step that failed. The run's folders and settings come from
 * the job parameters of the run ({@link NightlyJobConfiguration}).
 */
abstract class RunStep implements Tasklet {

  private final String name;
  private final StepHooks hooks;
  protected final RunWorkspace workspace;
  protected final LoadedSettings settings;

  RunStep(String name, RunWorkspace workspace, LoadedSettings settings, StepHooks hooks) {
    this.name = name;
    this.workspace = workspace;
    this.settings = settings;
    this.hooks = hooks;
  }

  @Override
  public final RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext)
      throws Exception {
    hooks.beforeStep(name);
    run(contribution, chunkContext);
    return RepeatStatus.FINISHED;
  }

  /** The step's work. */
  abstract void run(StepContribution contribution, ChunkContext chunkContext) throws Exception;

  /** A point inside the step where tests may crash the run. */
  void checkpoint(String point) {
    hooks.at(name + ":" + point);
  }

  String period() {
    return workspace.period();
  }
}
