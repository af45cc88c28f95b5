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
        assertThat(fmt.items("1. 劳动合同\n2、工资条\n（3）考勤记录\n\n4) 2025.6月工资表"))
                .containsExactly("劳动合同", "工资条", "考勤记录", "2025.6月工资表");
    }

    @Test
    void textThatOnlyLooksNumberedKeepsEveryWord() {
        // "2、3月工资条" is one item about February and March, not item 2
        assertThat(fmt.items("2、3月工资条\n1、2月考勤记录")).containsExactly("2、3月工资条", "1、2月考勤记录");
        assertThat(fmt.items("二、三月份工资条\n身份证复印件")).containsExactly("二、三月份工资条", "身份证复印件");
        assertThat(fmt.items("1. 劳动合同\n工资条")).containsExactly("1. 劳动合同", "工资条");
    }

    @Test
    void aSentenceTheTemplateEndsLosesItsOwnFullStop() {
        assertThat(fmt.sentence("符合法律援助条件。")).isEqualTo("符合法律援助条件");
        assertThat(fmt.sentence("申请事项不属于劳动争议")).isEqualTo("申请事项不属于劳动争议");
        assertThat(fmt.sentence(null)).isEmpty();
    }
}
