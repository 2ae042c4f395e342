package org.govindex.samples;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Unit-code text helpers. Codes are always strings; numbers are only used to build them. */
final class Codes {

  private Codes() {}

  /** {@code value} left-padded with zeros to {@code width} digits. */
  static String pad(int value, int width) {
    String digits = Integer.toString(value);
    if (digits.length() >= width) {
      return digits;
    }
    StringBuilder sb = new StringBuilder(width);
    for (int i = digits.length(); i < width; i++) {
      sb.append('0');
    }
    return sb.append(digits).toString();
  }

  /**
   * The code as Excel's General format shows a long number: 6 significant digits in scientific
   * notation, trailing zeros dropped, e.g. {@code 440104001001 -> 4.40104E+11}.
   */
  static String excelScientific(String digits) {
    BigDecimal value =
        new BigDecimal(digits).round(new MathContext(6, RoundingMode.HALF_UP)).stripTrailingZeros();
    int exponent = value.precision() - value.scale() - 1;
    String unscaled = value.unscaledValue().toString();
    StringBuilder mantissa = new StringBuilder().append(unscaled.charAt(0));
    if (unscaled.length() > 1) {
      mantissa.append('.').append(unscaled, 1, unscaled.length());
    }
    return mantissa + "E+" + pad(exponent, 2);
  }

  /** A community code of the right format under {@code streetCode} that no registry holds (9xx). */
  static String unknownCommunity(String streetCode, SeededRandom random) {
    return streetCode + "9" + pad(random.nextInt(100), 2);
  }

  /** A street code of the right format under {@code districtCode} that no registry holds (9xx). */
  static String unknownStreet(String districtCode, SeededRandom random) {
    return districtCode + "9" + pad(random.nextInt(100), 2);
  }

  /** A department code of the right format under {@code districtCode} that no registry holds. */
  static String unknownDepartment(String districtCode, SeededRandom random) {
    return districtCode + "9" + random.nextInt(10);
  }
}
