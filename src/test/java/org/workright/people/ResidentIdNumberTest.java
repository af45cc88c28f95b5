package org.workright.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResidentIdNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002X", "11010519491231002x", "530102198506121239"})
    void acceptsNumbersWithTheRightCheckCharacter(String id) {
        assertThat(ResidentIdNumber.isValid(id)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "110105194912310021", // wrong check character
        "11010519491331002X", // month 13
        "1101051949123100",   // too short
        "11010519491231002XX", // too long
        "A1010519491231002X", // letter in the body
        "110105299912310020"  // born in the future
    })
    void rejectsInvalidNumbers(String id) {
        assertThat(ResidentIdNumber.isValid(id)).isFalse();
    }

    @Test
    void computesTheCheckCharacterByIso7064Mod112() {
        assertThat(ResidentIdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(ResidentIdNumber.checkCharacter("53010219850612123")).isEqualTo('9');
    }

    @Test
    void masksAllButRegionAndLastFour() {
        assertThat(ResidentIdNumber.mask("11010519491231002X")).isEqualTo("110105********002X");
    }
}
