package org.govindex.indicators.index.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import java.util.Set;
import org.govindex.indicators.index.data.UnitTableParser;
import org.govindex.indicators.index.framework.Framework;
import org.govindex.indicators.index.framework.FrameworkParser;
import org.govindex.indicators.index.recipe.RecipeParser;
import org.junit.jupiter.api.Test;

/** The worked example of docs/index-engine.md, with the values worked there by hand. */
class DocsWorkedExampleTest {

  @Test
  void streetIndexMatchesTheHandWorkedValues() {
    Framework f =
        FrameworkParser.parse(
            new StringReader(
                """
                iCode,Level,Parent,Type,Direction,Weight,iName,Unit,Denominator,GoalLow,GoalHigh,Normalise
                Volunteers,1,Participation,Indicator,1,3,Registered volunteers,persons,Population,0,0.2,goalposts
                Meetings,1,Participation,Indicator,1,1,Residents' meetings held,count,,,,
                Complaints,1,Service,Indicator,-1,1,Complaints per 1000 residents,count,,,,
                Participation,2,Index,Aggregate,1,2,Participation,,,,,
                Service,2,Index,Aggregate,1,1,Service,,,,,
                Index,3,,Aggregate,1,1,Street index,,,,,
                District_group,,,Group,,,,,,,,
                Population,,,Denominator,,,,,,,,
                """),
            "meta.csv");
    var data =
        UnitTableParser.parse(
            new StringReader(
                """
                uCode,uName,District_group,Population,Volunteers,Meetings,Complaints
                S01,East street,North,20000,2400,12,30
                S02,West street,North,10000,500,,45
                S03,Lake street,South,40000,3000,20,12
                """),
            "data.csv",
            Set.copyOf(f.groupColumns()));
    var recipe =
        RecipeParser.parse(
            new StringReader(
                """
                denominate: {method: meta}
                impute: {method: group-mean, group: District_group}
                normalise: {method: minmax, low: 0, high: 100}
                aggregate: {method: arithmetic}
                """),
            "recipe.yaml");
    IndexResult r = IndexEngine.build(f, data, recipe);
    assertThat(r.scores("Volunteers")).containsExactly(new double[] {60, 25, 37.5}, within(1e-9));
    assertThat(r.scores("Participation"))
        .containsExactly(new double[] {45, 18.75, 53.125}, within(1e-9));
    assertThat(r.scores("Index"))
        .containsExactly(new double[] {(90 + 1500 / 33.0) / 3, 12.5, 68.75}, within(1e-9));
    assertThat(r.ranks()).containsExactly(2, 3, 1);
    assertThat(r.imputations().get(0).source()).isEqualTo("mean of District_group=North (n=1)");
  }
}
