package org.govindex.jobs.nightly;

import java.time.LocalDateTime;
import org.govindex.contract.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobInstance;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.repository.JobRepository;

/**
 * After a crash (a killed process, a power cut) the job repository still says the run is running.
 * The caller holds the output folder's lock, so no other process runs it: an execution left STARTED
 * is stale. It and its unfinished steps are marked FAILED, so that the same command restarts the
 * run at the step that was interrupted instead of being refused as already running.
 */
final class StaleExecutions {

  private static final Logger LOG = LoggerFactory.getLogger(StaleExecutions.class);

  private StaleExecutions() {}

  static void markFailed(JobExplorer explorer, JobRepository repository, JobParameters parameters) {
    JobInstance instance = explorer.getJobInstance(NightlyJobConfiguration.JOB_NAME, parameters);
    if (instance == null) {
      return;
    }
    JobExecution last = explorer.getLastJobExecution(instance);
    if (last == null || !last.isRunning()) {
      return;
    }
    LocalDateTime now = LocalDateTime.now();
    for (StepExecution step : last.getStepExecutions()) {
      if (step.getStatus().isRunning()) {
        step.setStatus(BatchStatus.FAILED);
        step.setExitStatus(ExitStatus.FAILED.addExitDescription("interrupted: the process ended"));
        step.setEndTime(now);
        repository.update(step);
      }
    }
    last.setStatus(BatchStatus.FAILED);
    last.setExitStatus(ExitStatus.FAILED.addExitDescription("interrupted: the process ended"));
    last.setEndTime(now);
    repository.update(last);
    LOG.info(Messages.text("nightly.interrupted", last.getStartTime()));
  }
}
