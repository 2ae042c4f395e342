package org.govindex.indicators.subjective;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.govindex.indicators.registry.Registry;
import org.govindex.indicators.survey.AnswerScale;
import org.govindex.indicators.survey.ItemLevel;
import org.govindex.indicators.survey.Questionnaire;
import org.govindex.indicators.survey.QuestionnaireItem;

/**
 * A registry and hand-written valid survey responses, and a plain reduction of the responses to
 * what the survey kernel hands to {@link SubjectiveScoring} per community: {@link CommunitySurvey}
 * (n_valid, the 满意率 tally, S and its bootstrap replicates over the respondents in response_id
 * order, seeded with the community's own seed) and {@link ItemTally} (per community and item: sum
 * and number of scored answers, number of 不了解; an answer row, even a skipped one, makes a tally).
 */
final class SurveyFixture {

  private record Response(String id, String community, String[] texts) {}

  private final Questionnaire questionnaire;
  private final List<Registry.District> districts = new ArrayList<>();
  private final List<Registry.Street> streets = new ArrayList<>();
  private final List<Registry.Community> communities = new ArrayList<>();
  private final List<Response> responses = new ArrayList<>();

  SurveyFixture(Questionnaire questionnaire) {
    this.questionnaire = questionnaire;
  }

  SurveyFixture district(String code, String name, boolean central) {
    districts.add(new Registry.District(code, name, central ? "中心城区" : "非中心城区", central));
    return this;
  }

  SurveyFixture street(String code, String name, String district) {
    streets.add(new Registry.Street(code, name, district));
    return this;
  }

  SurveyFixture community(String code, String name, String street, int population) {
    communities.add(new Registry.Community(code, name, street, 100, population, "城市社区"));
    return this;
  }

  /** A valid response; {@code answerTexts} in questionnaire item order, "" for a skipped answer. */
  SurveyFixture response(String responseId, String community, String... answerTexts) {
    if (answerTexts.length != questionnaire.items().size()) {
      throw new IllegalArgumentException(responseId + ": " + answerTexts.length + " answers");
    }
    responses.add(new Response(responseId, community, answerTexts.clone()));
    return this;
  }

  Registry registry() {
    return new Registry(districts, streets, communities, List.of());
  }

  /** The respondent matrix x[r][k] of a community: community items, respondents by id. */
  double[][] matrix(String community) {
    List<QuestionnaireItem> items = questionnaire.itemsAt(ItemLevel.COMMUNITY);
    List<double[]> rows = new ArrayList<>();
    for (Response r : byId(community).values()) {
      double[] x = new double[items.size()];
      Arrays.fill(x, Double.NaN);
      for (int k = 0; k < items.size(); k++) {
        Double score = read(r, items.get(k)).score();
        if (score != null) {
          x[k] = score;
        }
      }
      rows.add(x);
    }
    return rows.toArray(new double[0][]);
  }

  /** One survey per community with a response, in community-code order. */
  List<CommunitySurvey> surveys(int resamples, long baseSeed) {
    double[] weights = SubjectiveScoring.communityItemWeights(questionnaire);
    List<CommunitySurvey> out = new ArrayList<>();
    for (String community : communitiesWithResponses()) {
      double[][] x = matrix(community);
      long scored = 0;
      long satisfied = 0;
      for (double[] respondent : x) {
        for (double score : respondent) {
          if (!Double.isNaN(score)) {
            scored++;
            if (questionnaire.scale().isSatisfied(score)) {
              satisfied++;
            }
          }
        }
      }
      double s = RespondentBootstrap.score(x, weights);
      out.add(
          new CommunitySurvey(
              community,
              x.length,
              scored,
              satisfied,
              Double.isNaN(s) ? null : s,
              RespondentBootstrap.replicates(
                  x, weights, resamples, RespondentBootstrap.unitSeed(baseSeed, community))));
    }
    return out;
  }

  /** The item tallies, by community code and item code. */
  List<ItemTally> items() {
    List<ItemTally> out = new ArrayList<>();
    for (String community : communitiesWithResponses()) {
      Map<String, double[]> byItem = new TreeMap<>();
      for (Response r : byId(community).values()) {
        for (QuestionnaireItem item : questionnaire.items()) {
          AnswerScale.Answer answer = read(r, item);
          double[] t = byItem.computeIfAbsent(item.code(), k -> new double[3]);
          if (answer.score() != null) {
            t[0] += answer.score();
            t[1]++;
          }
          if (answer.kind() == AnswerScale.Kind.DONT_KNOW) {
            t[2]++;
          }
        }
      }
      byItem.forEach(
          (item, t) -> out.add(new ItemTally(community, item, t[0], (long) t[1], (long) t[2])));
    }
    return out;
  }

  private List<String> communitiesWithResponses() {
    return responses.stream().map(Response::community).distinct().sorted().toList();
  }

  private Map<String, Response> byId(String community) {
    Map<String, Response> out = new TreeMap<>();
    responses.stream()
        .filter(r -> r.community().equals(community))
        .forEach(r -> out.put(r.id(), r));
    return out;
  }

  private AnswerScale.Answer read(Response r, QuestionnaireItem item) {
    return questionnaire.scale().read(r.texts()[questionnaire.items().indexOf(item)]);
  }
}
