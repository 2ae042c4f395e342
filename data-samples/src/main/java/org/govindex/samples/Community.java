package org.govindex.samples;

/**
 * A community (社区) of the registry.
 *
 * @param code 12-digit 社区代码 = street code + 3 digits
 * @param rural true for a 农村社区
 * @param effect latent satisfaction effect (street effect included)
 * @param surveyWeight relative share of survey responses (low for under-sampled communities)
 * @param uniqueName true when no other community has the same name
 */
public record Community(
    String code,
    String name,
    Street street,
    int index,
    int households,
    int population,
    boolean rural,
    double effect,
    double surveyWeight,
    boolean uniqueName) {

  public String typeLabel() {
    return rural ? "农村社区" : "城市社区";
  }
}
