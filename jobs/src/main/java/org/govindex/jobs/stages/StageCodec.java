package org.govindex.jobs.stages;

import java.util.ArrayList;
import java.util.List;
import org.govindex.contract.Flag;
import org.govindex.contract.Stages;
import org.govindex.contract.Table;
import org.govindex.contract.UnitLevel;
import org.govindex.indicators.appraisal.ObjectiveScore;
import org.govindex.indicators.objective.CaseTally;
import org.govindex.indicators.objective.OrderCounts;
import org.govindex.indicators.objective.OrderTally;
import org.govindex.indicators.subjective.UnitSubjective;

/** The records of the unit-level computations as the stage tables of {@link Stages}, and back. */
public final class StageCodec {

  private StageCodec() {}

  public static Table subjective(List<UnitSubjective> units) {
    Table.Builder t = Table.builder(Stages.SUBJECTIVE_UNITS);
    for (UnitSubjective u : units) {
      t.row()
          .set("level", u.level().code())
          .set("unit_code", u.unitCode())
          .set("unit_name", u.unitName())
          .set("subjective_score", u.score())
          .set("ci_low", u.ciLow())
          .set("ci_high", u.ciHigh())
          .set("n_valid", u.nValid())
          .set("satisfaction_rate", u.satisfactionRate())
          .set("insufficient", u.insufficient())
          .set("flags", Flag.join(u.flags()))
          .set("replicates", u.replicates())
          .add();
    }
    return t.build();
  }

  public static List<UnitSubjective> subjective(Table t) {
    List<UnitSubjective> out = new ArrayList<>();
    for (Table.Row r : t.rows()) {
      out.add(
          new UnitSubjective(
              UnitLevel.of(r.string("level")),
              r.string("unit_code"),
              r.string("unit_name"),
              r.number("subjective_score"),
              r.number("ci_low"),
              r.number("ci_high"),
              r.longValue("n_valid"),
              r.number("satisfaction_rate"),
              r.bool("insufficient"),
              Flag.split(r.string("flags")),
              r.doubles("replicates")));
    }
    return out;
  }

  /** O of every unit and the indicator shares, as two stage tables. */
  public static List<Table> objective(List<ObjectiveScore> scores) {
    Table.Builder s = Table.builder(Stages.OBJECTIVE_SCORES);
    Table.Builder shares = Table.builder(Stages.OBJECTIVE_SHARES);
    for (ObjectiveScore o : scores) {
      s.row()
          .set("level", o.level().code())
          .set("unit_code", o.unitCode())
          .set("objective_score", o.score())
          .set("n_indicators", o.nIndicators())
          .set("n_weighted", o.nWeighted())
          .set("flags", Flag.join(o.flags()))
          .add();
      for (ObjectiveScore.Share share : o.indicators()) {
        shares
            .row()
            .set("level", o.level().code())
            .set("unit_code", o.unitCode())
            .set("indicator_code", share.indicatorCode())
            .set("position", share.position())
            .set("normalized_score", share.normalizedScore())
            .set("weight_share", share.weightShare())
            .add();
      }
    }
    return List.of(s.build(), shares.build());
  }

  public static List<ObjectiveScore> objective(Table scores, Table shares) {
    java.util.Map<String, List<ObjectiveScore.Share>> byUnit = new java.util.HashMap<>();
    for (Table.Row r : shares.rows()) {
      byUnit
          .computeIfAbsent(r.string("level") + "|" + r.string("unit_code"), k -> new ArrayList<>())
          .add(
              new ObjectiveScore.Share(
                  r.string("indicator_code"),
                  r.integer("position"),
                  r.number("normalized_score"),
                  r.number("weight_share")));
    }
    List<ObjectiveScore> out = new ArrayList<>();
    for (Table.Row r : scores.rows()) {
      out.add(
          new ObjectiveScore(
              UnitLevel.of(r.string("level")),
              r.string("unit_code"),
              r.number("objective_score"),
              r.integer("n_indicators"),
              r.integer("n_weighted"),
              Flag.split(r.string("flags")),
              byUnit.getOrDefault(r.string("level") + "|" + r.string("unit_code"), List.of())));
    }
    return out;
  }

  public static Table orders(List<OrderTally> tallies) {
    Table.Builder t = Table.builder(Stages.ORDER_TALLIES);
    for (OrderTally o : tallies) {
      OrderCounts c = o.counts();
      t.row()
          .set("year", o.year())
          .set("street_code", o.streetCode())
          .set("community_code", o.communityCode())
          .set("handler_code", o.handlerCode())
          .set("eligible", c.eligible())
          .set("with_sign_deadline", c.withSignDeadline())
          .set("signed_in_time", c.signedInTime())
          .set("closed", c.closed())
          .set("closed_in_time", c.closedInTime())
          .set("solved", c.solved())
          .set("solved_or_not", c.solvedOrNot())
          .set("satisfied", c.satisfied())
          .set("rated", c.rated())
          .set("returned", c.returned())
          .set("reopened", c.reopened())
          .add();
    }
    return t.build();
  }

  public static List<OrderTally> orders(Table t) {
    List<OrderTally> out = new ArrayList<>();
    for (Table.Row r : t.rows()) {
      out.add(
          new OrderTally(
              r.integer("year"),
              r.string("street_code"),
              r.string("community_code"),
              r.string("handler_code"),
              new OrderCounts(
                  r.longValue("eligible"),
                  r.longValue("with_sign_deadline"),
                  r.longValue("signed_in_time"),
                  r.longValue("closed"),
                  r.longValue("closed_in_time"),
                  r.longValue("solved"),
                  r.longValue("solved_or_not"),
                  r.longValue("satisfied"),
                  r.longValue("rated"),
                  r.longValue("returned"),
                  r.longValue("reopened"))));
    }
    return out;
  }

  public static Table cases(List<CaseTally> tallies) {
    Table.Builder t = Table.builder(Stages.CASE_TALLIES);
    for (CaseTally c : tallies) {
      t.row()
          .set("year", c.year())
          .set("street_code", c.streetCode())
          .set("community_code", c.communityCode())
          .set("cases", c.cases())
          .set("successes", c.successes())
          .add();
    }
    return t.build();
  }

  public static List<CaseTally> cases(Table t) {
    List<CaseTally> out = new ArrayList<>();
    for (Table.Row r : t.rows()) {
      out.add(
          new CaseTally(
              r.integer("year"),
              r.string("street_code"),
              r.string("community_code"),
              r.longValue("cases"),
              r.longValue("successes")));
    }
    return out;
  }
}
