package org.workright.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class LetterFormatTest {

    private final LetterFormat fmt = new LetterFormat();

    @Test
    void datesAreWrittenTheChineseWay() {
        assertThat(fmt.date(LocalDate.of(2026, 1, 5))).isEqualTo("2026年1月5日");
    }

    @Test
    void listItemsLoseTheNumberingStaffTyped_becauseTheLetterNumbersThem() {
        assertThat(fmt.items("1. 劳动合同\n2、工资条\n（3）考勤记录\n四、 社保缴费记录\n\n身份证复印件\n2025年工资表\n2025.6月工资条"))
                .containsExactly("劳动合同", "工资条", "考勤记录", "社保缴费记录", "身份证复印件", "2025年工资表",
                        "2025.6月工资条");
    }

    @Test
    void aSentenceTheTemplateEndsLosesItsOwnFullStop() {
        assertThat(fmt.sentence("符合法律援助条件。")).isEqualTo("符合法律援助条件");
        assertThat(fmt.sentence("申请事项不属于劳动争议")).isEqualTo("申请事项不属于劳动争议");
        assertThat(fmt.sentence(null)).isEmpty();
    }
}
