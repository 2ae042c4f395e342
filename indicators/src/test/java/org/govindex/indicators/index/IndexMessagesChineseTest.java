package org.govindex.indicators.index;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.govindex.contract.testing.ChineseLocale;
import org.govindex.indicators.index.normalise.NormalizerRegistry;
import org.govindex.indicators.index.recipe.RecipeParser;
import org.govindex.indicators.innovation.InnovationConfigException;
import org.govindex.indicators.innovation.InnovationSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Refusals of the index engine and the innovation index read in Chinese under a Chinese locale. */
@ExtendWith(ChineseLocale.class)
class IndexMessagesChineseTest {

  @Test
  void anUnknownNormalisationMethodIsRefusedInChinese() {
    assertThatThrownBy(
            () -> NormalizerRegistry.find(MethodSpec.of("squash"), "normalise indicator GNI"))
        .isInstanceOf(IndexSpecException.class)
        .hasMessageStartingWith("normalise indicator GNI：未知的标准化方法“squash”（可用：")
        .hasMessageEndingWith("）");
  }

  @Test
  void anUnknownRecipeKeyIsRefusedInChinese() {
    assertThatThrownBy(() -> RecipeParser.parse(new StringReader("colour: red\n"), "recipe.yaml"))
        .isInstanceOf(IndexSpecException.class)
        .hasMessageStartingWith("recipe.yaml：未知的键“colour”（可用：");
  }

  @Test
  void aBadInnovationPeriodIsRefusedInChinese() {
    assertThatThrownBy(() -> InnovationSettings.defaults("26", null))
        .isInstanceOf(InnovationConfigException.class)
        .hasMessage("创新指数设置 period 须为四位年份 YYYY，实际为“26”");
  }
}
