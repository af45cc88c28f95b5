package org.workright.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Working-day calendar for statutory deadlines under PRC law.
 *
 * <p>A working day is Monday to Friday, minus the public holidays of the yearly State Council
 * notice, plus the weekend days that notice declares make-up working days (调休). Each year is
 * one JSON file under {@code calendar/} on the class path, so a new notice is a data change,
 * not a code change. A year without a file falls back to plain Monday to Friday, and a file marked
 * provisional is shaped by the standing holiday rule without its make-up working days; both get one WARN per year
 * rather than breaking deadline computation before the notice is published.
 *
 * <p>Immutable and thread-safe; the only mutable state is the record of which incomplete years
 * have already been warned about.
 */
public final class StatutoryCalendar {

    private static final Log LOG = LogFactory.getLog(StatutoryCalendar.class);

    static final String DEFAULT_ROOT = "calendar";

    /** Years probed on the class path; probing avoids an index file that could drift from the data. */
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;

    /** County codes become part of a resource path, so keep them to short lowercase ASCII. */
    private static final Pattern COUNTY_CODE = Pattern.compile("[a-z][a-z0-9-]{0,31}");

    private final Map<Integer, YearSchedule> schedules;
    private final CountyOverlay overlay;
    private final String resourceRoot;
    private final Set<Integer> warnedYears;

    private StatutoryCalendar(Map<Integer, YearSchedule> schedules, CountyOverlay overlay,
                              String resourceRoot, Set<Integer> warnedYears) {
        this.schedules = Map.copyOf(schedules);
        this.overlay = overlay;
        this.resourceRoot = resourceRoot;
        this.warnedYears = warnedYears;
    }

    /** Loads every {@code calendar/<year>.json} on the class path; fails on invalid data. */
    public static StatutoryCalendar loadDefault() {
        return load(DEFAULT_ROOT);
    }

    /** Loads from another class-path folder; lets tests use their own data without touching production files. */
    static StatutoryCalendar load(String resourceRoot) {
        CalendarDataReader reader = reader();
        Map<Integer, YearSchedule> schedules = new HashMap<>();
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            String resource = resourceRoot + "/" + year + ".json";
            reader.readYear(resource, year).ifPresent(schedule -> schedules.put(schedule.year(), schedule));
        }
        LOG.info("Statutory calendar loaded from " + resourceRoot + "/ for years " + schedules.keySet().stream().sorted().toList());
        return new StatutoryCalendar(schedules, null, resourceRoot, ConcurrentHashMap.newKeySet());
    }

    /**
     * Returns a calendar that also treats the county's local festival days as rest days
     * (autonomous counties may add them). Replaces any overlay already applied, because a case
     * is governed by one place.
     *
     * @param countyCode short ASCII code, e.g. {@code "shilin"}, matching {@code calendar/overlays/<code>.json}
     * @throws IllegalArgumentException if no overlay exists for that code
     */
    public StatutoryCalendar withCountyOverlay(String countyCode) {
        Objects.requireNonNull(countyCode, "countyCode");
        if (!COUNTY_CODE.matcher(countyCode).matches()) {
            throw new IllegalArgumentException("Malformed county code: \"" + countyCode + "\"");
        }
        String resource = resourceRoot + "/overlays/" + countyCode + ".json";
        CountyOverlay countyOverlay = reader().readOverlay(resource, countyCode)
                .orElseThrow(() -> new IllegalArgumentException("Unknown county code: \"" + countyCode + "\""));
        if (!countyOverlay.verified()) {
            LOG.warn("County overlay " + resource + " (" + countyOverlay.name()
                    + ") is marked unverified; its local rest days may be wrong");
        }
        return new StatutoryCalendar(schedules, countyOverlay, resourceRoot, warnedYears);
    }

    public boolean isWorkingDay(LocalDate day) {
        Objects.requireNonNull(day, "day");
        // A county festival day is local law, so it wins even over a national make-up working day.
        if (overlay != null && overlay.restDays().contains(day)) {
            return false;
        }
        YearSchedule schedule = schedules.get(day.getYear());
        if (schedule == null) {
            warnOnce(day.getYear(), "no statutory holiday schedule; Monday to Friday are treated as working days, "
                    + "so deadlines in that year may come out earlier than the law's");
            return !isWeekend(day);
        }
        if (schedule.provisional()) {
            warnOnce(day.getYear(), "provisional schedule shaped by the standing holiday rule; its make-up working "
                    + "days (调休) are unknown, so deadlines in that year may come out later than the law's");
        }
        if (schedule.restDays().contains(day)) {
            return false;
        }
        return schedule.workDays().contains(day) || !isWeekend(day);
    }

    public boolean isRestDay(LocalDate day) {
        return !isWorkingDay(day);
    }

    /**
     * "X日": counts calendar days, start day excluded; a last day falling on a rest day moves to
     * the next working day (Civil Code arts. 201, 203).
     */
    public LocalDate addCalendarDays(LocalDate start, int days) {
        Objects.requireNonNull(start, "start");
        requireNonNegative(days);
        return nextWorkingDayFrom(start.plusDays(days));
    }

    /** "X个工作日": counts working days only, start day excluded; 0 returns {@code start}. */
    public LocalDate addWorkingDays(LocalDate start, int days) {
        Objects.requireNonNull(start, "start");
        requireNonNegative(days);
        LocalDate day = start;
        for (int counted = 0; counted < days; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * Whether the year's days are not yet the State Council's: its notice is missing or the file is
     * provisional. A deadline in such a year is shown to people as provisional.
     */
    public boolean isProvisional(int year) {
        YearSchedule schedule = schedules.get(year);
        return schedule == null || schedule.provisional();
    }

    /** False means dates in that year are computed as plain Monday to Friday. */
    public boolean hasScheduleFor(int year) {
        return schedules.containsKey(year);
    }

    @Override
    public String toString() {
        return "StatutoryCalendar[years=" + schedules.keySet().stream().sorted().toList()
                + (overlay == null ? "" : ", county=" + overlay.county()) + "]";
    }

    /** Years warned about (missing or provisional); package-private so tests can check it was noticed. */
    Set<Integer> warnedYears() {
        return Set.copyOf(warnedYears);
    }

    static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private LocalDate nextWorkingDayFrom(LocalDate day) {
        LocalDate candidate = day;
        while (isRestDay(candidate)) {
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }

    private void warnOnce(int year, String what) {
        if (warnedYears.add(year)) {
            LOG.warn(year + ": " + what + " (" + resourceRoot + "/" + year
                    + ".json) until the State Council notice for the year is added");
        }
    }

    private static CalendarDataReader reader() {
        return new CalendarDataReader(StatutoryCalendar.class.getClassLoader());
    }

    private static void requireNonNegative(int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
    }
}
