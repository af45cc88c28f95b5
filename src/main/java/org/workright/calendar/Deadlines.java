package org.workright.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.springframework.stereotype.Component;
import org.workright.system.Zones;

/**
 * Deadline arithmetic for BPMN timers and services: statutory day counting plus the conversion
 * of a deadline date into the instant a timer must fire. Days are always China days
 * ({@link #ZONE}), whatever the server's default zone, so a deadline does not shift by one
 * when the application runs in UTC.
 */
@Component
public class Deadlines {

    public static final ZoneId ZONE = Zones.KUNMING;

    private final StatutoryCalendar calendar;
    private final Clock clock;

    public Deadlines(StatutoryCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    /** "X日" from {@code start}; see {@link StatutoryCalendar#addCalendarDays}. */
    public LocalDate calendarDaysFrom(LocalDate start, int days) {
        return calendar.addCalendarDays(start, days);
    }

    /** "X个工作日" from {@code start}; see {@link StatutoryCalendar#addWorkingDays}. */
    public LocalDate workingDaysFrom(LocalDate start, int days) {
        return calendar.addWorkingDays(start, days);
    }

    /**
     * The whole deadline day is still in time, so the deadline has passed only at the start of
     * the following day (00:00 Asia/Shanghai); BPMN timers fire at this instant.
     */
    public Date timerDate(LocalDate deadline) {
        return Date.from(startOf(deadline.plusDays(1)));
    }

    /**
     * Start of the day {@code daysBefore} days ahead of the deadline, but never in the past, so a
     * late-created reminder fires immediately instead of being lost.
     */
    public Date reminderDate(LocalDate deadline, int daysBefore) {
        if (daysBefore < 0) {
            throw new IllegalArgumentException("daysBefore must not be negative: " + daysBefore);
        }
        Instant reminder = startOf(deadline.minusDays(daysBefore));
        Instant now = clock.instant();
        return Date.from(reminder.isBefore(now) ? now : reminder);
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }
}
