package org.govindex.contract;

import java.util.Optional;

/**
 * The reason codes of rejected input rows ({@code rejects.csv}, methodology §1 and the input
 * contract), with their Chinese names. The code is what scripts read; the name is what a person
 * reads.
 */
public enum RejectReason {
  UNKNOWN_UNIT("unknown_unit", "单位代码不在名录中"),
  AMBIGUOUS_UNIT("ambiguous_unit", "单位无法唯一确定"),
  BAD_VALUE("bad_value", "选项不合规"),
  SPEEDER("speeder", "答题时间过短"),
  NO_SCORED_ANSWER("no_scored_answer", "无计分回答"),
  DUPLICATE("duplicate", "重复问卷"),
  MISSING_VALUE("missing_value", "必填项为空"),
  BAD_CODE("bad_code", "代码格式错误"),
  BAD_NUMBER("bad_number", "数值格式错误"),
  BAD_DATE("bad_date", "日期格式错误"),
  BAD_ENUM("bad_enum", "取值不在允许范围"),
  DUPLICATE_KEY("duplicate_key", "重复记录"),
  INCONSISTENT("inconsistent", "数据前后矛盾"),
  /** A cell longer than {@link Datasets#MAX_FIELD_CHARS} characters. */
  FIELD_TOO_LONG("field_too_long", "字段超长"),
  /** A CSV record with more or fewer fields than its header (never padded or cut). */
  FIELD_COUNT("field_count", "字段个数与表头不符"),
  /** The last record of a CSV file cut by the end of the file (mid-row or inside a quote). */
  TRUNCATED_ROW("truncated_row", "文件末行不完整");

  private final String code;
  private final String label;

  RejectReason(String code, String label) {
    this.code = code;
    this.label = label;
  }

  /** The {@code reason_code} text. */
  public String code() {
    return code;
  }

  /** The Chinese name. */
  public String label() {
    return label;
  }

  /** The reason of a code, if it is one. */
  public static Optional<RejectReason> fromCode(String code) {
    for (RejectReason reason : values()) {
      if (reason.code.equals(code)) {
        return Optional.of(reason);
      }
    }
    return Optional.empty();
  }
}
