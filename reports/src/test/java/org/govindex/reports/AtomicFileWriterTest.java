package org.govindex.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileWriterTest {

  @TempDir Path dir;

  @Test
  void replacesTheTargetWithTheCompleteContent() throws Exception {
    Path target = dir.resolve("sub/report.pdf");
    AtomicFileWriter.write(target, out -> out.write("old".getBytes(StandardCharsets.UTF_8)));
    AtomicFileWriter.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
    assertThat(target).hasContent("new");
    try (Stream<Path> files = Files.list(target.getParent())) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void failureLeavesTheOldFileAndNoTemporaryFile() throws Exception {
    Path target = dir.resolve("report.pdf");
    Files.writeString(target, "old");
    assertThatThrownBy(
            () ->
                AtomicFileWriter.write(
                    target,
                    out -> {
                      out.write("partial".getBytes(StandardCharsets.UTF_8));
                      throw new IOException("planned failure");
                    }))
        .hasMessage("planned failure");
    assertThat(target).hasContent("old");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(target);
    }
  }
}
