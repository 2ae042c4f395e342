package org.govindex.samples;

/**
 * A street (街道) of the registry.
 *
 * @param code 9-digit 街道代码 = district code + 3 digits
 * @param index position in {@link Registry#streets()}
 * @param effect latent satisfaction effect of the street's own work (district effect included)
 */
public record Street(String code, String name, District district, int index, double effect) {}
