package org.workright.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.workright.calendar.StatutoryCalendar;
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

    /** A deadline {@code days} calendar days ("X日") from today. */
    public Deadline calendarDaysFromToday(int days) {
        return of(calendarDaysFrom(today(), days));
    }

    /** A deadline {@code days} working days ("X个工作日") from {@code start}. */
    public Deadline workingDays(LocalDate start, int days) {
        return of(workingDaysFrom(start, days));
    }

    /** The deadline whose last day in time is {@code day}. */
    public Deadline of(LocalDate day) {
        return new Deadline(day, timerDate(day), calendar.isProvisional(day.getYear()));
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
