package org.govindex.jobs.ingest;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.govindex.contract.Messages;
import org.govindex.indicators.survey.HeaderText;
import org.govindex.jobs.ingest.source.ColumnRewrite;
import org.govindex.jobs.ingest.source.FileKind;
import org.govindex.jobs.ingest.source.SourceProfile;
import org.govindex.jobs.ingest.validation.CellRejection;
import org.govindex.jobs.ingest.validation.CellType;
import org.govindex.jobs.ingest.validation.ColumnRule;
import org.govindex.jobs.ingest.validation.Field;
import org.govindex.jobs.ingest.validation.TableSpecs;

/**
 * Checks a source profile against the input contract, with the validators' own declarations: every
 * alias and every vocabulary or date-time format names a column of one of its kinds; every value a
 * vocabulary maps to is one the column accepts (its validator's parser is asked); every date-time
 * pattern is a valid {@link DateTimeFormatter} pattern on a date or time column.
 */
public final class ProfileCheck {

  private ProfileCheck() {}

  /** The problems, one line each (none: the profile is usable). */
  public static List<String> problems(SourceProfile profile) {
    List<String> problems = new ArrayList<>();
    String where = Messages.text("profile.where", profile.origin(), profile.name());
    profile
        .headerAliases()
        .forEach(
            (from, to) -> {
              if (column(profile, to).isEmpty()) {
                problems.add(
                    Messages.text("profile.aliasNoColumn", where, from, to, kinds(profile)));
              }
            });
    profile
        .values()
        .forEach(
            (column, vocabulary) -> {
              Optional<ColumnRule> rule = column(profile, column);
              if (rule.isEmpty()) {
                problems.add(
                    Messages.text("profile.valuesNoColumn", where, column, kinds(profile)));
                return;
              }
              Optional<Field> field = field(profile, column);
              vocabulary.forEach(
                  (from, to) -> {
                    if (field.isPresent() && !accepts(field.get(), to)) {
                      problems.add(
                          Messages.text("profile.valueNotAccepted", where, column, from, to));
                    }
                  });
            });
    profile
        .dateTimeFormats()
        .forEach(
            (column, pattern) -> {
              Optional<Field> field = field(profile, column);
              if (field.isEmpty()
                  || !(field.get().type() instanceof CellType.Timestamp
                      || field.get().type() instanceof CellType.Date)) {
                problems.add(
                    Messages.text("profile.formatNoColumn", where, column, kinds(profile)));
                return;
              }
              try {
                ColumnRewrite.formatter(pattern);
              } catch (IllegalArgumentException e) {
                problems.add(
                    Messages.text("profile.badPattern", where, column, pattern, e.getMessage()));
              }
            });
    return problems;
  }

  private static String kinds(SourceProfile profile) {
    return Messages.list(profile.kinds().stream().map(FileKind::code).toList());
  }

  /** The rule of one of the profile's kinds that reads a column with this header text. */
  private static Optional<ColumnRule> column(SourceProfile profile, String header) {
    String normalised = HeaderText.normalise(header);
    for (FileKind kind : profile.kinds()) {
      for (ColumnRule rule : KindColumns.all(kind)) {
        boolean hit =
            rule.contains()
                ? normalised.contains(rule.normalisedText())
                : normalised.equals(rule.normalisedText());
        if (hit) {
          return Optional.of(rule);
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Field> field(SourceProfile profile, String header) {
    String normalised = HeaderText.normalise(header);
    for (FileKind kind : profile.kinds()) {
      if (kind == FileKind.RESIDENT_SURVEY || kind == FileKind.DEPARTMENT_SURVEY) {
        continue;
      }
      for (Field f : TableSpecs.of(kind, null).fields()) {
        if (f.rule().normalisedText().equals(normalised)) {
          return Optional.of(f);
        }
      }
    }
    return Optional.empty();
  }

  /** Whether the field's parser accepts a value (unit codes and phones are not checked here). */
  private static boolean accepts(Field field, String value) {
    if (!(field.type() instanceof CellType.Choice || field.type() instanceof CellType.YesNo)) {
      return true;
    }
    Map<String, Object> parsed = new HashMap<>();
    try {
      field.type().parse(field.header(), value, parsed, new CellType.Context(null, null));
      return true;
    } catch (CellRejection rejected) {
      return false;
    }
  }
}
