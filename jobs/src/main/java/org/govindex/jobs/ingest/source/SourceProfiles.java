package org.govindex.jobs.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.govindex.contract.GovindexException;

/** The source profiles bundled with govindex ({@code govindex/sources/*.yaml} on the classpath). */
public final class SourceProfiles {

  /** The bundled profiles, in the order they are tried: the contract's layout first. */
  public static final List<String> BUNDLED =
      List.of(
          "classpath:govindex/sources/contract.yaml",
          "classpath:govindex/sources/hotline-city-a.yaml",
          "classpath:govindex/sources/hotline-city-b.yaml");

  private SourceProfiles() {}

  /** The bundled profiles, parsed. */
  public static List<SourceProfile> bundled() {
    List<SourceProfile> out = new ArrayList<>();
    for (String location : BUNDLED) {
      out.add(SourceProfile.parse(classpathText(location), location));
    }
    return out;
  }

  /** The text of a {@code classpath:} location. */
  public static String classpathText(String location) {
    String resource = location.substring("classpath:".length());
    try (InputStream in = SourceProfiles.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new GovindexException("missing classpath resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
