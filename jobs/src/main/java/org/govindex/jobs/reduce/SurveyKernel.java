package org.govindex.jobs.reduce;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.function.MapGroupsFunction;
import org.apache.spark.sql.Row;
import org.govindex.contract.Messages;
import org.govindex.indicators.quality.IpBursts;
import org.govindex.indicators.quality.QualityCounts;
import org.govindex.indicators.subjective.CommunitySurvey;
import org.govindex.indicators.subjective.ItemTally;
import org.govindex.indicators.subjective.RespondentBootstrap;
import org.govindex.indicators.subjective.SubjectiveInputException;

/**
 * The per-street kernel of the survey reduction, run in the executors: from the rows of one
 * street's responses joined to their answers it computes, in one pass, every community's S and its
 * bootstrap replicates ({@link RespondentBootstrap}, respondents in {@link #CONTENT_ORDER}, the
 * community's own seed), n_valid, the 满意率 tallies and the item tallies, and the survey-quality
 * counts of each community and of the street. Every float sum is taken in that order, so the
 * results depend neither on the order in which Spark hands over the rows nor on the files' names
 * and row numbers.
 *
 * <p>Input columns, in order: street_code (the group key), community_code, response_id, ip_hash, t
 * (submit time in epoch seconds, null when unreadable), reason_code (null for a valid response),
 * answers (packed by {@link AnswerPacking}, which has checked their items and levels). Every
 * response has one row without answers (answers null) that carries its attributes (community_code
 * to reason_code), and one or more rows with only its response_id and packed answers, in any order.
 * An answer to an item the response already answered is refused ({@link SubjectiveInputException}).
 */
final class SurveyKernel implements MapGroupsFunction<String, Row, StreetSurvey> {

  private static final long serialVersionUID = 1L;
  static final String SPEEDER = "speeder";
  static final String DUPLICATE = "duplicate";

  private final SurveyKernelSpec spec;

  /** The questionnaire's item codes in ascending order: the columns of a response's answers. */
  private final List<String> items;

  /** Item code → its column in {@link #items}. */
  private final Map<String, Integer> itemColumn = new HashMap<>();

  /** The column of each community item, in questionnaire order (the bootstrap's matrix). */
  private final int[] communityColumns;

  SurveyKernel(SurveyKernelSpec spec) {
    this.spec = spec;
    this.items = spec.itemColumns();
    for (int i = 0; i < items.size(); i++) {
      itemColumn.put(items.get(i), i);
    }
    this.communityColumns = spec.communityItems().stream().mapToInt(itemColumn::get).toArray();
  }

  /**
   * One response of the street and its answers, one column per questionnaire item; its attributes
   * are set from its row without an answer ({@link #describe}).
   */
  private static final class Response {
    String community;
    String ip;
    Long time;
    String reason;
    final boolean[] answeredItem;
    final double[] scores;
    final boolean[] dontKnowItem;
    long scored;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    long dontKnow;
    long answered;

    Response(int items) {
      this.answeredItem = new boolean[items];
      this.scores = new double[items];
      this.dontKnowItem = new boolean[items];
      Arrays.fill(scores, Double.NaN);
    }

    void describe(String community, String ip, Long time, String reason) {
      this.community = community;
      this.ip = ip;
      this.time = time;
      this.reason = reason;
    }

    boolean valid() {
      return reason == null;
    }
  }

  /**
   * The order of a community's respondents in the bootstrap and in every sum: by what they answered
   * and when (submit time, IP pseudonym, validity, then the answers item by item), never by the
   * file or row they came from, so that the same responses in another layout (other file names,
   * another row order) give the same S, the same bootstrap interval and the same sums to the last
   * bit. Responses equal in all of these are interchangeable: their order changes nothing.
   */
  private static final Comparator<Response> CONTENT_ORDER =
      Comparator.comparing((Response r) -> r.time, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(r -> r.ip, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(r -> r.reason, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing((a, b) -> Arrays.compare(a.scores, b.scores))
          .thenComparing((a, b) -> Arrays.compare(a.dontKnowItem, b.dontKnowItem))
          .thenComparing((a, b) -> Arrays.compare(a.answeredItem, b.answeredItem));

  @Override
  public StreetSurvey call(String street, Iterator<Row> rows) {
    Map<String, Response> byId = new HashMap<>();
    String lastId = null;
    Response last = null;
    while (rows.hasNext()) {
      Row r = rows.next();
      String id = r.getString(2);
      if (!id.equals(lastId)) { // a response's answers usually come one after another
        last = byId.computeIfAbsent(id, k -> new Response(items.size()));
        lastId = id;
      }
      if (r.isNullAt(6)) {
        last.describe(
            r.getString(1), r.getString(3), r.isNullAt(4) ? null : r.getLong(4), r.getString(5));
      } else {
        addAnswers(last, id, (byte[]) r.get(6));
      }
    }
    Map<String, List<Response>> byCommunity = new TreeMap<>();
    for (Map.Entry<String, Response> e : byId.entrySet()) {
      Response response = e.getValue();
      if (response.community == null) {
        throw new IllegalStateException("answers of response " + e.getKey() + " without it");
      }
      byCommunity.computeIfAbsent(response.community, c -> new ArrayList<>()).add(response);
    }
    List<CommunitySurvey> surveys = new ArrayList<>();
    List<ItemTally> tallies = new ArrayList<>();
    List<QualityCounts> quality = new ArrayList<>();
    List<Response> all = new ArrayList<>();
    for (Map.Entry<String, List<Response>> e : byCommunity.entrySet()) {
      List<Response> responses = e.getValue();
      responses.sort(CONTENT_ORDER);
      all.addAll(responses);
      CommunitySurvey survey = survey(e.getKey(), responses);
      if (survey != null) {
        surveys.add(survey);
      }
      tallies.addAll(itemTallies(e.getKey(), responses));
      quality.add(quality(e.getKey(), responses));
    }
    return new StreetSurvey(street, surveys, tallies, quality, quality(street, all));
  }

  /** The refusal of an answer the questionnaire does not allow: its item and level follow. */
  private SubjectiveInputException notAllowed(String id, byte[] packed, int at) {
    int itemLength = ((packed[at] & 0xff) << 8) | (packed[at + 1] & 0xff);
    String item = new String(packed, at + 2, itemLength, StandardCharsets.UTF_8);
    int levelAt = at + 2 + itemLength;
    int levelLength = ((packed[levelAt] & 0xff) << 8) | (packed[levelAt + 1] & 0xff);
    String level = new String(packed, levelAt + 2, levelLength, StandardCharsets.UTF_8);
    String expected = spec.itemLevels().get(item);
    return new SubjectiveInputException(
        expected == null
            ? Messages.text("kernel.unknownItem", id, item, level)
            : Messages.text("kernel.wrongLevel", id, item, level, expected));
  }

  /** Adds the packed answers ({@link AnswerPacking}) of a row to its response. */
  private void addAnswers(Response response, String id, byte[] packed) {
    int at = 0;
    while (at < packed.length) {
      int column = ((packed[at] & 0xff) << 8) | (packed[at + 1] & 0xff);
      if (column == AnswerPacking.NOT_ALLOWED) {
        throw notAllowed(id, packed, at + 2);
      }
      int flags = packed[at + 2];
      at += 3;
      if (response.answeredItem[column]) {
        throw new SubjectiveInputException(
            Messages.text("kernel.answeredTwice", id, items.get(column)));
      }
      response.answeredItem[column] = true;
      if ((flags & AnswerPacking.SCORED) != 0) {
        long bits = 0;
        for (int b = 0; b < 8; b++) {
          bits = (bits << 8) | (packed[at + b] & 0xff);
        }
        at += 8;
        double score = Double.longBitsToDouble(bits);
        response.scores[column] = score;
        response.scored++;
        response.min = Math.min(response.min, score);
        response.max = Math.max(response.max, score);
      }
      if ((flags & AnswerPacking.DONT_KNOW) != 0) {
        response.dontKnowItem[column] = true;
        response.dontKnow++;
      }
      if ((flags & AnswerPacking.SKIPPED) == 0) {
        response.answered++;
      }
    }
  }

  /**
   * The tallies of the items answered by the community's valid responses, by item code; scores
   * added in response_id order, so that the sums do not depend on the order of the rows.
   */
  private List<ItemTally> itemTallies(String community, List<Response> responses) {
    double[] sums = new double[items.size()];
    long[] scored = new long[items.size()];
    long[] dontKnow = new long[items.size()];
    boolean[] answered = new boolean[items.size()];
    for (Response r : responses) {
      if (!r.valid()) {
        continue;
      }
      for (int i = 0; i < items.size(); i++) {
        answered[i] |= r.answeredItem[i];
        if (!Double.isNaN(r.scores[i])) {
          sums[i] += r.scores[i];
          scored[i]++;
        }
        if (r.dontKnowItem[i]) {
          dontKnow[i]++;
        }
      }
    }
    List<ItemTally> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      if (answered[i]) {
        out.add(new ItemTally(community, items.get(i), sums[i], scored[i], dontKnow[i]));
      }
    }
    return out;
  }

  /** S and its replicates over the community's valid responses, or null when it has none. */
  private CommunitySurvey survey(String community, List<Response> responses) {
    List<double[]> respondents = new ArrayList<>();
    long scored = 0;
    long satisfied = 0;
    for (Response r : responses) {
      if (!r.valid()) {
        continue;
      }
      double[] x = new double[communityColumns.length];
      for (int k = 0; k < x.length; k++) {
        x[k] = r.scores[communityColumns[k]];
      }
      respondents.add(x);
      for (double answer : x) {
        if (!Double.isNaN(answer)) {
          scored++;
          if (answer >= spec.satisfiedThreshold()) {
            satisfied++;
          }
        }
      }
    }
    if (respondents.isEmpty()) {
      return null;
    }
    double[][] matrix = respondents.toArray(new double[0][]);
    double score = RespondentBootstrap.score(matrix, spec.communityWeights());
    double[] replicates =
        RespondentBootstrap.replicates(
            matrix,
            spec.communityWeights(),
            spec.resamples(),
            RespondentBootstrap.unitSeed(spec.baseSeed(), community));
    return new CommunitySurvey(
        community,
        respondents.size(),
        scored,
        satisfied,
        Double.isNaN(score) ? null : score,
        replicates);
  }

  /** The quality counts of a unit's responses. */
  private QualityCounts quality(String unit, List<Response> responses) {
    long valid = 0;
    long speeders = 0;
    long duplicates = 0;
    long straightliners = 0;
    long dontKnow = 0;
    long answered = 0;
    Map<String, List<Long>> byIp = new TreeMap<>();
    for (Response r : responses) {
      if (r.valid()) {
        valid++;
        dontKnow += r.dontKnow;
        answered += r.answered;
        if (r.scored >= spec.straightlineMinItems() && r.min == r.max) {
          straightliners++;
        }
      } else if (SPEEDER.equals(r.reason)) {
        speeders++;
      } else if (DUPLICATE.equals(r.reason)) {
        duplicates++;
      }
      if (r.ip != null && r.time != null) {
        byIp.computeIfAbsent(r.ip, k -> new ArrayList<>()).add(r.time);
      }
    }
    IpBursts.Result bursts = IpBursts.Result.NONE;
    for (List<Long> times : byIp.values()) {
      bursts =
          bursts.plus(
              IpBursts.ofOneAddress(
                  times.stream().mapToLong(Long::longValue).toArray(),
                  spec.burstWindowSeconds(),
                  spec.burstMinResponses()));
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
