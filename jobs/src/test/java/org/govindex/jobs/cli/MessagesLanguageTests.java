package org.govindex.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.govindex.contract.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Messages in the user's language: a sample of refusals prints one Chinese line under a Chinese
 * locale (no Latin words but codes, setting names and paths) and the English line otherwise; every
 * bundle has the same keys in both languages, and every key the code uses exists.
 */
class MessagesLanguageTests {

  private static final Pattern KEY_IN_CODE = Pattern.compile("Messages\\.text\\(\\s*\"([^\"]+)\"");
  private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{2,}");

  private final Locale before = Locale.getDefault();

  @AfterEach
  void restoreLocale() {
    Locale.setDefault(before);
  }

  private record Run(int status, String err) {}

  private Run run(Locale locale, String... args) {
    Locale.setDefault(locale);
    StringWriter err = new StringWriter();
    int status =
        Main.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), args);
    return new Run(status, err.toString());
  }

  /** The failures of the sample, each with the English line it must print. */
  private List<Failure> failures(Path tmp) throws IOException {
    Path missing = tmp.resolve("missing");
    Path drop = Files.createDirectories(tmp.resolve("drop"));
    Path bad = tmp.resolve("bad.yaml");
    Files.writeString(bad, "surveyQuality:\n  burstMinResponses: 1\n", StandardCharsets.UTF_8);
    Path out = tmp.resolve("out.csv");
    Path unknown = tmp.resolve("unknown.yaml");
    Files.writeString(unknown, "limits:\n  stepSecs: 3\n", StandardCharsets.UTF_8);
    Path zero = tmp.resolve("zero.yaml");
    Files.writeString(zero, "limits:\n  stepSeconds: 0\n", StandardCharsets.UTF_8);
    Path sources = tmp.resolve("sources.yaml");
    Files.writeString(sources, "sources:\n  - hotline-x.yaml\n", StandardCharsets.UTF_8);
    Files.writeString(
        tmp.resolve("hotline-x.yaml"),
        "name: hotline-x\nkinds: [hotlines]\n",
        StandardCharsets.UTF_8);
    Path unset = tmp.resolve("unset.yaml");
    Files.writeString(unset, "framework:\n  questionnaire: \"\"\n", StandardCharsets.UTF_8);
    Path repository = tmp.resolve("repository.yaml");
    Files.writeString(
        repository, "jobRepository:\n  url: jdbc:mysql://db/govindex\n", StandardCharsets.UTF_8);
    return List.of(
        new Failure(
            new String[] {
              "nightly",
              "--input",
              drop.toString(),
              "--out",
              tmp.resolve("out").toString(),
              "--period",
              "2026",
              "--config",
              repository.toString()
            },
            "govindex nightly: jobRepository.url: only H2 and PostgreSQL are supported, got"
                + " jdbc:mysql://db/govindex",
            List.of("jobRepository.url", "PostgreSQL", "jdbc:mysql://db/govindex")),
        new Failure(
            new String[] {"validate", "--config", unknown.toString()},
            "govindex validate: "
                + unknown
                + ": unknown setting limits.stepSecs (settings allowed there: stepSeconds)",
            List.of(unknown.toString(), "limits.stepSecs", "stepSeconds")),
        new Failure(
            new String[] {"inspect", "--input", missing.toString()},
            "govindex inspect: input folder not found: " + missing,
            List.of(missing.toString())),
        new Failure(
            new String[] {"inspect", "--input", drop.toString(), "--config", missing.toString()},
            "govindex inspect: config file not found: " + missing,
            List.of(missing.toString())),
        new Failure(
            new String[] {"inspect", "--input", drop.toString(), "--config", bad.toString()},
            "govindex inspect: "
                + bad
                + ": surveyQuality: setting burstMinResponses must be at least 2, got 1",
            List.of(bad.toString(), "surveyQuality", "burstMinResponses")),
        new Failure(
            new String[] {"inspect", "--input", drop.toString(), "--config", zero.toString()},
            "govindex inspect: "
                + zero
                + ": limits.stepSeconds must be a positive whole number (the longest a step may"
                + " run, in seconds), got 0",
            List.of(zero.toString(), "limits.stepSeconds")),
        new Failure(
            new String[] {"inspect", "--input", drop.toString(), "--config", unset.toString()},
            "govindex inspect: configuration: framework.questionnaire is not set",
            List.of("framework.questionnaire")),
        new Failure(
            new String[] {"inspect", "--input", drop.toString(), "--config", sources.toString()},
            "govindex inspect: hotline-x.yaml: kinds: unknown file kind 'hotlines'",
            List.of("hotline-x.yaml", "kinds", "hotlines")),
        new Failure(
            new String[] {"bench", "nightly", "--drop", missing.toString()},
            "govindex nightly: bench: drop folder not found: " + missing,
            List.of(missing.toString())),
        new Failure(
            new String[] {
              "index",
              "--meta",
              missing.toString(),
              "--data",
              missing.toString(),
              "--out",
              out.toString()
            },
            "govindex index: cannot read " + missing + ": no such file",
            List.of(missing.toString())),
        new Failure(
            new String[] {"nightly", "--bogus"},
            "govindex nightly: unknown option --bogus (see ./govindex nightly --help)",
            List.of("--bogus", "./govindex nightly --help")),
        new Failure(
            new String[] {"generate", "--seed", "x", "--scale", "small", "--out", out.toString()},
            "govindex generate: option --seed=N: 'x' is not a whole number"
                + " (see ./govindex generate --help)",
            List.of("./govindex generate --help", "--seed=N", "x")),
        new Failure(
            new String[] {"generate"},
            "govindex generate: missing required option --scale=small|city|province, --seed=N,"
                + " --out=DIR (see ./govindex generate --help)",
            List.of(
                "--scale=small|city|province",
                "--seed=N",
                "--out=DIR",
                "./govindex generate --help")),
        new Failure(
            new String[] {"bench", "nightly", "--scale"},
            "govindex bench nightly: option --scale=small|city|province needs a value"
                + " (see ./govindex bench nightly --help)",
            List.of("--scale=small|city|province", "./govindex bench nightly --help")),
        new Failure(
            new String[] {"frob"},
            "govindex: no such command or parameter: frob (see ./govindex --help)",
            List.of("frob", "./govindex --help")));
  }

  private record Failure(String[] args, String english, List<String> verbatim) {}

  @Test
  void eachFailureIsOneEnglishLineUnderAnEnglishLocale(@TempDir Path tmp) throws IOException {
    for (Failure f : failures(tmp)) {
      for (Locale locale : List.of(Locale.ROOT, Locale.ENGLISH)) {
        Run r = run(locale, f.args());
        assertThat(r.status()).as(f.english()).isNotZero();
        assertThat(r.err()).isEqualTo(f.english() + System.lineSeparator());
      }
    }
  }

  @Test
  void eachFailureIsOneChineseLineUnderAChineseLocale(@TempDir Path tmp) throws IOException {
    for (Failure f : failures(tmp)) {
      Run r = run(Locale.SIMPLIFIED_CHINESE, f.args());
      assertThat(r.status()).as(f.english()).isNotZero();
      assertThat(r.err().lines().count()).as(r.err()).isEqualTo(1);
      String line = r.err().strip();
      assertThat(line).as(line).startsWith("govindex").isNotEqualTo(f.english());
      String rest = line.substring(line.indexOf(':') + 1);
      for (String word : f.verbatim()) {
        assertThat(rest).as(line).contains(word);
        rest = rest.replace(word, "");
      }
      assertThat(LATIN_WORD.matcher(rest).find()).as("Latin words left in: " + line).isFalse();
      assertThat(rest).as(line).containsPattern("\\p{IsHan}");
    }
  }

  @Test
  void everyBundleHasTheSameKeysInBothLanguagesAndValidPatterns() {
    List<String> messageBundles = Messages.BUNDLES;
    for (String bundle :
        Stream.concat(
                messageBundles.stream(),
                Stream.of(
                    "govindex.cli.govindex",
                    "govindex.cli.nightly",
                    "govindex.cli.inspect",
                    "govindex.cli.inspection",
                    "govindex.cli.validate",
                    "govindex.cli.generate",
                    "govindex.cli.index"))
            .toList()) {
      ResourceBundle en = ResourceBundle.getBundle(bundle, Locale.ROOT);
      ResourceBundle zh = ResourceBundle.getBundle(bundle, Locale.SIMPLIFIED_CHINESE);
      Set<String> zhOwn = new TreeSet<>(zh.keySet());
      zhOwn.removeIf(k -> k.startsWith("usage.synopsisHeading") || k.startsWith("usage.command"));
      Set<String> enKeys = new TreeSet<>(en.keySet());
      enKeys.removeIf(k -> k.startsWith("usage.synopsisHeading") || k.startsWith("usage.command"));
      assertThat(zhOwn).as(bundle).isEqualTo(enKeys);
      for (String key : enKeys) {
        assertThat(zh.getString(key)).as(bundle + " " + key).isNotEqualTo(en.getString(key));
        if (messageBundles.contains(bundle)) {
          new MessageFormat(en.getString(key), Locale.ROOT);
          new MessageFormat(zh.getString(key), Locale.ROOT);
          assertThat(zh.getString(key)).as(key).doesNotContain("\n");
        }
      }
    }
  }

  @Test
  void everyKeyTheCodeUsesExists() throws IOException {
    Path root = Path.of("..").toAbsolutePath().normalize();
    Set<String> defined = new TreeSet<>();
    for (String bundle : Messages.BUNDLES) {
      for (String key : ResourceBundle.getBundle(bundle, Locale.ROOT).keySet()) {
        assertThat(defined.add(key)).as("key %s defined twice (again in %s)", key, bundle).isTrue();
      }
    }
    Set<String> used = new TreeSet<>();
    for (String module : List.of("contract", "indicators", "jobs", "reports", "data-samples")) {
      Path sources = root.resolve(module).resolve("src/main/java");
      if (!Files.isDirectory(sources)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(sources)) {
        for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
          Matcher m = KEY_IN_CODE.matcher(Files.readString(file, StandardCharsets.UTF_8));
          while (m.find()) {
            used.add(m.group(1));
          }
        }
      }
    }
    assertThat(used).hasSizeGreaterThan(40);
    assertThat(defined).containsAll(used);
  }
}
