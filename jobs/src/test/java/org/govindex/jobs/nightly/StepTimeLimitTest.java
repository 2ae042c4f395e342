package org.govindex.jobs.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.govindex.contract.testing.ChineseLocale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.StepExecution;

/** The time limit of a step: it fires once for a step that overruns, never for one that ended. */
@ExtendWith(ChineseLocale.class)
class StepTimeLimitTest {

  /** The lines a 1-second limit gives for a step that starts and never ends. */
  private static List<String> overrun(String step) throws Exception {
    CountDownLatch fired = new CountDownLatch(1);
    List<String> messages = new CopyOnWriteArrayList<>();
    try (StepTimeLimit limit =
        new StepTimeLimit(
            () -> Duration.ofSeconds(1),
            message -> {
              messages.add(message);
              fired.countDown();
            })) {
      limit.beforeStep(new StepExecution(step, new JobExecution(1L)));
      assertThat(fired.await(10, TimeUnit.SECONDS)).isTrue();
    }
    return messages;
  }

  @Test
  void givenAStepThatOverrunsWhenItsLimitPassesThenTheRunEndsWithOneLineNamingStepAndLimit()
      throws Exception {
    assertThat(overrun("computeInnovationStep"))
        .containsExactly(
            "步骤 computeInnovationStep 运行超过时限 1 秒（limits.stepSeconds），运行已中止；用同一命令再次运行将从该步骤重新开始");
  }

  @Test
  void givenAnEnglishLocaleWhenAStepOverrunsThenTheLineIsEnglish() throws Exception {
    Locale.setDefault(Locale.ROOT);
    assertThat(overrun("ingestDropStep"))
        .containsExactly(
            "step ingestDropStep ran over its time limit of 1 s (limits.stepSeconds) and the run"
                + " was stopped; the same command run again restarts at this step");
  }

  @Test
  void givenAStepThatEndsInTimeWhenItsLimitWouldHavePassedThenNothingHappens() throws Exception {
    List<String> messages = new CopyOnWriteArrayList<>();
    try (StepTimeLimit limit = new StepTimeLimit(() -> Duration.ofMillis(300), messages::add)) {
      StepExecution step = new StepExecution("renderReportsStep", new JobExecution(2L));
      limit.beforeStep(step);
      limit.afterStep(step);
      Thread.sleep(900);
      assertThat(messages).isEmpty();
    }
  }
}
