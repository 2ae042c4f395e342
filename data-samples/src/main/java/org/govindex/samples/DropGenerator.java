package org.govindex.samples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import org.govindex.contract.Messages;

/**
 * Generates a synthetic export drop in the format of the input contract
 * (shared/docs/input-contract.md): the registry, resident and department surveys, hotline and
 * mediation cases, facts and projects, in UTF-8 with and without BOM, GB18030 and XLSX, with
 * planted defects at the requested rate, and {@value MetadataWriter#FILE_NAME} describing them. The
 * same settings always give byte-identical files: every draw comes from a {@link SeededRandom}
 * stream, nothing depends on the clock or on hash order.
 */
public final class DropGenerator {

  /** Name of the metadata file written next to the data. */
  public static final String METADATA_FILE = MetadataWriter.FILE_NAME;

  private DropGenerator() {}

  public static GenerationResult generate(GeneratorSettings settings) {
    try {
      OutputFolder.prepare(settings.out());
      Registry registry =
          new RegistryBuilder(settings.scale(), SeededRandom.forStream(settings.seed(), "registry"))
              .build();
      DropContext context = new DropContext(settings, registry);
      List<GeneratedFile> files = new ArrayList<>();
      files.addAll(new RegistryWriter(context).write());
      files.addAll(new ResidentSurveyWriter(context).write());
      files.addAll(new DepartmentRatingWriter(context).write());
      files.addAll(new HotlineWriter(context).write());
      files.addAll(new MediationWriter(context).write());
      files.addAll(new FactsWriter(context).write());
      MetadataWriter.write(settings.out(), settings, files);
      return new GenerationResult(settings, files);
    } catch (IOException e) {
      throw unwritable(settings, e, e);
    } catch (UncheckedIOException e) {
      throw unwritable(settings, e.getCause(), e);
    }
  }

  private static DropGenerationException unwritable(
      GeneratorSettings settings, IOException problem, Exception thrown) {
    return new DropGenerationException(
        Messages.text("samples.drop.unwritable", settings.out(), reason(problem)), thrown);
  }

  /**
   * Why writing failed, in the user's language where the JDK names only the file (a missing file or
   * folder, a permission refused); else the file system's own message.
   */
  private static String reason(IOException problem) {
    if (problem instanceof NoSuchFileException missing) {
      return Messages.text("samples.io.noSuchFile", missing.getFile());
    }
    if (problem instanceof AccessDeniedException denied) {
      return Messages.text("samples.io.accessDenied", denied.getFile());
    }
    return problem.getMessage();
  }
}
