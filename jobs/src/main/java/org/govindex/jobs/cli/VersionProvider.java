package org.govindex.jobs.cli;

import picocli.CommandLine.IVersionProvider;

/** The version recorded in the jar manifest ("dev" when run from classes). */
public final class VersionProvider implements IVersionProvider {

  /** The code version written into every manifest. */
  public static String codeVersion() {
    String version = Main.class.getPackage().getImplementationVersion();
    return version == null ? "dev" : version;
  }

  @Override
  public String[] getVersion() {
    return new String[] {"govindex " + codeVersion()};
  }
}
