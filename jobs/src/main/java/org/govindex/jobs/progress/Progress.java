package org.govindex.jobs.progress;

import java.util.Locale;
import java.util.function.Consumer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.govindex.contract.Messages;

/**
 * Progress of a long step measured in bytes: on a terminal a progress bar (me.tongfei progressbar:
 * percentage, MB, MB/s, time left) on standard error; otherwise — output to a log file — a plain
 * line at most every {@value #LINE_EVERY_SECONDS} seconds and at the end, in the user's language
 * ({@link Messages}), e.g. {@code 读取数据：45%（280 / 620 MB，23.1 MB/s，还需约 15 秒）} or {@code reading
 * data: 45% (280 / 620 MB, 23.1 MB/s, about 15 s left)}.
 */
public final class Progress implements AutoCloseable {

  static final long LINE_EVERY_SECONDS = 10;
  private static final long MB = 1_000_000L;

  private final String task;
  private final long total;
  private final ProgressBar bar;
  private final Consumer<String> lines;
  private final long started = System.nanoTime();
  private long done;
  private long lastLine = started;
  private boolean finished;

  private Progress(String task, long total, ProgressBar bar, Consumer<String> lines) {
    this.task = task;
    this.total = Math.max(total, 1);
    this.bar = bar;
    this.lines = lines;
  }

  /** A bar when the process has a terminal, plain lines to {@code log} otherwise. */
  public static Progress ofBytes(String task, long totalBytes, Consumer<String> log) {
    if (System.console() != null && !"dumb".equals(System.getenv("TERM"))) {
      ProgressBar bar =
          new ProgressBarBuilder()
              .setTaskName(task)
              .setInitialMax(totalBytes)
              .setUnit(" MB", MB)
              .showSpeed()
              .setStyle(ProgressBarStyle.ASCII)
              .setConsumer(new ConsoleProgressBarConsumer(System.err))
              .build();
      return new Progress(task, totalBytes, bar, null);
    }
    return new Progress(task, totalBytes, null, log);
  }

  /** Plain lines only (tests, and whoever wants no bar). */
  public static Progress inLines(String task, long totalBytes, Consumer<String> log) {
    return new Progress(task, totalBytes, null, log);
  }

  /** Adds bytes done. */
  public synchronized void add(long bytes) {
    done += bytes;
    if (bar != null) {
      bar.stepTo(done);
      return;
    }
    if (finished) {
      return;
    }
    long now = System.nanoTime();
    finished = done >= total;
    if (finished || now - lastLine >= LINE_EVERY_SECONDS * 1_000_000_000L) {
      lastLine = now;
      lines.accept(line(now));
    }
  }

  /** The plain progress line at {@code now}. */
  String line(long now) {
    double seconds = Math.max((now - started) / 1e9, 1e-9);
    double rate = done / 1e6 / seconds;
    String left =
        done >= total
            ? Messages.text("progress.done")
            : rate > 0
                ? Messages.text(
                    "progress.timeLeft",
                    String.format(Locale.ROOT, "%.0f", (total - done) / 1e6 / rate))
                : Messages.text("progress.timeLeftUnknown");
    String size = total < 100 * MB ? "%.1f" : "%.0f";
    return Messages.text(
        "progress.line",
        task,
        Math.min(100, done * 100 / total),
        String.format(Locale.ROOT, size, done / 1e6),
        String.format(Locale.ROOT, size, total / 1e6),
        // a small drop read slowly (Spark starting) would show 0.0: two decimals below 1 MB/s
        String.format(Locale.ROOT, rate < 1 ? "%.2f" : "%.1f", rate),
        left);
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
