package org.govindex.indicators.quality;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.govindex.indicators.registry.Registry;
import org.govindex.indicators.survey.AnswerScale;

/**
 * Hand-written rows of {@code resident_response_meta} and {@code resident_answers} and a plain
 * reduction of them to the {@link QualityCounts} of every community and street, as the survey
 * kernel hands them over. Items: six community items c1..c6 and one street item s1; answer texts in
 * that order, "" for skipped. A response counts for its unit when valid or rejected as speeder,
 * duplicate, no_scored_answer or bad_value; a street pools the responses of its registered
 * communities. Bursts are those of {@link IpBursts} per IP address, summed over the unit's
 * addresses.
 */
final class QualityFixture {

  static final List<String> ITEMS = List.of("c1", "c2", "c3", "c4", "c5", "c6", "s1");
  static final Set<String> COUNTED =
      Set.of("speeder", "duplicate", "no_scored_answer", "bad_value");

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  /** One metadata row; answers only for a valid response (as in ingestion). */
  private record Response(
      String id,
      String community,
      String ip,
      Long time,
      String reason,
      List<AnswerScale.Answer> a) {}

  private final AnswerScale scale = AnswerScale.defaultScale();
  private final List<Registry.Street> streets = new ArrayList<>();
  private final List<Registry.Community> communities = new ArrayList<>();
  private final List<Response> responses = new ArrayList<>();

  QualityFixture street(String code) {
    streets.add(new Registry.Street(code, "街道" + code, "440101"));
    return this;
  }

  QualityFixture community(String code, String street) {
    communities.add(new Registry.Community(code, "社区" + code, street, 1000, 3000, "城市社区"));
    return this;
  }

  /**
   * A response row of the metadata; when {@code reason} is null (valid) its answers, one text per
   * item of {@link #ITEMS}.
   *
   * @param time {@code yyyy-MM-dd HH:mm:ss}, or null when unreadable
   */
  QualityFixture response(
      String id, String community, String ip, String time, String reason, String... texts) {
    if (reason == null && texts.length != ITEMS.size()) {
      throw new IllegalArgumentException(id + ": " + texts.length + " answers");
    }
    if (reason != null && texts.length != 0) {
      throw new IllegalArgumentException(id + ": a rejected response has no answers");
    }
    List<AnswerScale.Answer> answers = new ArrayList<>();
    for (String text : texts) {
      answers.add(scale.read(text));
    }
    Long seconds =
        time == null ? null : LocalDateTime.parse(time, TIME).toEpochSecond(ZoneOffset.ofHours(8));
    responses.add(new Response(id, community, ip, seconds, reason, answers));
    return this;
  }

  Registry registry() {
    return new Registry(List.of(), streets, communities, List.of());
  }

  /** The counts of every community with a counted response, by code. */
  List<QualityCounts> communityCounts(SurveyQualitySettings settings) {
    return counts(Response::community, settings);
  }

  /** The counts of every street with a counted response, by code. */
  List<QualityCounts> streetCounts(SurveyQualitySettings settings) {
    Map<String, String> streetOf = new TreeMap<>();
    communities.forEach(c -> streetOf.put(c.code(), c.streetCode()));
    return counts(r -> streetOf.get(r.community()), settings);
  }

  private List<QualityCounts> counts(
      Function<Response, String> unitOf, SurveyQualitySettings settings) {
    Map<String, List<Response>> byUnit = new TreeMap<>();
    for (Response r : responses) {
      if (r.reason() == null || COUNTED.contains(r.reason())) {
        byUnit.computeIfAbsent(unitOf.apply(r), k -> new ArrayList<>()).add(r);
      }
    }
    List<QualityCounts> out = new ArrayList<>();
    byUnit.forEach((unit, rs) -> out.add(count(unit, rs, settings)));
    return out;
  }

  private static QualityCounts count(
      String unit, List<Response> responses, SurveyQualitySettings settings) {
    long valid = 0;
    long speeders = 0;
    long duplicates = 0;
    long straightliners = 0;
    long dontKnow = 0;
    long answered = 0;
    Map<String, List<Long>> timesByIp = new TreeMap<>();
    for (Response r : responses) {
      if (r.reason() == null) {
        valid++;
        List<Double> scores = new ArrayList<>();
        for (AnswerScale.Answer a : r.a()) {
          if (a.score() != null) {
            scores.add(a.score());
          }
          if (a.kind() == AnswerScale.Kind.DONT_KNOW) {
            dontKnow++;
          }
          if (a.kind() != AnswerScale.Kind.SKIPPED) {
            answered++;
          }
        }
        if (scores.size() >= settings.straightlineMinItems()
            && scores.stream().distinct().count() == 1) {
          straightliners++;
        }
      } else if (r.reason().equals("speeder")) {
        speeders++;
      } else if (r.reason().equals("duplicate")) {
        duplicates++;
      }
      if (r.ip() != null && r.time() != null) {
        timesByIp.computeIfAbsent(r.ip(), k -> new ArrayList<>()).add(r.time());
      }
    }
    IpBursts.Result bursts = IpBursts.Result.NONE;
    for (List<Long> times : timesByIp.values()) {
      bursts =
          bursts.plus(
              IpBursts.ofOneAddress(
                  times.stream().mapToLong(Long::longValue).toArray(),
                  settings.burstWindowMinutes() * 60L,
                  settings.burstMinResponses()));
    }
    return new QualityCounts(
        unit,
        responses.size(),
        valid,
        speeders,
        duplicates,
        straightliners,
        bursts,
        dontKnow,
        answered);
  }
}
