package org.workright.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StatutoryCalendarTest {

    private StatutoryCalendar calendar;

    @BeforeEach
    void loadShippedCalendar() {
        // given: a fresh calendar per test, so the missing-year warning record starts empty
        calendar = StatutoryCalendar.loadDefault();
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @Nested
    class RequiredChecks {

        @Test
        void fifteenWorkingDaysFrom2025_09_26_isOctober23() {
            assertThat(calendar.addWorkingDays(day("2025-09-26"), 15)).isEqualTo(day("2025-10-23"));
        }

        @Test
        void fiveWorkingDaysFrom2025_01_24_isFebruary7() {
            assertThat(calendar.addWorkingDays(day("2025-01-24"), 5)).isEqualTo(day("2025-02-07"));
        }

        @Test
        void fifteenCalendarDaysFrom2025_09_20_landInOctoberHoliday_andMoveToOctober9() {
            assertThat(calendar.addCalendarDays(day("2025-09-20"), 15)).isEqualTo(day("2025-10-09"));
        }

        @Test
        void fifteenCalendarDaysFrom2025_04_16_landOnMayDay_andMoveToMay6() {
            assertThat(calendar.addCalendarDays(day("2025-04-16"), 15)).isEqualTo(day("2025-05-06"));
        }
    }

    @Test
    void makeUpWeekendDaysCountAsWorkingDays() {
        // given: 2025-09-28 is a Sunday declared a make-up working day
        LocalDate makeUpSunday = day("2025-09-28");

        // when / then
        assertThat(makeUpSunday.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(calendar.isWorkingDay(makeUpSunday)).isTrue();
        assertThat(calendar.addWorkingDays(day("2025-09-26"), 1)).isEqualTo(makeUpSunday);
    }

    @Test
    void calendarDayDeadlineOnAMakeUpSundayStaysThere() {
        // when: 15 days from 2025-09-13 ends on make-up Sunday 2025-09-28
        LocalDate deadline = calendar.addCalendarDays(day("2025-09-13"), 15);

        // then: a working day needs no roll-over
        assertThat(deadline).isEqualTo(day("2025-09-28"));
    }

    @Test
    void publicHolidaysAreSkippedWhenCountingWorkingDays() {
        // given: Friday before the 2026 Spring Festival; Sat 2/14 is a make-up day, 2/15-2/23 are off
        LocalDate friday = day("2026-02-13");

        // when
        LocalDate deadline = calendar.addWorkingDays(friday, 2);

        // then
        assertThat(calendar.isRestDay(day("2026-02-16"))).isTrue();
        assertThat(deadline).isEqualTo(day("2026-02-24"));
    }

    @Test
    void holidayOnAWeekdayIsARestDay() {
        assertThat(calendar.isRestDay(day("2024-06-10"))).as("Dragon Boat Festival 2024, a Monday").isTrue();
        assertThat(calendar.isWorkingDay(day("2024-06-11"))).isTrue();
    }

    @Test
    void calendarDayDeadlineOnASaturdayRollsToMonday() {
        // when: 15 days from Friday 2025-03-07 ends on Saturday 2025-03-22
        LocalDate deadline = calendar.addCalendarDays(day("2025-03-07"), 15);

        // then
        assertThat(deadline).isEqualTo(day("2025-03-24"));
        assertThat(deadline.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    }

    @Test
    void zeroDaysNeedsNoCounting_negativeDaysAreRejected() {
        assertThat(calendar.addWorkingDays(day("2025-10-01"), 0)).isEqualTo(day("2025-10-01"));
        assertThat(calendar.addCalendarDays(day("2025-10-01"), 0)).as("last day is a holiday").isEqualTo(day("2025-10-09"));
        assertThatIllegalArgumentException().isThrownBy(() -> calendar.addWorkingDays(day("2025-10-01"), -1));
        assertThatIllegalArgumentException().isThrownBy(() -> calendar.addCalendarDays(day("2025-10-01"), -1));
    }

    @Nested
    class MissingYear {

        @Test
        void shippedDataCovers2024To2026Only() {
            assertThat(calendar.hasScheduleFor(2024)).isTrue();
            assertThat(calendar.hasScheduleFor(2025)).isTrue();
            assertThat(calendar.hasScheduleFor(2026)).isTrue();
            assertThat(calendar.hasScheduleFor(2027)).isFalse();
        }

        @Test
        void yearWithoutScheduleFallsBackToMondayToFriday_andIsWarnedAboutOnce() {
            // given: no 2027 notice yet, so 2027-01-01 is not known to be New Year's Day
            LocalDate newYearsDay2027 = day("2027-01-01");

            // when
            boolean friday = calendar.isWorkingDay(newYearsDay2027);
            boolean saturday = calendar.isWorkingDay(day("2027-01-02"));
            calendar.isWorkingDay(day("2027-06-01"));

            // then
            assertThat(friday).isTrue();
            assertThat(saturday).isFalse();
            assertThat(calendar.warnedMissingYears()).containsExactly(2027);
        }

        @Test
        void knownYearsAreNeverWarnedAbout() {
            calendar.addWorkingDays(day("2025-12-01"), 10);

            assertThat(calendar.warnedMissingYears()).isEmpty();
        }

        @Test
        void calendarDayDeadlineCrossingIntoAMissingYearStillRollsOverTheWeekend() {
            // given: a period starting in 2026 (known) whose last day is Saturday 2027-01-02 (unknown year)
            LocalDate start = day("2026-12-18");

            // when
            LocalDate deadline = calendar.addCalendarDays(start, 15);

            // then: the Mon-Fri fallback still moves it to Monday
            assertThat(deadline).isEqualTo(day("2027-01-04"));
            assertThat(calendar.warnedMissingYears()).containsExactly(2027);
        }

        @Test
        void workingDayCountCrossingIntoAMissingYearUsesBothRules() {
            // when: Thu 2026-12-31 is a 2026 working day, then 2027 counts Mon-Fri
            LocalDate deadline = calendar.addWorkingDays(day("2026-12-30"), 3);

            // then: 12-31, 01-01, 01-04
            assertThat(deadline).isEqualTo(day("2027-01-04"));
        }
    }

    @Nested
    class CountyOverlay {

        @Test
        void overlayAddsLocalFestivalAsRestDay() {
            // given: 2025-07-18 is an ordinary Friday nationally, the (example) Torch Festival in Shilin
            LocalDate torchFestival = day("2025-07-18");

            // when
            StatutoryCalendar shilin = calendar.withCountyOverlay("shilin");

            // then
            assertThat(calendar.isWorkingDay(torchFestival)).as("base calendar is unchanged").isTrue();
            assertThat(shilin.isRestDay(torchFestival)).isTrue();
            assertThat(shilin.addCalendarDays(day("2025-07-03"), 15)).isEqualTo(day("2025-07-21"));
            assertThat(shilin.addWorkingDays(day("2025-07-17"), 1)).isEqualTo(day("2025-07-21"));
        }

        @Test
        void overlayKeepsTheNationalSchedule() {
            StatutoryCalendar shilin = calendar.withCountyOverlay("shilin");

            assertThat(shilin.addWorkingDays(day("2025-09-26"), 15)).isEqualTo(day("2025-10-23"));
            assertThat(shilin.hasScheduleFor(2025)).isTrue();
        }

        @Test
        void unknownCountyIsRejected() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> calendar.withCountyOverlay("atlantis"))
                    .withMessageContaining("atlantis");
        }

        @Test
        void countyCodeThatIsNotAPlainNameIsRejected() {
            assertThatIllegalArgumentException().isThrownBy(() -> calendar.withCountyOverlay("../2025"));
            assertThatIllegalArgumentException().isThrownBy(() -> calendar.withCountyOverlay("Shilin"));
        }
    }
}
