package org.govindex.samples;

/**
 * A district department rated by streets and residents (双向考评).
 *
 * @param code 8-digit 部门代码 = district code + 2 digits
 * @param effect latent satisfaction effect of its work
 */
public record Department(String code, String name, District district, double effect) {}
