package org.govindex.jobs.config;

import picocli.CommandLine.IVersionProvider;

/** The version of the code, from the jar manifest ("dev" when run from classes). */
public final class CodeVersion implements IVersionProvider {

  /** The code version written into every manifest. */
  public static String codeVersion() {
    String version = CodeVersion.class.getPackage().getImplementationVersion();
    return version == null ? "dev" : version;
  }

  @Override
  public String[] getVersion() {
    return new String[] {"govindex " + codeVersion()};
  }
}
