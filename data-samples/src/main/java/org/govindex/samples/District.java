package org.govindex.samples;

/**
 * A district (区) of the registry.
 *
 * @param code 6-digit 区划代码
 * @param cityName name of its city, used in the IP regions of survey rows
 * @param central true for a 中心城区
 * @param effect latent satisfaction effect shared by its streets
 */
public record District(String code, String name, String cityName, boolean central, double effect) {

  public String typeLabel() {
    return central ? "中心城区" : "非中心城区";
  }
}
