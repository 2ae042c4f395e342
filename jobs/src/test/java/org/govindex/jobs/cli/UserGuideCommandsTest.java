package org.govindex.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every {@code ./govindex ...} command the user guide and the input contract show, as typed, is a
 * command of the command line with options it has: each is parsed by picocli against {@link
 * GovindexCommand}, which refuses an unknown command or option and a missing option value.
 */
class UserGuideCommandsTest {

  static final Path DOCS = Path.of(System.getProperty("user.dir")).getParent().resolve("docs");

  /**
   * {@code ./govindex} and what follows, up to the end of the line, a shell operator, a quote or
   * the Chinese punctuation of the sentence around it.
   */
  private static final Pattern COMMAND = Pattern.compile("\\./govindex((?: [^`|&>\\n（），。]*)?)");

  static List<List<String>> commands(String text) {
    List<List<String>> out = new ArrayList<>();
    Matcher m = COMMAND.matcher(text);
    while (m.find()) {
      String args = m.group(1).strip();
      out.add(args.isEmpty() ? List.of() : Arrays.asList(args.split("\\s+")));
    }
    return out;
  }

  @Test
  void everyCommandTheGuideShowsExistsWithTheOptionsItShows() throws Exception {
    String guide = Files.readString(DOCS.resolve("用户手册.md"), StandardCharsets.UTF_8);
    List<List<String>> commands = commands(guide);
    assertThat(commands).hasSizeGreaterThan(12);
    assertThat(commands.stream().map(c -> c.isEmpty() ? "" : c.get(0)).distinct())
        .contains("nightly", "inspect", "validate");
    for (List<String> args : commands) {
      assertThatCode(
              () -> new CommandLine(new GovindexCommand()).parseArgs(args.toArray(String[]::new)))
          .as("./govindex " + String.join(" ", args))
          .doesNotThrowAnyException();
    }
  }

  @Test
  void everyCommandTheInputContractShowsExists() throws Exception {
    String contract = Files.readString(DOCS.resolve("input-contract.md"), StandardCharsets.UTF_8);
    List<List<String>> commands = commands(contract);
    assertThat(commands).isNotEmpty();
    for (List<String> args : commands) {
      assertThatCode(
              () -> new CommandLine(new GovindexCommand()).parseArgs(args.toArray(String[]::new)))
          .as("./govindex " + String.join(" ", args))
          .doesNotThrowAnyException();
    }
  }

  @Test
  void aCommandOrOptionThatDoesNotExistIsCaught() {
    for (String wrong :
        List.of("./govindex inspect --drop x", "./govindex nightly --output x", "./govindex run")) {
      List<String> args = commands(wrong).get(0);
      assertThatCode(
              () -> new CommandLine(new GovindexCommand()).parseArgs(args.toArray(String[]::new)))
          .as(wrong)
          .isInstanceOf(CommandLine.ParameterException.class);
    }
  }
}
