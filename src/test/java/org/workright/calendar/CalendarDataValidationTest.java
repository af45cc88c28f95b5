package org.workright.calendar;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad holiday data must stop startup, not quietly produce wrong deadlines. */
class CalendarDataValidationTest {

    private static final String TEST_DATA = "calendar-test/";

    @Test
    void shippedDataIsValid() {
        assertThatNoException().isThrownBy(StatutoryCalendar::loadDefault);
        assertThatNoException().isThrownBy(() -> StatutoryCalendar.loadDefault().withCountyOverlay("shilin"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            makeup-on-weekday   | make-up working day 2025-01-27 is a MONDAY
            date-outside-year   | 2024-12-31 is outside year 2025
            year-field-mismatch | "year" is 2024 but the file name says 2025
            reversed-range      | range "2025-02-04/2025-01-28" ends before it starts
            impossible-date     | invalid date "2025-02-30"
            rest-and-work-day   | 2025-01-26 is listed both as rest day and as working day
            misspelled-field    | malformed JSON
            """)
    void invalidYearFileIsRejectedWithAReason(String dataSet, String reason) {
        assertThatIllegalStateException()
                .isThrownBy(() -> StatutoryCalendar.load(TEST_DATA + dataSet))
                .withMessageContaining(TEST_DATA + dataSet + "/2025.json")
                .withMessageContaining(reason);
    }

    @Test
    void overlayWhoseCountyDisagreesWithItsFileNameIsRejected() {
        // given
        StatutoryCalendar calendar = StatutoryCalendar.load(TEST_DATA + "overlay-county-mismatch");

        // when / then
        assertThatIllegalStateException()
                .isThrownBy(() -> calendar.withCountyOverlay("wrongname"))
                .withMessageContaining("\"county\" is somewhere-else");
    }
}
