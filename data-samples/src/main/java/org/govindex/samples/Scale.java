package org.govindex.samples;

import java.util.Locale;
import org.govindex.contract.Messages;

/**
 * Size of a generated drop. City sizes follow a large Chinese city (11 districts, 170 streets,
 * 2,700 communities); a province is ten such cities.
 */
public enum Scale {
  SMALL(1, 2, 4, 20, 6, 1_500, 3_000, 240),
  CITY(1, 11, 170, 2_700, 10, 300_000, 2_000_000, 27_000),
  PROVINCE(10, 110, 1_700, 27_000, 10, 3_000_000, 20_000_000, 270_000);

  private final int cities;
  private final int districts;
  private final int streets;
  private final int communities;
  private final int departmentsPerDistrict;
  private final int residentResponses;
  private final int hotlineOrders;
  private final int mediationCases;

  Scale(
      int cities,
      int districts,
      int streets,
      int communities,
      int departmentsPerDistrict,
      int residentResponses,
      int hotlineOrders,
      int mediationCases) {
    this.cities = cities;
    this.districts = districts;
    this.streets = streets;
    this.communities = communities;
    this.departmentsPerDistrict = departmentsPerDistrict;
    this.residentResponses = residentResponses;
    this.hotlineOrders = hotlineOrders;
    this.mediationCases = mediationCases;
  }

  /** Parses {@code small}, {@code city} or {@code province} (any case). */
  public static Scale parse(String text) {
    for (Scale scale : values()) {
      if (scale.name().equalsIgnoreCase(text == null ? "" : text.trim())) {
        return scale;
      }
    }
    throw new IllegalArgumentException(Messages.text("samples.scale.unknown", text));
  }

  /** Lower-case name as used on the command line and in the metadata file. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public int cities() {
    return cities;
  }

  public int districts() {
    return districts;
  }

  public int streets() {
    return streets;
  }

  public int communities() {
    return communities;
  }

  public int departmentsPerDistrict() {
    return departmentsPerDistrict;
  }

  /** Resident survey responses before planted defects. */
  public int residentResponses() {
    return residentResponses;
  }

  /** 12345 hotline work orders before planted defects. */
  public int hotlineOrders() {
    return hotlineOrders;
  }

  public int mediationCases() {
    return mediationCases;
  }
}
