package org.govindex.samples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A second, independent implementation of the validation rules of the input contract and
 * methodology §1, written from the documents for the tests: it reads a drop back and says which
 * data rows must be rejected and why. The generator's planted_defects must agree with it exactly.
 */
final class ReferenceValidator {

  static final Set<String> OPTIONS = Set.of("非常满意", "满意", "基本满意", "不满意", "非常不满意");
  static final Set<String> NOT_SCORED = Set.of("不了解", "(跳过)", "");
  private static final Pattern NAME_AND_CODE = Pattern.compile("^(.*)[（(](\\d+)[）)]$");
  private static final Pattern DURATION = Pattern.compile("^(\\d+)秒$");
  private static final DateTimeFormatter SURVEY_TIME =
      DateTimeFormatter.ofPattern("uuuu/M/d H:mm:ss").withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter ISO_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  final Map<String, String> communityStreet = new HashMap<>();
  final Map<String, Integer> communityPopulation = new HashMap<>();
  final Map<String, Integer> nameCount = new HashMap<>();
  final Map<String, String> nameToCode = new HashMap<>();
  final Set<String> streets = new HashSet<>();
  final Set<String> departments = new HashSet<>();
  final Map<String, String> streetNameToCode = new HashMap<>();

  /** Expected rejects: file path → (data row number → reason code). */
  final Map<String, Map<Integer, String>> rejects = new TreeMap<>();

  /** Valid resident responses: community code → list of community-item answer scores. */
  final Map<String, List<Double>> communityScores = new TreeMap<>();

  final Map<String, Integer> validResponses = new TreeMap<>();

  private final Path drop;

  ReferenceValidator(Path drop) throws IOException {
    this.drop = drop;
    for (List<String> row : DropReader.read(drop.resolve("registry/communities.csv")).rows()) {
      communityStreet.put(row.get(0), row.get(2));
      communityPopulation.put(row.get(0), Integer.parseInt(row.get(4)));
      nameCount.merge(row.get(1), 1, Integer::sum);
      nameToCode.put(row.get(1), row.get(0));
    }
    for (List<String> row : DropReader.read(drop.resolve("registry/streets.csv")).rows()) {
      streets.add(row.get(0));
      streetNameToCode.put(row.get(1), row.get(0));
    }
    for (List<String> row : DropReader.read(drop.resolve("registry/departments.csv")).rows()) {
      departments.add(row.get(0));
    }
    residents();
    departmentRatings();
    hotline();
    mediation();
    summary();
    communityFacts();
    streetFacts();
    projects();
  }

  List<Path> files(String folder, String prefix) throws IOException {
    try (Stream<Path> stream = Files.list(drop.resolve(folder))) {
      return stream.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList();
    }
  }

  private String rel(Path file) {
    return drop.relativize(file).toString().replace('\\', '/');
  }

  private void reject(Path file, int row, String reason) {
    rejects.computeIfAbsent(rel(file), k -> new TreeMap<>()).putIfAbsent(row, reason);
  }

  /** Community code of a unit value, "unknown_unit" or "ambiguous_unit". */
  String resolveCommunity(String value) {
    Matcher m = NAME_AND_CODE.matcher(value);
    String code = m.matches() ? m.group(2) : value.matches("\\d+") ? value : null;
    if (code != null) {
      return communityStreet.containsKey(code) ? code : "unknown_unit";
    }
    int count = nameCount.getOrDefault(value, 0);
    return count == 0 ? "unknown_unit" : count > 1 ? "ambiguous_unit" : nameToCode.get(value);
  }

  private record Valid(
      Path file, int row, String phone, LocalDateTime at, String community, List<Double> scores) {}

  private void residents() throws IOException {
    List<Valid> valid = new ArrayList<>();
    for (Path file : files("surveys", "resident_")) {
      DropReader.Table t = DropReader.read(file);
      int unit = t.columnContaining("所在社区");
      int phone = t.columnContaining("手机号码");
      int duration = t.column("所用时间");
      int time = t.column("提交答卷时间");
      List<Integer> items = new ArrayList<>();
      List<Boolean> street = new ArrayList<>();
      for (int i = 0; i < t.header().size(); i++) {
        String h = t.header().get(i);
        if (h.contains("满意程度")) {
          items.add(i);
          street.add(h.contains("街道"));
        }
      }
      for (int r = 0; r < t.rows().size(); r++) {
        List<String> row = t.rows().get(r);
        int n = r + 1;
        String community = resolveCommunity(row.get(unit));
        if (community.endsWith("_unit")) {
          reject(file, n, community);
          continue;
        }
        boolean bad = false;
        boolean anyScored = false;
        List<Double> scores = new ArrayList<>();
        for (int k = 0; k < items.size(); k++) {
          String answer = row.get(items.get(k));
          bad |= !OPTIONS.contains(answer) && !NOT_SCORED.contains(answer);
          anyScored |= OPTIONS.contains(answer);
          if (OPTIONS.contains(answer) && !street.get(k)) {
            scores.add(score(answer));
          }
        }
        if (bad) {
          reject(file, n, "bad_value");
          continue;
        }
        Matcher d = DURATION.matcher(row.get(duration));
        if (!d.matches()) {
          throw new AssertionError(rel(file) + " row " + n + ": 所用时间 " + row.get(duration));
        }
        if (Integer.parseInt(d.group(1)) < 30) {
          reject(file, n, "speeder");
          continue;
        }
        if (!anyScored) {
          reject(file, n, "no_scored_answer");
          continue;
        }
        valid.add(
            new Valid(
                file,
                n,
                row.get(phone),
                LocalDateTime.parse(row.get(time), SURVEY_TIME),
                community,
                scores));
      }
    }
    Map<String, Valid> latest = new HashMap<>();
    for (Valid v : valid) {
      latest.merge(v.phone(), v, (a, b) -> a.at().isAfter(b.at()) ? a : b);
    }
    for (Valid v : valid) {
      if (latest.get(v.phone()) != v) {
        reject(v.file(), v.row(), "duplicate");
      } else {
        validResponses.merge(v.community(), 1, Integer::sum);
        communityScores.computeIfAbsent(v.community(), k -> new ArrayList<>()).addAll(v.scores());
      }
    }
  }

  static double score(String answer) {
    return switch (answer) {
      case "非常满意" -> 100;
      case "满意" -> 75;
      case "基本满意" -> 50;
      case "不满意" -> 25;
      default -> 0;
    };
  }

  private void departmentRatings() throws IOException {
    for (Path file : files("surveys", "department_")) {
      DropReader.Table t = DropReader.read(file);
      int type = t.columnContaining("评议人类型");
      int dept = t.columnContaining("被评议部门");
      int street = t.columnContaining("评议人所在街道");
      for (int r = 0; r < t.rows().size(); r++) {
        List<String> row = t.rows().get(r);
        int n = r + 1;
        String d = row.get(dept);
        Matcher m = NAME_AND_CODE.matcher(d);
        String code = m.matches() ? m.group(2) : d;
        String s = row.get(street);
        Matcher sm = NAME_AND_CODE.matcher(s);
        String streetCode = sm.matches() ? sm.group(2) : streetNameToCode.getOrDefault(s, s);
        if (!streets.contains(streetCode)) {
          throw new AssertionError("unplanned unknown rater street " + s);
        }
        if (d.isEmpty()) {
          reject(file, n, "missing_value");
        } else if (!Set.of("街道", "社区居委会", "居民代表", "驻区单位").contains(row.get(type))) {
          reject(file, n, "bad_enum");
        } else if (!departments.contains(code)) {
          reject(file, n, "unknown_unit");
        } else {
          for (String item : List.of("响应速度", "配合力度", "落实程度", "服务态度", "办事效率", "落实成效", "廉洁自律")) {
            String a = row.get(t.columnContaining(item));
            if (!OPTIONS.contains(a) && !NOT_SCORED.contains(a)) {
              reject(file, n, "bad_value");
            }
          }
        }
      }
    }
  }

  static boolean isTime(String text) {
    for (DateTimeFormatter f : List.of(SURVEY_TIME, ISO_TIME)) {
      try {
        LocalDateTime.parse(text, f);
        return true;
      } catch (DateTimeParseException e) {
        // next format
      }
    }
    return isDate(text);
  }

  static boolean isDate(String text) {
    try {
      LocalDate.parse(text, DATE);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  static boolean isNumber(String text) {
    return text.matches("-?\\d+(\\.\\d+)?");
  }

  /** Result of checking a street code and an optional community code. */
  private String unitProblem(String street, String community) {
    if (!street.matches("\\d{9}") || !(community.isEmpty() || community.matches("\\d{12}"))) {
      return "bad_code";
    }
    if (!streets.contains(street)
        || !(community.isEmpty() || street.equals(communityStreet.get(community)))) {
      return "unknown_unit";
    }
    return null;
  }

  final Map<String, Integer> hotlineByCommunity = new TreeMap<>();

  private void hotline() throws IOException {
    Set<String> ids = new HashSet<>();
    for (Path file : files("cases", "hotline_")) {
      DropReader.Table t = DropReader.read(file);
      for (int r = 0; r < t.rows().size(); r++) {
        List<String> row = t.rows().get(r);
        int n = r + 1;
        String problem = null;
        if (row.get(0).isEmpty() || row.get(1).isEmpty() || row.get(6).isEmpty()) {
          problem = "missing_value";
        } else if (!isTime(row.get(1))) {
          problem = "bad_date";
        } else if (!Set.of("咨询", "求助", "投诉", "举报", "建议", "感谢", "其他").contains(row.get(3))
            || !Set.of("已办结", "办理中", "[作废]").contains(row.get(13))
            || !Set.of("是", "否").containsAll(List.of(row.get(14), row.get(15), row.get(16)))
            || !Set.of("已解决", "未解决", "未回访").contains(row.get(17))
            || !Set.of("满意", "基本满意", "不满意", "未评价").contains(row.get(18))) {
          problem = "bad_enum";
        } else {
          problem = unitProblem(row.get(6), row.get(7));
        }
        if (problem == null && !ids.add(row.get(0))) {
          problem = "duplicate_key";
        }
        for (int c : new int[] {9, 10, 11, 12}) {
          if (!row.get(c).isEmpty() && !isTime(row.get(c))) {
            throw new AssertionError(rel(file) + " row " + n + ": bad time in column " + c);
          }
        }
        if (problem != null) {
          reject(file, n, problem);
        } else if (!row.get(7).isEmpty()) {
          hotlineByCommunity.merge(row.get(7), 1, Integer::sum);
        }
      }
    }
  }

  private void mediation() throws IOException {
    Set<String> ids = new HashSet<>();
    for (Path file : files("cases", "mediation_2")) {
      DropReader.Table t = DropReader.read(file);
      for (int r = 0; r < t.rows().size(); r++) {
        List<String> row = t.rows().get(r);
        String problem = null;
        if (row.get(0).isEmpty() || row.get(1).isEmpty() || row.get(2).isEmpty()) {
          problem = "missing_value";
        } else if (!isDate(row.get(1)) || !(row.get(6).isEmpty() || isDate(row.get(6)))) {
          problem = "bad_date";
        } else if (!Set.of("调解成功", "调解不成功", "终止调解").contains(row.get(5))) {
          problem = "bad_enum";
        } else {
          problem = unitProblem(row.get(2), row.get(3));
        }
        if (problem == null && !ids.add(row.get(0))) {
          problem = "duplicate_key";
        }
        if (problem != null) {
          reject(file, r + 1, problem);
        }
      }
    }
  }

  private void summary() throws IOException {
    for (Path file : files("cases", "mediation_summary_")) {
      DropReader.Table t = DropReader.read(file);
      for (int r = 0; r < t.rows().size(); r++) {
        List<String> row = t.rows().get(r);
        String problem = unitProblem(row.get(0), "");
        if (problem == null
            && !(isNumber(row.get(1)) && isNumber(row.get(2)) && isNumber(row.get(3)))) {
          problem = "bad_number";
        }
        if (problem == null && Integer.parseInt(row.get(3)) > Integer.parseInt(row.get(2))) {
          problem = "inconsistent";
        }
        if (problem != null) {
          reject(file, r + 1, problem);
        }
      }
    }
  }

  private void communityFacts() throws IOException {
    for (Path file : files("facts", "community_facts_")) {
      DropReader.Table t = DropReader.read(file);
      for (int r = 0; r < t.rows().size(); r++) {
        List<String> row = t.rows().get(r);
        String code = row.get(0);
        String problem = null;
        if (code.isEmpty() || row.get(1).isEmpty()) {
          problem = "missing_value";
        } else if (!code.matches("\\d{12}")) {
          problem = "bad_code";
        } else if (!communityStreet.containsKey(code)) {
          problem = "unknown_unit";
        } else if (!Set.of("是", "否").contains(row.get(9))) {
          problem = "bad_enum";
        } else {
          for (int c = 1; c < row.size(); c++) {
            if (c != 9 && !isNumber(row.get(c))) {
              problem = "bad_number";
            }
          }
        }
        if (problem != null) {
          reject(file, r + 1, problem);
        }
      }
    }
  }

  private void streetFacts() throws IOException {
    for (Path file : files("facts", "street_facts_")) {
      DropReader.Table t = DropReader.read(file);
      for (int r = 0; r < t.rows().size(); r++) {
        List<String> row = t.rows().get(r);
        String problem = null;
        if (row.get(0).isEmpty() || row.get(1).isEmpty()) {
          problem = "missing_value";
        } else {
          problem = unitProblem(row.get(0), "");
        }
        if (problem == null) {
          for (int c = 1; c < row.size(); c++) {
            if (!isNumber(row.get(c))) {
              problem = "bad_number";
            }
          }
        }
        if (problem != null) {
          reject(file, r + 1, problem);
        }
      }
    }
  }

  private void projects() throws IOException {
    Set<String> ids = new HashSet<>();
    for (Path file : files("facts", "projects_")) {
      DropReader.Table t = DropReader.read(file);
      for (int r = 0; r < t.rows().size(); r++) {
        List<String> row = t.rows().get(r);
        String problem = null;
        if (row.get(0).isEmpty() || row.get(1).isEmpty()) {
          problem = "missing_value";
        } else if (!row.get(1).matches("\\d{12}")) {
          problem = "bad_code";
        } else if (!communityStreet.containsKey(row.get(1))) {
          problem = "unknown_unit";
        } else if (!isNumber(row.get(2)) || !isNumber(row.get(5)) || !isNumber(row.get(6))) {
          problem = "bad_number";
        }
        if (problem == null && !ids.add(row.get(0))) {
          problem = "duplicate_key";
        }
        if (problem != null) {
          reject(file, r + 1, problem);
        }
      }
    }
  }
}
