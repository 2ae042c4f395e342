package org.govindex.jobs.progress;

import java.util.Locale;
import java.util.function.Consumer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of a long step measured in bytes: on a terminal a progress bar (me.tongfei progressbar:
 * percentage, MB, MB/s, time left) on standard error; otherwise — output to a log file — a plain
 * line at most every {@value #LINE_EVERY_SECONDS} seconds and at the end, e.g. {@code 读取数据：45%（280
 * / 620 MB，23.1 MB/s，还需约 15 秒）}.
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
            ? "完成"
            : rate > 0
                ? String.format(Locale.ROOT, "还需约 %.0f 秒", (total - done) / 1e6 / rate)
                : "剩余时间未知";
    String size = total < 100 * MB ? "%.1f / %.1f MB" : "%.0f / %.0f MB";
    return String.format(
        Locale.ROOT,
        "%s：%d%%（" + size + "，%.1f MB/s，%s）",
        task,
        Math.min(100, done * 100 / total),
        done / 1e6,
        total / 1e6,
        rate,
        left);
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
