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
        void shippedDataCovers2024To2026_and2027Provisionally() {
            assertThat(calendar.hasScheduleFor(2024)).isTrue();
            assertThat(calendar.hasScheduleFor(2025)).isTrue();
            assertThat(calendar.hasScheduleFor(2026)).isTrue();
            assertThat(calendar.hasScheduleFor(2027)).isTrue();
            assertThat(calendar.hasScheduleFor(2028)).isFalse();
        }

        @Test
        void yearWithoutScheduleFallsBackToMondayToFriday_andIsWarnedAboutOnce() {
            // given: no 2028 notice yet, so Monday 2028-01-03 is not known to be a New Year make-up day
            LocalDate monday = day("2028-01-03");

            // when
            boolean mondayWorks = calendar.isWorkingDay(monday);
            boolean saturday = calendar.isWorkingDay(day("2028-01-01"));
            calendar.isWorkingDay(day("2028-06-01"));

            // then
            assertThat(mondayWorks).isTrue();
            assertThat(saturday).isFalse();
            assertThat(calendar.warnedYears()).containsExactly(2028);
        }

        @Test
        void knownYearsAreNeverWarnedAbout() {
            calendar.addWorkingDays(day("2025-12-01"), 10);

            assertThat(calendar.warnedYears()).isEmpty();
        }

        @Test
        void calendarDayDeadlineCrossingIntoAMissingYearStillRollsOverTheWeekend() {
            // given: a period starting in 2027 whose last day is Saturday 2028-01-01 (unknown year)
            LocalDate start = day("2027-12-17");

            // when
            LocalDate deadline = calendar.addCalendarDays(start, 15);

            // then: the Mon-Fri fallback still moves it to Monday
            assertThat(deadline).isEqualTo(day("2028-01-03"));
            assertThat(calendar.warnedYears()).contains(2028);
        }

        @Test
        void workingDayCountCrossingIntoAMissingYearUsesBothRules() {
            // when: Thu 2027-12-30 and Fri 12-31 are 2027 working days, then 2028 counts Mon-Fri
            LocalDate deadline = calendar.addWorkingDays(day("2027-12-29"), 3);

            // then: 12-30, 12-31, 01-03
            assertThat(deadline).isEqualTo(day("2028-01-03"));
        }
    }

    @Nested
    class ProvisionalYear {

        @Test
        void holidaysOf2027FollowTheStandingRuleBeforeTheNoticeIsOut_andTheYearIsWarnedAbout() {
            // the five rest days the standing rule adds to the statutory days and their 补假
            for (String day : new String[] {"2027-02-11", "2027-02-12", "2027-05-05", "2027-10-06", "2027-10-07"}) {
                assertThat(calendar.isRestDay(day(day))).as(day).isTrue();
            }
            // Spring Festival runs eve (Fri 2/5) to Fri 2/12: 8 days; work resumes Monday
            assertThat(calendar.isRestDay(day("2027-02-05"))).isTrue();
            assertThat(calendar.isWorkingDay(day("2027-02-15"))).isTrue();
            assertThat(calendar.isWorkingDay(day("2027-05-06"))).isTrue();
            assertThat(calendar.isWorkingDay(day("2027-10-08"))).isTrue();
            // mid-week festivals are the day alone
            assertThat(calendar.isRestDay(day("2027-06-09"))).isTrue();
            assertThat(calendar.isWorkingDay(day("2027-06-10"))).isTrue();
            assertThat(calendar.warnedYears()).containsExactly(2027);
        }

        @Test
        void aSixtyWorkingDayInspectionStartedTodaySkipsTheSpringFestival() {
            // Tuesday 1 December 2026 + 60 working days: without 2027 data it would be 23 February; New Year
            // and the six Spring Festival weekdays (2/5, 2/8-2/12) move it to Thursday 4 March
            assertThat(calendar.addWorkingDays(day("2026-12-01"), 60)).isEqualTo(day("2027-03-04"));
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
