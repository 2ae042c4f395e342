package org.govindex.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The help of every command from its resource bundle, in English and Chinese: the texts of {@code
 * govindex generate} and {@code index}, and for every command and subcommand of the tree that the
 * Chinese help has no English phrase, that each summary in a command list is a whole sentence, and
 * that every option is described in both languages from bundles with the same keys.
 */
class CommandHelpTest {

  private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.CHINA);

  /** Three Latin words in a row: an English phrase. */
  private static final Pattern LATIN_PHRASE = Pattern.compile("[A-Za-z]+ [A-Za-z]+ [A-Za-z]+");

  /** Option names such as {@code -hV} or {@code --no-record}, with an {@code =PARAM} label. */
  private static final Pattern OPTION = Pattern.compile("(?<![\\w-])--?[A-Za-z][\\w-]*(=\\S+)?");

  /** Parameter labels such as {@code <period>}. */
  private static final Pattern PARAMETER = Pattern.compile("<[^>\\s]*>");

  /** Paths, file names, and identifiers with dots or underscores (ASCII, no space). */
  private static final Pattern PATH_OR_IDENTIFIER =
      Pattern.compile("[\\x21-\\x7E]*(?:\\w[._]\\w|/)[\\x21-\\x7E]*");

  /** ASCII codes in capitals such as META, DIR, COMMAND, UTF-8. */
  private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9-]*\\b");

  private final Locale before = Locale.getDefault();

  @AfterEach
  void restoreLocale() {
    Locale.setDefault(before);
  }

  private static String help(Object command, Locale locale) {
    Locale previous = Locale.getDefault();
    Locale.setDefault(locale);
    try {
      return new CommandLine(command).getUsageMessage();
    } finally {
      Locale.setDefault(previous);
    }
  }

  /**
   * Every command of {@code govindex} in {@code locale}'s language, the root first, each under its
   * qualified name ({@code govindex bench index}). The bundles are read when the command line is
   * built, so the locale is set first.
   */
  private static Map<String, CommandLine> commands(Locale locale) {
    Locale.setDefault(locale);
    Map<String, CommandLine> all = new LinkedHashMap<>();
    Deque<CommandLine> todo = new ArrayDeque<>(List.of(new CommandLine(new GovindexCommand())));
    while (!todo.isEmpty()) {
      CommandLine command = todo.poll();
      all.put(command.getCommandSpec().qualifiedName(" "), command);
      todo.addAll(command.getSubcommands().values());
    }
    return all;
  }

  @Test
  void englishHelpKeepsTheTextAndChineseHelpHasNoEnglishSentences() {
    String english = help(new GenerateCommand(), Locale.ENGLISH);
    String chinese = help(new GenerateCommand(), Locale.CHINA);
    assertThat(english.replaceAll("\\s+", " "))
        .contains("Writes a synthetic export drop in the input contract's format.")
        .contains(
            "Share of rows with a planted defect, 0..0.5 (default 0.02 for small, 0 otherwise).")
        .contains("Appraisal year (default 2026).");
    assertThat(chinese).contains("按输入契约的格式写出一份合成导出数据。").contains("考核年度（默认 2026）。");
    assertThat(chinese).doesNotContain("Random seed").doesNotContain("Drop folder");
  }

  @Test
  void indexHelpInBothLanguages() {
    String english = help(new IndexCommand(), Locale.ENGLISH).replaceAll("\\s+", " ");
    String chinese = help(new IndexCommand(), Locale.CHINA);
    assertThat(english)
        .contains("Computes a composite index from META, DATA and a recipe.")
        .contains("Correlations with flags, Cronbach's alpha, PCA share, leave-one-out.");
    assertThat(chinese).contains("根据 META、DATA 和配方计算综合指数。").doesNotContain("Overrides the recipe");
  }

  @Test
  void theTreeHasEveryCommand() {
    assertThat(commands(Locale.ENGLISH).keySet())
        .containsExactly(
            "govindex",
            "govindex nightly",
            "govindex index",
            "govindex bench",
            "govindex generate",
            "govindex validate",
            "govindex inspect",
            "govindex bench index",
            "govindex bench nightly");
  }

  @Test
  void noChineseHelpHasAnEnglishPhrase() {
    List<String> english = new ArrayList<>();
    for (Map.Entry<String, CommandLine> entry : commands(Locale.CHINA).entrySet()) {
      CommandLine command = entry.getValue();
      String help = command.getUsageMessage();
      if (!help.startsWith("用法：")) {
        english.add(entry.getKey() + " --help: heading " + help.lines().findFirst().orElse(""));
      }
      if (!command.getSubcommands().isEmpty() && !help.contains("命令：")) {
        english.add(entry.getKey() + " --help: no heading 命令：");
      }
      String phrase = englishPhrase(help, entry.getKey());
      if (phrase != null) {
        english.add(entry.getKey() + " --help: " + phrase);
      }
    }
    assertThat(english).isEmpty();
  }

  /**
   * The first English phrase of a help text with its context, or null: three Latin words in a row
   * once the command path, option names, parameter labels, paths, identifiers and codes are taken
   * out of each line, and the lines joined (a phrase may wrap).
   */
  private static String englishPhrase(String help, String commandPath) {
    StringBuilder text = new StringBuilder();
    for (String line : help.lines().toList()) {
      String seen = line.replace(commandPath, " ");
      for (Pattern code : List.of(OPTION, PARAMETER, PATH_OR_IDENTIFIER, CODE)) {
        seen = code.matcher(seen).replaceAll(" ");
      }
      text.append(seen).append(' ');
    }
    String joined = text.toString().replaceAll("\\s+", " ");
    Matcher phrase = LATIN_PHRASE.matcher(joined);
    if (!phrase.find()) {
      return null;
    }
    return "\""
        + phrase.group()
        + "\" in \""
        + joined.substring(
            Math.max(0, phrase.start() - 20), Math.min(joined.length(), phrase.end() + 20))
        + "\"";
  }

  @Test
  void thePhraseCheckSeesEnglishButNotCodes() {
    assertThat(englishPhrase("  -h, --help      显示本帮助并退出。", "govindex")).isNull();
    assertThat(
            englishPhrase(
                "用法：govindex bench nightly [-hV] [--no-record] [--drop=DIR]\n"
                    + "              [--scale=small|city|province] <period> [COMMAND]",
                "govindex bench nightly"))
        .isNull();
    assertThat(
            englishPhrase(
                "用 pseudonymisation.key 或 GOVINDEX_PSEUDONYM_KEY 写成假名，见 docs/index-engine.md 和"
                    + " govindex-synthetic.json，UTF-8 或 GB18030",
                "govindex"))
        .isNull();
    assertThat(englishPhrase("  -h, --help   Show this help message and exit.", "x"))
        .contains("Show this help");
    assertThat(englishPhrase("默认为 the bundled\n   sample drop。", "x"))
        .contains("the bundled sample");
  }

  @Test
  void everySummaryInACommandListIsAWholeSentence() {
    for (Locale locale : LANGUAGES) {
      for (Map.Entry<String, CommandLine> entry : commands(locale).entrySet()) {
        CommandLine parent = entry.getValue();
        if (parent.getSubcommands().isEmpty()) {
          continue;
        }
        Map<String, String> summaries =
            summaries(parent.getHelp().commandList(), parent.getSubcommands().keySet());
        assertThat(summaries.keySet())
            .as("%s (%s)", entry.getKey(), locale)
            .containsExactlyElementsOf(parent.getSubcommands().keySet());
        for (Map.Entry<String, String> summary : summaries.entrySet()) {
          String sentence = summary.getValue();
          String line0 =
              oneLine(
                  parent
                      .getSubcommands()
                      .get(summary.getKey())
                      .getCommandSpec()
                      .usageMessage()
                      .description()[0]);
          assertThat(sentence)
              .as("%s %s (%s) in the command list", entry.getKey(), summary.getKey(), locale)
              .isEqualTo(line0)
              .matches("(?s).*[.。]");
        }
      }
    }
  }

  /** Each subcommand's summary in a rendered command list, its wrapped lines joined. */
  private static Map<String, String> summaries(String commandList, Set<String> names) {
    Map<String, StringBuilder> found = new LinkedHashMap<>();
    StringBuilder current = null;
    for (String line : commandList.lines().toList()) {
      String[] parts = line.strip().split("\\s{2,}", 2);
      if (line.startsWith("  ") && !line.startsWith("   ") && names.contains(parts[0])) {
        current = new StringBuilder(parts.length > 1 ? parts[1] : "");
        found.put(parts[0], current);
      } else if (current != null) {
        current.append(' ').append(line.strip());
      }
    }
    Map<String, String> out = new LinkedHashMap<>();
    found.forEach((name, text) -> out.put(name, oneLine(text.toString())));
    return out;
  }

  /** A text on one line: line breaks and runs of blanks as one space, none between CJK. */
  private static String oneLine(String text) {
    return text.replace("%n", " ")
        .replaceAll("\\s+", " ")
        .replaceAll("(?<=[^\\x00-\\x7F]) (?=[^\\x00-\\x7F])", "")
        .strip();
  }

  @Test
  void everyOptionIsDescribedInBothLanguagesFromBundlesWithTheSameKeys() {
    Set<String> bundles = new TreeSet<>();
    for (Locale locale : LANGUAGES) {
      for (Map.Entry<String, CommandLine> entry : commands(locale).entrySet()) {
        CommandSpec spec = entry.getValue().getCommandSpec();
        assertThat(spec.resourceBundleBaseName()).as(entry.getKey()).isNotNull();
        bundles.add(spec.resourceBundleBaseName());
        assertThat(spec.usageMessage().description()).as(entry.getKey()).isNotEmpty();
        for (OptionSpec option : spec.options()) {
          assertThat(String.join("", option.description()))
              .as("%s %s (%s)", entry.getKey(), option.longestName(), locale)
              .isNotBlank();
        }
      }
    }
    assertThat(bundles).contains("govindex.cli.bench");
    Function<ResourceBundle, Set<String>> ownKeys =
        bundle -> {
          Set<String> keys = new TreeSet<>(bundle.keySet());
          keys.removeIf(
              k -> k.startsWith("usage.synopsisHeading") || k.startsWith("usage.command"));
          return keys;
        };
    for (String name : bundles) {
      ResourceBundle en = ResourceBundle.getBundle(name, Locale.ROOT);
      ResourceBundle zh = ResourceBundle.getBundle(name, Locale.CHINA);
      assertThat(ownKeys.apply(zh)).as(name).isEqualTo(ownKeys.apply(en));
      List<String> same = new ArrayList<>();
      for (String key : ownKeys.apply(en)) {
        if (zh.getString(key).equals(en.getString(key))) {
          same.add(key);
        }
      }
      assertThat(same).as("%s: keys not translated", name).isEmpty();
    }
  }
}
