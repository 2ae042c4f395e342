package org.govindex.jobs.nightly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.govindex.contract.GovindexException;
import org.govindex.contract.Messages;

/**
 * One run at a time per output folder: an operating-system lock on {@code OUT/.govindex.lock}, held
 * for the whole run. The lock belongs to the process, so a crashed or killed run never leaves it
 * stuck: the system releases it with the process. The file names the run that holds it (period, run
 * date, process and start time, tab-separated), for the one line a refused second run prints in its
 * user's language.
 */
final class OutputLock implements AutoCloseable {

  static final String FILE = ".govindex.lock";
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private final FileChannel channel;
  private final FileLock lock;

  private OutputLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the lock of the output folder for a run, or refuses at once, naming the run that holds
   * it.
   */
  static OutputLock acquire(Path out, String period, String runDate) {
    Path file = out.resolve(FILE);
    try {
      Files.createDirectories(out);
      FileChannel channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        String holder = holder(channel);
        channel.close();
        throw new GovindexException(Messages.text("lock.inUse", out, holder));
      }
      String who =
          String.join(
              "\t",
              period,
              runDate,
              String.valueOf(ProcessHandle.current().pid()),
              LocalDateTime.now(ZoneId.of("Asia/Shanghai")).format(TIME));
      channel.truncate(0);
      channel.write(ByteBuffer.wrap(who.getBytes(StandardCharsets.UTF_8)), 0);
      channel.force(false);
      return new OutputLock(channel, lock);
    } catch (IOException e) {
      throw new UncheckedIOException(Messages.text("lock.cannotLock", file), e);
    }
  }

  /** The run named by the lock file; one that has not written it yet is starting. */
  private static String holder(FileChannel channel) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(512);
    int n = channel.read(buffer, 0);
    String text = n <= 0 ? "" : new String(buffer.array(), 0, n, StandardCharsets.UTF_8).strip();
    String[] fields = text.split("\t");
    return fields.length == 4
        ? Messages.text("lock.holder", (Object[]) fields)
        : Messages.text("lock.starting");
  }

  @Override
  public void close() {
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException(Messages.text("lock.cannotRelease"), e);
    }
  }
}
