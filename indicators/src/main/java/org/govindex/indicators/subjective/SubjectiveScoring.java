package org.govindex.indicators.subjective;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.govindex.contract.Flag;
import org.govindex.contract.Messages;
import org.govindex.contract.Table;
import org.govindex.contract.UnitLevel;
import org.govindex.indicators.registry.Registry;
import org.govindex.indicators.survey.ItemLevel;
import org.govindex.indicators.survey.Questionnaire;
import org.govindex.indicators.survey.QuestionnaireItem;

/**
 * The subjective (resident satisfaction) part of the appraisal, methodology §1, from what the
 * survey rows reduced to per community ({@link CommunitySurvey}, {@link ItemTally}).
 *
 * <ul>
 *   <li>Community S, its 95% interval ({@link PercentileInterval} of its bootstrap replicates),
 *       n_valid and 满意率 = satisfied / scored community-item answers.
 *   <li>Street S: population-weighted over its communities ({@link StreetScores}); n_valid and 满意率
 *       pooled over its communities.
 *   <li>{@code satisfaction_items}: per community and community item, and per street and street
 *       item, score = mean of the scored answers (a street pools its communities' answers).
 * </ul>
 *
 * Every registered community and street gets a unit row; a unit without valid response has n_valid
 * 0 and the flag {@code no_survey}. A unit below the level's minimum sample is {@code
 * insufficient}: scored, but not ranked.
 */
public final class SubjectiveScoring {

  private SubjectiveScoring() {}

  /** The subjective part of every registered community and street, and satisfaction_items. */
  public record Result(
      Table satisfactionItems, List<UnitSubjective> communities, List<UnitSubjective> streets) {

    public Result {
      communities = List.copyOf(communities);
      streets = List.copyOf(streets);
    }

    /** Communities then streets. */
    public List<UnitSubjective> units() {
      List<UnitSubjective> all = new ArrayList<>(communities);
      all.addAll(streets);
      return all;
    }
  }

  /**
   * The subjective part of every registered community and street.
   *
   * @param surveys one per community with a valid response
   * @param items the item tallies of the communities' valid responses
   * @throws SubjectiveInputException when a survey or tally names a community outside the registry
   *     or an item outside the questionnaire, or a community has two surveys
   */
  public static Result compute(
      Registry registry,
      Questionnaire questionnaire,
      List<CommunitySurvey> surveys,
      List<ItemTally> items,
      SubjectiveSettings settings) {
    Map<String, CommunitySurvey> byCommunity = byCommunity(registry, surveys);
    List<UnitSubjective> communities = new ArrayList<>();
    Map<String, List<StreetScores.Member>> members = new TreeMap<>();
    Map<String, long[]> streetTallies = new HashMap<>();
    for (Registry.Community c : registry.communities()) {
      CommunitySurvey s = byCommunity.get(c.code());
      communities.add(community(c, s, settings));
      long[] tally = streetTallies.computeIfAbsent(c.streetCode(), k -> new long[3]);
      if (s != null) {
        tally[0] += s.nValid();
        tally[1] += s.scoredAnswers();
        tally[2] += s.satisfiedAnswers();
        if (s.score() != null) {
          members
              .computeIfAbsent(c.streetCode(), k -> new ArrayList<>())
              .add(new StreetScores.Member(c.code(), c.population(), s.score(), s.replicates()));
        }
      }
    }
    List<UnitSubjective> streets = new ArrayList<>();
    for (Registry.Street street : registry.streets()) {
      long[] tally = streetTallies.getOrDefault(street.code(), new long[3]);
      List<StreetScores.Member> m = members.get(street.code());
      StreetScores.Street combined = m == null ? null : StreetScores.combine(m);
      Double score = combined == null || Double.isNaN(combined.score()) ? null : combined.score();
      streets.add(
          unit(
              UnitLevel.STREET,
              street.code(),
              street.name(),
              score,
              score == null ? null : combined.replicates(),
              tally[0],
              tally[1],
              tally[2],
              combined != null && combined.missingPopulation(),
              settings.minSampleStreet()));
    }
    return new Result(
        SatisfactionItems.table(registry, questionnaire, items, settings.period()),
        communities,
        streets);
  }

  /**
   * The surveys by community.
   *
   * @throws SubjectiveInputException when a survey's community is not registered or a community has
   *     two surveys (its valid responses would silently not count)
   */
  private static Map<String, CommunitySurvey> byCommunity(
      Registry registry, List<CommunitySurvey> surveys) {
    Map<String, Registry.Community> registered = registry.communitiesByCode();
    Map<String, CommunitySurvey> out = new HashMap<>();
    for (CommunitySurvey s : surveys) {
      if (!registered.containsKey(s.communityCode())) {
        throw new SubjectiveInputException(
            Messages.text("subjective.unregistered-community", s.nValid(), s.communityCode()));
      }
      if (out.put(s.communityCode(), s) != null) {
        throw new SubjectiveInputException(
            Messages.text("subjective.reduced-twice", s.communityCode()));
      }
    }
    return out;
  }

  private static UnitSubjective community(
      Registry.Community c, CommunitySurvey s, SubjectiveSettings settings) {
    return unit(
        UnitLevel.COMMUNITY,
        c.code(),
        c.name(),
        s == null ? null : s.score(),
        s == null || s.score() == null ? null : s.replicates(),
        s == null ? 0 : s.nValid(),
        s == null ? 0 : s.scoredAnswers(),
        s == null ? 0 : s.satisfiedAnswers(),
        false,
        settings.minSampleCommunity());
  }

  private static UnitSubjective unit(
      UnitLevel level,
      String code,
      String name,
      Double score,
      double[] replicates,
      long nValid,
      long scored,
      long satisfied,
      boolean missingPopulation,
      int minSample) {
    PercentileInterval interval = score == null ? null : PercentileInterval.of95(replicates);
    boolean insufficient = nValid < minSample;
    List<String> flags = new ArrayList<>();
    if (nValid == 0) {
      flags.add(Flag.NO_SURVEY.code());
    }
    if (insufficient) {
      flags.add(Flag.INSUFFICIENT_SAMPLE.code());
    }
    if (nValid > 0 && score == null) {
      flags.add(Flag.NO_SUBJECTIVE_SCORE.code());
    }
    if (missingPopulation) {
      flags.add(Flag.MISSING_POPULATION.code());
    }
    return new UnitSubjective(
        level,
        code,
        name,
        score,
        interval == null ? null : interval.low(),
        interval == null ? null : interval.high(),
        nValid,
        scored > 0 ? (double) satisfied / (double) scored : null,
        insufficient,
        flags,
        replicates);
  }

  /** The community items' weights in questionnaire order, for the bootstrap kernel. */
  public static double[] communityItemWeights(Questionnaire questionnaire) {
    List<QuestionnaireItem> items = questionnaire.itemsAt(ItemLevel.COMMUNITY);
    double[] w = new double[items.size()];
    for (int k = 0; k < w.length; k++) {
      w[k] = items.get(k).weight();
    }
    return w;
  }

  /** The community item codes in questionnaire order (the columns of the kernel's matrix). */
  public static List<String> communityItemCodes(Questionnaire questionnaire) {
    return questionnaire.itemsAt(ItemLevel.COMMUNITY).stream()
        .map(QuestionnaireItem::code)
        .toList();
  }
}
