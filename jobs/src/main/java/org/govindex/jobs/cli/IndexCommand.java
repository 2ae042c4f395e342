package org.govindex.jobs.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.govindex.contract.GovindexException;
import org.govindex.contract.Messages;
import org.govindex.contract.SpreadsheetText;
import org.govindex.indicators.index.IndexSpecException;
import org.govindex.indicators.index.analysis.AnalysisReport;
import org.govindex.indicators.index.analysis.CorrelationEntry;
import org.govindex.indicators.index.analysis.IndexAnalysis;
import org.govindex.indicators.index.analysis.LeaveOneOutEntry;
import org.govindex.indicators.index.analysis.NodeStatistics;
import org.govindex.indicators.index.data.UnitTable;
import org.govindex.indicators.index.data.UnitTableParser;
import org.govindex.indicators.index.engine.DataSet;
import org.govindex.indicators.index.engine.IndexPlan;
import org.govindex.indicators.index.engine.IndexResult;
import org.govindex.indicators.index.engine.ScreenRecord;
import org.govindex.indicators.index.engine.StepRecord;
import org.govindex.indicators.index.framework.Framework;
import org.govindex.indicators.index.framework.FrameworkNode;
import org.govindex.indicators.index.framework.FrameworkParser;
import org.govindex.indicators.index.impute.ImputationRecord;
import org.govindex.indicators.index.recipe.Recipe;
import org.govindex.indicators.index.recipe.RecipeParser;
import org.govindex.indicators.index.recipe.UncertaintySpec;
import org.govindex.indicators.index.uncertainty.SensitivityIndex;
import org.govindex.indicators.index.uncertainty.UncertaintyAnalysis;
import org.govindex.indicators.index.uncertainty.UncertaintyResult;
import org.govindex.indicators.index.uncertainty.UnitRankInterval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code govindex index}: a composite index from META, DATA and a recipe (docs/index-engine.md).
 */
@Command(name = "index", mixinStandardHelpOptions = true, resourceBundle = "govindex.cli.index")
public final class IndexCommand implements Callable<Integer> {

  @Option(names = "--meta", required = true, paramLabel = "META.csv")
  Path meta;

  @Option(names = "--data", required = true, paramLabel = "DATA.csv")
  Path data;

  @Option(names = "--recipe", paramLabel = "RECIPE.yaml")
  Path recipe;

  @Option(names = "--out", required = true, paramLabel = "OUT.csv")
  Path out;

  @Option(names = "--analysis-out", paramLabel = "FILE")
  Path analysisOut;

  @Option(names = "--uncertainty-out", paramLabel = "FILE")
  Path uncertaintyOut;

  @Option(names = "--sensitivity-out", paramLabel = "FILE")
  Path sensitivityOut;

  @Option(names = "--log-out", paramLabel = "FILE")
  Path logOut;

  @Option(names = "--data-out", paramLabel = "FILE")
  Path dataOut;

  @Option(names = "--data-format", paramLabel = "long|wide", defaultValue = "long")
  String dataFormat;

  @Option(names = "--replications", paramLabel = "N")
  Integer replications;

  @Option(names = "--seed", paramLabel = "N")
  Long seed;

  @Override
  public Integer call() {
    if (!dataFormat.equals("long") && !dataFormat.equals("wide")) {
      throw new GovindexException(Messages.text("index.dataFormat.invalid", dataFormat));
    }
    Framework framework = readFramework(meta);
    UnitTable table = readData(data, framework);
    Recipe r = recipe == null ? Recipe.defaults() : readRecipe(recipe);
    IndexPlan plan = plan(framework, table, r);
    IndexResult result = guard(plan::run, data);
    writeScores(framework, result);
    if (analysisOut != null) {
      writeAnalysis(guard(() -> IndexAnalysis.analyse(plan, result), data));
    }
    if (uncertaintyOut != null || sensitivityOut != null) {
      UncertaintySpec spec =
          r.uncertaintySpec()
              .orElseThrow(
                  () ->
                      new GovindexException(
                          Messages.text(
                              "index.uncertainty.missing",
                              recipe == null
                                  ? Messages.text("index.recipe.default")
                                  : recipe.getFileName().toString())));
      spec =
          spec.with(
              replications == null ? spec.replications() : replications,
              seed == null ? spec.seed() : seed);
      UncertaintySpec finalSpec = spec;
      UncertaintyResult u =
          guard(() -> UncertaintyAnalysis.design(framework, table, r, finalSpec).run(), data);
      if (uncertaintyOut != null) {
        writeUncertainty(u);
      }
      if (sensitivityOut != null) {
        writeSensitivity(u);
      }
    }
    if (logOut != null) {
      writeLog(result);
    }
    if (dataOut != null) {
      writeData(result);
    }
    return 0;
  }

  static Framework readFramework(Path file) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return FrameworkParser.parse(reader, file.getFileName().toString());
    } catch (IndexSpecException e) {
      throw new GovindexException(e.getMessage(), e);
    } catch (IOException e) {
      throw cannotRead(file, e);
    }
  }

  static UnitTable readData(Path file, Framework framework) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return UnitTableParser.parse(
          reader, file.getFileName().toString(), new HashSet<>(framework.groupColumns()));
    } catch (IndexSpecException e) {
      throw new GovindexException(e.getMessage(), e);
    } catch (IOException e) {
      throw cannotRead(file, e);
    }
  }

  static Recipe readRecipe(Path file) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return RecipeParser.parse(reader, file.getFileName().toString());
    } catch (IndexSpecException e) {
      throw new GovindexException(e.getMessage(), e);
    } catch (IOException e) {
      throw cannotRead(file, e);
    }
  }

  static IndexPlan plan(Framework framework, UnitTable table, Recipe r) {
    return guard(() -> IndexPlan.compile(framework, table, r), null);
  }

  private static GovindexException cannotRead(Path file, IOException e) {
    String why =
        e instanceof NoSuchFileException ? Messages.text("file.noSuchFile") : e.getMessage();
    return new GovindexException(Messages.text("file.cannotRead", file, why), e);
  }

  /** Runs engine code, turning its refusals into one-line command errors. */
  static <T> T guard(java.util.function.Supplier<T> work, Path context) {
    try {
      return work.get();
    } catch (IndexSpecException e) {
      throw new GovindexException(e.getMessage(), e);
    }
  }

  private void writeScores(Framework framework, IndexResult result) {
    List<FrameworkNode> aggregates = framework.aggregates();
    List<String> header = new ArrayList<>();
    header.add("uCode");
    aggregates.forEach(a -> header.add(text(a.code())));
    header.add("Rank");
    int[] ranks = result.ranks();
    double[][] columns = new double[aggregates.size()][];
    for (int a = 0; a < aggregates.size(); a++) {
      columns[a] = result.scores(aggregates.get(a).code());
    }
    write(
        out,
        header,
        printer -> {
          for (int i = 0; i < result.units().size(); i++) {
            List<String> row = new ArrayList<>();
            row.add(text(result.units().get(i)));
            for (double[] column : columns) {
              row.add(number(column[i]));
            }
            row.add(ranks[i] == 0 ? "" : Integer.toString(ranks[i]));
            printer.printRecord(row);
          }
        });
  }

  private void writeAnalysis(AnalysisReport report) {
    write(
        analysisOut,
        List.of("measure", "node", "first", "second", "value", "flag"),
        printer -> {
          for (CorrelationEntry c : report.correlations()) {
            printer.printRecord(
                c.second().equals(c.node()) ? "correlation_with_parent" : "correlation",
                text(c.node()),
                text(c.first()),
                text(c.second()),
                number(c.r()),
                c.flag());
          }
          for (NodeStatistics s : report.nodeStatistics()) {
            printer.printRecord(
                "cronbach_alpha", text(s.node()), "", "", number(s.cronbachAlpha()), "");
            printer.printRecord(
                "pca_first_share", text(s.node()), "", "", number(s.firstComponentShare()), "");
          }
          for (LeaveOneOutEntry l : report.leaveOneOut()) {
            printer.printRecord(
                "loo_mean_abs_rank_shift",
                "",
                text(l.indicator()),
                "",
                number(l.meanAbsRankShift()),
                "");
            printer.printRecord(
                "loo_max_abs_rank_shift", "", text(l.indicator()), "", l.maxAbsRankShift(), "");
          }
        });
  }

  private void writeUncertainty(UncertaintyResult u) {
    write(
        uncertaintyOut,
        List.of("uCode", "nominal_rank", "median_rank", "rank_p05", "rank_p95"),
        printer -> {
          for (UnitRankInterval i : u.units()) {
            printer.printRecord(
                text(i.unit()),
                i.nominalRank(),
                number(i.medianRank()),
                number(i.p05()),
                number(i.p95()));
          }
        });
  }

  private void writeSensitivity(UncertaintyResult u) {
    if (u.sensitivity().isEmpty()) {
      throw new GovindexException(
          Messages.text(
              "index.sensitivity.missing", "--sensitivity-out", "sensitivity: {samples: N}"));
    }
    write(
        sensitivityOut,
        List.of("factor", "first_order", "total", "output_variance", "model_runs"),
        printer -> {
          for (SensitivityIndex s : u.sensitivity()) {
            printer.printRecord(
                text(s.factor()),
                number(s.firstOrder()),
                number(s.total()),
                number(u.outputVariance()),
                u.modelRuns());
          }
        });
  }

  private void writeLog(IndexResult result) {
    write(
        logOut,
        List.of("step", "uCode", "iCode", "value", "method", "detail"),
        printer -> {
          for (ImputationRecord i : result.imputations()) {
            printer.printRecord(
                "impute",
                text(i.unit()),
                text(i.indicator()),
                number(i.value()),
                i.method(),
                text(i.source()));
          }
          for (ScreenRecord s : result.screenedOut()) {
            printer.printRecord(
                "screen",
                text(s.unit()),
                "",
                number(s.dataShare()),
                "data-share",
                Messages.text("index.log.unitDropped", s.required()));
          }
          for (StepRecord r : result.steps()) {
            printer.printRecord(
                r.step(), text(r.unit()), text(r.code()), "", r.method(), text(r.detail()));
          }
        });
  }

  private void writeData(IndexResult result) {
    List<DataSet> stages = result.stages();
    if (dataFormat.equals("long")) {
      write(
          dataOut,
          List.of("dset", "uCode", "iCode", "value"),
          printer -> {
            for (DataSet d : stages) {
              for (int c = 0; c < d.codes().size(); c++) {
                for (int u = 0; u < d.units().size(); u++) {
                  printer.printRecord(
                      d.name(),
                      text(d.units().get(u)),
                      text(d.codes().get(c)),
                      number(d.value(c, u)));
                }
              }
            }
          });
      return;
    }
    List<String> codes = result.nodes();
    List<String> header = new ArrayList<>(List.of("dset", "uCode"));
    codes.forEach(code -> header.add(text(code)));
    write(
        dataOut,
        header,
        printer -> {
          for (DataSet d : stages) {
            int[] column = codes.stream().mapToInt(code -> d.codes().indexOf(code)).toArray();
            for (int u = 0; u < d.units().size(); u++) {
              List<String> row = new ArrayList<>(List.of(d.name(), text(d.units().get(u))));
              for (int c : column) {
                row.add(c < 0 ? "" : number(d.value(c, u)));
              }
              printer.printRecord(row);
            }
          }
        });
  }

  /**
   * A text cell (unit and indicator codes, names, details from the user's files), neutralised as in
   * every CSV govindex writes ({@link SpreadsheetText#forCsv}); numbers are written as numbers.
   */
  static String text(String value) {
    return SpreadsheetText.forCsv(value);
  }

  static String number(double v) {
    return Double.isNaN(v) ? "" : Double.toString(v);
  }

  interface Rows {
    void print(CSVPrinter printer) throws IOException;
  }

  static void write(Path file, List<String> header, Rows rows) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
          CSVPrinter printer =
              CSVFormat.DEFAULT
                  .builder()
                  .setHeader(header.toArray(String[]::new))
                  .setRecordSeparator("\n")
                  .get()
                  .print(w)) {
        rows.print(printer);
      }
    } catch (IOException e) {
      throw new GovindexException(Messages.text("file.cannotWrite", file, e.getMessage()), e);
    }
  }
}
