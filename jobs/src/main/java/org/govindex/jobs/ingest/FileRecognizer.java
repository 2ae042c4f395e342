package org.govindex.jobs.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.govindex.contract.Messages;
import org.govindex.indicators.survey.HeaderText;
import org.govindex.indicators.survey.Questionnaire;
import org.govindex.jobs.ingest.source.ColumnRewrite;
import org.govindex.jobs.ingest.source.DropFile;
import org.govindex.jobs.ingest.source.DropScanner;
import org.govindex.jobs.ingest.source.FileKind;
import org.govindex.jobs.ingest.source.IngestionException;
import org.govindex.jobs.ingest.source.RecordSource;
import org.govindex.jobs.ingest.source.SourceProfile;
import org.govindex.jobs.ingest.survey.CodedExport;
import org.govindex.jobs.ingest.validation.ColumnLocator;
import org.govindex.jobs.ingest.validation.ColumnRule;

/**
 * Recognises the kind of each data file of a drop by its header, whatever its name and folder.
 *
 * <p>For every source profile and every kind it exports, the file's header is read through the
 * profile's aliases and the kind's required columns (those of its validator, see {@link
 * KindColumns}) are looked for as ingestion looks for them ({@link ColumnLocator}). Among the
 * (profile, kind) pairs whose required columns are all there, the one chosen has the most aliases
 * used (the profile of the system that wrote the file), then the most required columns (the most
 * specific kind), then the kind the file name gives ({@link FileKind#byName}), then the profile
 * listed first; two kinds still level are refused as ambiguous. A file no pair matches is reported
 * with the closest kind (the most of its required columns present, then the largest share of them)
 * and what it lacks.
 */
public final class FileRecognizer {

  private final Questionnaire questionnaire;
  private final List<SourceProfile> profiles;
  private final CodedExport codedExport;

  /**
   * @param questionnaire the questionnaire definition (which survey columns are items)
   * @param profiles the source profiles, in the order the configuration lists them
   */
  public FileRecognizer(Questionnaire questionnaire, List<SourceProfile> profiles) {
    if (profiles.isEmpty()) {
      throw new IllegalArgumentException("no source profile");
    }
    this.questionnaire = questionnaire;
    this.profiles = List.copyOf(profiles);
    this.codedExport = new CodedExport(questionnaire);
  }

  /**
   * What was learnt about one file.
   *
   * @param relativePath its drop-relative path
   * @param encoding the encoding it was read with ({@code xlsx} for a workbook)
   * @param header its header as written
   * @param kind the kind recognised, or null
   * @param profile the source profile that recognised it (or that came closest)
   * @param why why this kind (or why none)
   * @param closest when no kind: the closest one
   * @param missing the required columns the closest (or recognised) kind lacks
   * @param fields export header → field of the kind it became
   * @param leftOut columns named neither by the contract nor by the profile: not read
   * @param personalData columns holding personal data (pseudonymised or not read)
   * @param rewrite how its cells are brought to the contract
   */
  public record Recognition(
      String relativePath,
      String encoding,
      List<String> header,
      FileKind kind,
      String profile,
      String why,
      FileKind closest,
      List<String> missing,
      Map<String, String> fields,
      List<String> leftOut,
      List<String> personalData,
      ColumnRewrite rewrite) {

    public boolean recognised() {
      return kind != null;
    }

    /** The one-line problem of an unrecognised file. */
    public String problem() {
      return Messages.text("file.problem", relativePath, why);
    }
  }

  /**
   * The data files of a drop with their kinds; an unrecognised file, an ambiguous one, or a
   * registry table missing or given twice is an {@link IngestionException} naming it.
   */
  public List<DropFile> scan(Path dropDir) {
    List<Recognition> recognitions = recogniseAll(dropDir);
    for (Recognition r : recognitions) {
      if (!r.recognised()) {
        throw new IngestionException(r.problem());
      }
    }
    registryProblem(dropDir, recognitions)
        .ifPresent(
            p -> {
              throw new IngestionException(p);
            });
    List<DropFile> files = new ArrayList<>();
    for (Recognition r : recognitions) {
      files.add(
          new DropFile(
              dropDir.resolve(r.relativePath()),
              r.relativePath(),
              r.kind(),
              r.profile(),
              r.rewrite(),
              r.leftOut()));
    }
    files.sort(Comparator.comparing(DropFile::kind).thenComparing(DropFile::relativePath));
    return files;
  }

  /** Every data file's recognition, sorted by path (nothing refused). */
  public List<Recognition> recogniseAll(Path dropDir) {
    List<Recognition> out = new ArrayList<>();
    for (DropScanner.Candidate candidate : DropScanner.candidates(dropDir)) {
      out.add(recognise(candidate));
    }
    return out;
  }

  /** The problem with the registry tables (each exactly once), if any. */
  public static Optional<String> registryProblem(Path dropDir, List<Recognition> recognitions) {
    Map<FileKind, List<String>> byKind = new EnumMap<>(FileKind.class);
    for (Recognition r : recognitions) {
      if (r.recognised()) {
        byKind.computeIfAbsent(r.kind(), k -> new ArrayList<>()).add(r.relativePath());
      }
    }
    for (FileKind kind : FileKind.values()) {
      List<String> found = byKind.getOrDefault(kind, List.of());
      if (kind.isRegistry() && found.size() != 1) {
        return Optional.of(
            found.isEmpty()
                ? Messages.text(
                    "recognise.registryMissing",
                    dropDir,
                    kind.code(),
                    Messages.list(
                        KindColumns.required(kind).stream().map(ColumnRule::text).toList()))
                : Messages.text(
                    "recognise.registryTwice", dropDir, kind.code(), Messages.list(found)));
      }
    }
    return Optional.empty();
  }

  /** Reads one file's header (and, for a survey, its first rows) and recognises its kind. */
  public Recognition recognise(DropScanner.Candidate file) {
    List<String> header;
    List<String[]> firstRows = new ArrayList<>();
    String encoding;
    try (RecordSource source = file.open()) {
      header = source.header();
      encoding = source.encoding();
      String[] row;
      while (firstRows.size() < CodedExport.SAMPLE_ROWS && (row = source.next()) != null) {
        firstRows.add(row.clone());
      }
    } catch (IOException e) {
      throw new IngestionException(
          Messages.text("file.cannotRead", file.relativePath(), e.getMessage()), e);
    }
    return recognise(file, header, encoding, firstRows);
  }

  private record Match(
      SourceProfile profile,
      FileKind kind,
      List<String> aliased,
      int aliasesUsed,
      int required,
      List<String> missing,
      boolean named,
      int order) {

    int present() {
      return required - missing.size();
    }

    double share() {
      return required == 0 ? 0 : present() / (double) required;
    }
  }

  private Recognition recognise(
      DropScanner.Candidate file, List<String> header, String encoding, List<String[]> firstRows) {
    Optional<FileKind> named = FileKind.byName(file.relativePath());
    List<Match> matches = new ArrayList<>();
    int order = 0;
    for (SourceProfile profile : profiles) {
      List<String> aliased = header.stream().map(profile::contractHeader).toList();
      int aliasesUsed = (int) header.stream().filter(profile::isAlias).count();
      for (FileKind kind : profile.kinds()) {
        List<ColumnRule> required = KindColumns.required(kind);
        List<String> missing = new ArrayList<>();
        for (ColumnRule rule : required) {
          if (!present(file.relativePath(), aliased, rule)) {
            missing.add(rule.text());
          }
        }
        matches.add(
            new Match(
                profile,
                kind,
                aliased,
                aliasesUsed,
                required.size(),
                missing,
                named.isPresent() && named.get() == kind,
                order++));
      }
    }
    Comparator<Match> best =
        Comparator.comparingInt((Match m) -> -m.aliasesUsed())
            .thenComparingInt(m -> -m.required())
            .thenComparing(m -> !m.named())
            .thenComparingInt(Match::order);
    List<Match> full = matches.stream().filter(m -> m.missing().isEmpty()).sorted(best).toList();
    if (full.isEmpty()) {
      Match closest =
          matches.stream()
              .max(
                  Comparator.comparingInt(Match::present)
                      .thenComparingDouble(Match::share)
                      .thenComparing(Match::named)
                      .thenComparingInt(m -> -m.order()))
              .orElseThrow();
      String why =
          Messages.text(
              "recognise.none",
              closest.kind().code(),
              closest.profile().name(),
              Messages.list(closest.missing()));
      return new Recognition(
          file.relativePath(),
          encoding,
          header,
          null,
          closest.profile().name(),
          why,
          closest.kind(),
          closest.missing(),
          Map.of(),
          List.of(),
          personalData(closest.profile(), header, closest.aliased()),
          ColumnRewrite.identity(header));
    }
    Match chosen = full.get(0);
    if (full.size() > 1) {
      Match second = full.get(1);
      if (second.kind() != chosen.kind()
          && second.aliasesUsed() == chosen.aliasesUsed()
          && second.required() == chosen.required()
          && second.named() == chosen.named()) {
        String why =
            Messages.text(
                "recognise.ambiguous",
                chosen.kind().code(),
                second.kind().code(),
                chosen.kind().folder());
        return new Recognition(
            file.relativePath(),
            encoding,
            header,
            null,
            chosen.profile().name(),
            why,
            chosen.kind(),
            List.of(),
            Map.of(),
            List.of(),
            personalData(chosen.profile(), header, chosen.aliased()),
            ColumnRewrite.identity(header));
      }
    }
    return recognised(file, header, encoding, firstRows, chosen);
  }

  private Recognition recognised(
      DropScanner.Candidate file,
      List<String> header,
      String encoding,
      List<String[]> firstRows,
      Match chosen) {
    SourceProfile profile = chosen.profile();
    FileKind kind = chosen.kind();
    List<String> aliased = chosen.aliased();
    StringBuilder why =
        new StringBuilder(
            chosen.aliasesUsed() > 0
                ? Messages.text(
                    "recognise.matchedAliases",
                    chosen.required(),
                    kind.code(),
                    profile.name(),
                    chosen.aliasesUsed())
                : Messages.text(
                    "recognise.matched", chosen.required(), kind.code(), profile.name()));
    if (chosen.named()) {
      why.append(Messages.text("recognise.nameAgrees"));
    }
    List<Map<String, String>> vocabularies = new ArrayList<>();
    List<String> patterns = new ArrayList<>();
    for (String h : aliased) {
      String key = HeaderText.normalise(h);
      vocabularies.add(profile.values().get(key));
      patterns.add(profile.dateTimeFormats().get(key));
    }
    if (kind == FileKind.RESIDENT_SURVEY || kind == FileKind.DEPARTMENT_SURVEY) {
      CodedExport.Reading layout =
          codedExport.layout(
              kind, file.fileName(), aliased, applyAll(aliased, vocabularies, patterns, firstRows));
      why.append(
          Messages.text(
              "recognise.survey",
              layout.layout() == CodedExport.Layout.CODES ? "按序号" : "按文本",
              layout.why()));
      if (layout.layout() == CodedExport.Layout.CODES) {
        List<Map<String, String>> codes =
            codedExport.vocabularies(kind, file.relativePath(), aliased);
        for (int c = 0; c < codes.size(); c++) {
          if (codes.get(c) != null) {
            Map<String, String> merged = new LinkedHashMap<>(codes.get(c));
            if (vocabularies.get(c) != null) {
              merged.putAll(vocabularies.get(c));
            }
            vocabularies.set(c, merged);
          }
        }
      }
    }
    Map<String, String> fields = fields(file.relativePath(), kind, aliased, header);
    List<String> personal = personalData(profile, header, aliased);
    List<String> leftOut =
        header.stream().filter(h -> !fields.containsKey(h) && !personal.contains(h)).toList();
    return new Recognition(
        file.relativePath(),
        encoding,
        header,
        kind,
        profile.name(),
        why.toString(),
        null,
        List.of(),
        fields,
        leftOut,
        personal,
        new ColumnRewrite(aliased, vocabularies, patterns));
  }

  private static List<String[]> applyAll(
      List<String> aliased,
      List<Map<String, String>> vocabularies,
      List<String> patterns,
      List<String[]> rows) {
    ColumnRewrite rewrite = new ColumnRewrite(aliased, vocabularies, patterns);
    return rows.stream().map(r -> rewrite.apply(r.clone())).toList();
  }

  /** Export header → field key, for the columns the kind reads. */
  private Map<String, String> fields(
      String file, FileKind kind, List<String> aliased, List<String> header) {
    Map<String, String> out = new LinkedHashMap<>();
    KindColumns.located(file, kind, aliased, questionnaire)
        .forEach((key, column) -> out.put(header.get(column), key));
    return out;
  }

  private static List<String> personalData(
      SourceProfile profile, List<String> header, List<String> aliased) {
    List<String> out = new ArrayList<>();
    for (int c = 0; c < header.size(); c++) {
      if (profile.isPersonalData(header.get(c)) || profile.isPersonalData(aliased.get(c))) {
        out.add(header.get(c));
      }
    }
    return out;
  }

  /**
   * Whether the rule finds a column (several candidates count as present: ingestion refuses them).
   */
  private static boolean present(String file, List<String> header, ColumnRule rule) {
    ColumnRule optional = new ColumnRule(rule.key(), rule.text(), rule.contains(), false);
    try {
      return !ColumnLocator.locate(file, header, List.of(optional)).isEmpty();
    } catch (IngestionException several) {
      return true;
    }
  }
}
