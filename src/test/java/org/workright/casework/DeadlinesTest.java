package org.workright.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import org.workright.calendar.StatutoryCalendar;
import org.junit.jupiter.api.Test;

class DeadlinesTest {

    /** 2025-09-26 01:30 in Shanghai, still 2025-09-25 in UTC: catches code that uses the wrong zone. */
    private static final Instant NOW = Instant.parse("2025-09-25T17:30:00Z");

    private static final StatutoryCalendar CALENDAR = StatutoryCalendar.loadDefault();

    private final Deadlines deadlines = new Deadlines(CALENDAR, Clock.fixed(NOW, ZoneOffset.UTC));

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void todayIsTheDateInShanghai_notInTheClockZone() {
        assertThat(deadlines.today()).isEqualTo(day("2025-09-26"));
    }

    @Test
    void dayCountingDelegatesToTheStatutoryCalendar() {
        assertThat(deadlines.workingDaysFrom(deadlines.today(), 15)).isEqualTo(day("2025-10-23"));
        assertThat(deadlines.calendarDaysFrom(day("2025-09-20"), 15)).isEqualTo(day("2025-10-09"));
    }

    @Test
    void aDeadlineInAYearWhoseNoticeIsNotOutIsProvisional_andSaysSo() {
        Deadline known = deadlines.of(day("2026-12-31"));
        Deadline provisional = deadlines.workingDays(day("2026-12-28"), 5);
        Deadline unknownYear = deadlines.of(day("2031-03-03"));

        assertThat(known.provisional()).isFalse();
        assertThat(known.text()).isEqualTo("2026年12月31日");
        assertThat(known.note()).isEmpty();
        assertThat(provisional.day()).isEqualTo(day("2027-01-05"));
        assertThat(provisional.provisional()).isTrue();
        assertThat(provisional.text()).isEqualTo("2027年1月5日" + Deadline.provisionalNote(2027));
        assertThat(unknownYear.provisional()).isTrue();
    }

    @Test
    void timerFiresAtTheStartOfTheDayAfterTheDeadline_inShanghai() {
        // when
        Date timer = deadlines.timerDate(day("2025-10-23"));

        // then: 2025-10-24T00:00+08:00
        assertThat(timer.toInstant()).isEqualTo(Instant.parse("2025-10-23T16:00:00Z"));
    }

    @Test
    void reminderFiresAtTheStartOfTheDayNDaysBeforeTheDeadline() {
        // when
        Date reminder = deadlines.reminderDate(day("2025-10-23"), 3);

        // then: 2025-10-20T00:00+08:00
        assertThat(reminder.toInstant()).isEqualTo(Instant.parse("2025-10-19T16:00:00Z"));
    }

    @Test
    void reminderThatWouldBeInThePastFiresNow() {
        // given: three days before 2025-09-27 is already over
        LocalDate deadline = day("2025-09-27");

        // when
        Date reminder = deadlines.reminderDate(deadline, 3);

        // then
        assertThat(reminder.toInstant()).isEqualTo(NOW);
    }

    @Test
    void reminderOnTheDeadlineDayItselfIsAllowed_negativeOffsetIsRejected() {
        assertThat(deadlines.reminderDate(day("2025-10-23"), 0).toInstant())
                .isEqualTo(Instant.parse("2025-10-22T16:00:00Z"));
        assertThatIllegalArgumentException().isThrownBy(() -> deadlines.reminderDate(day("2025-10-23"), -1));
    }
}
