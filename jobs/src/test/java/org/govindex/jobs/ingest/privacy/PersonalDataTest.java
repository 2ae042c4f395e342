package org.govindex.jobs.ingest.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PersonalDataTest {

  @Test
  void phonesIdNumbersAndMailAreRecognisedWhateverTheirSeparators() {
    for (String text :
        List.of(
            "13812345678",
            "138-1234-5678",
            "138 1234 5678",
            "020-81234567",
            "44010119800101123X",
            "440101800101123",
            "张三 440101198001011234 邻里纠纷",
            "a.b@example.com")) {
      assertThat(PersonalData.looksPersonal(text)).as(text).isTrue();
    }
    for (String text : List.of("邻里纠纷", "2026年3月", "123456", "GD12345", "4.40104E+11")) {
      assertThat(PersonalData.looksPersonal(text)).as(text).isFalse();
    }
  }

  @Test
  void redactionReplacesOnlyThePersonalPart() {
    assertThat(PersonalData.redact("邻里纠纷（身份证 44010119800101123X）")).isEqualTo("邻里纠纷（身份证 〔已隐去〕）");
    assertThat(PersonalData.redact("联系 138-1234-5678 或 a@b.cn")).isEqualTo("联系 〔已隐去〕 或 〔已隐去〕");
    assertThat(PersonalData.redact("婚姻家庭纠纷")).isEqualTo("婚姻家庭纠纷");
  }
}
