package org.govindex.jobs.nightly;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.govindex.jobs.cli.GovindexException;

/** The period a synthetic drop declares in its {@code govindex-synthetic.json} marker. */
public final class DropPeriod {

  public static final String SYNTHETIC_MARKER = "govindex-synthetic.json";

  private DropPeriod() {}

  public static Optional<String> declared(Path drop) {
    Path marker = drop.resolve(SYNTHETIC_MARKER);
    if (!Files.isRegularFile(marker)) {
      return Optional.empty();
    }
    try {
      JsonNode period = new ObjectMapper().readTree(marker.toFile()).get("period");
      return period == null || period.isNull() ? Optional.empty() : Optional.of(period.asText());
    } catch (IOException e) {
      throw new GovindexException(marker + ": not valid JSON: " + e.getMessage(), e);
    }
  }
}
