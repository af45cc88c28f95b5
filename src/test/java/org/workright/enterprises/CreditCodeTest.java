package org.workright.enterprises;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"914403001922038216", "9144030071526726XG", "91110000100017643K", "91530111MA6K7XQ34D"})
    void acceptsRealCodes(String code) {
        assertThat(CreditCode.isValid(code)).isTrue();
        assertThat(CreditCode.problem(code)).isNull();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "914403001922038217, 统一社会信用代码校验位不正确",
        "91440300192203821, 统一社会信用代码应为18位，实际为17位",
        "9144030019220382160, 统一社会信用代码应为18位，实际为19位",
        "9144030071526726xg, 统一社会信用代码应使用大写字母",
        "91440300192203821O, 统一社会信用代码含有无效字符（不使用I、O、S、V、Z）",
        "91A40300192203821X, 统一社会信用代码第3至8位应为行政区划码（数字）",
        // a valid MOD 31 check over an organisation code whose own check character is wrong
        "91530111MA6K7XQ3P8, 统一社会信用代码第9至17位（组织机构代码）校验不正确",
    })
    void explainsWhatIsWrong(String code, String problem) {
        assertThat(CreditCode.isValid(code)).isFalse();
        assertThat(CreditCode.problem(code)).isEqualTo(problem);
    }

    /** Demo and test registers make their codes this way: both check characters come out as real codes have them. */
    @Test
    void aCodeCompletedFromItsFirstSixteenCharactersPassesBothChecks() {
        assertThat(CreditCode.withChecks("91530111MA6K7XQ3")).isEqualTo("91530111MA6K7XQ34D");
        assertThat(CreditCode.isValid(CreditCode.withChecks("91530102BM000042"))).isTrue();
        assertThat(CreditCode.isValid(CreditCode.withChecks("11530103DM000001"))).isTrue();
    }

    @Test
    void theOrganisationCodeCheckIsGb11714_andCanBeSwitchedOffForOldRegisters() {
        // the organisation parts of two real codes above: 11 - (164 mod 11) = 1, and 11 - (199 mod 11) = 10, written X
        assertThat(CreditCode.organisationCheckCharacter("19220382")).isEqualTo('1');
        assertThat(CreditCode.organisationCheckCharacter("71526726")).isEqualTo('X');
        // 11 - (0 mod 11) = 11, written 0
        assertThat(CreditCode.organisationCheckCharacter("00000000")).isEqualTo('0');
        assertThat(CreditCode.problem("91530111MA6K7XQ3P8", false)).isNull();
    }

    @Test
    void aCheckCharacterOfThirtyOneWrapsToZero() {
        // the MOD 31 rule: 31 - (sum mod 31) is 31 exactly when the sum is a multiple of 31
        assertThat(CreditCode.checkCharacter("00000000000000000")).isEqualTo('0');
    }

    @Test
    void normalizesWhatPeopleType() {
        assertThat(CreditCode.normalize(" 9144030071526726xg ")).isEqualTo("9144030071526726XG");
    }
}
