package org.workright.calendar;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads and validates the calendar JSON files. Bad data fails loudly with an
 * {@link IllegalStateException} naming the file, because a silently wrong holiday list
 * produces wrong legal deadlines.
 */
final class CalendarDataReader {

    /** Separates the two ends of an inclusive date range, ISO 8601 interval style. */
    private static final String RANGE_SEPARATOR = "/";

    /** Unknown properties stay fatal (Jackson default) so a typo such as "restdays" cannot drop data. */
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** {@code provisional}: derived from the holiday regulation before the year's notice is out. */
    private record YearFile(Integer year, String source, Boolean provisional, List<String> restDays,
                            List<String> workDays, String note) {
    }

    private record OverlayFile(String county, String name, Boolean verified, String note,
                               List<String> restDays) {
    }

    private final ClassLoader classLoader;

    CalendarDataReader(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    /** Returns the schedule stored at {@code resource}, or empty if there is no such resource. */
    Optional<YearSchedule> readYear(String resource, int expectedYear) {
        return read(resource, YearFile.class).map(file -> toSchedule(resource, expectedYear, file));
    }

    Optional<CountyOverlay> readOverlay(String resource, String expectedCounty) {
        return read(resource, OverlayFile.class).map(file -> toOverlay(resource, expectedCounty, file));
    }

    private <T> Optional<T> read(String resource, Class<T> type) {
        try (InputStream in = classLoader.getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(MAPPER.readValue(in, type));
        } catch (JsonProcessingException e) {
            throw invalid(resource, "malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read calendar data " + resource, e);
        }
    }

    private static YearSchedule toSchedule(String resource, int expectedYear, YearFile file) {
        if (file.year() == null || file.year() != expectedYear) {
            throw invalid(resource, "\"year\" is " + file.year() + " but the file name says " + expectedYear);
        }
        requireText(resource, "source", file.source());
        if (file.restDays() == null) {
            throw invalid(resource, "\"restDays\" is missing");
        }
        Set<LocalDate> restDays = expand(resource, "restDays", file.restDays());
        Set<LocalDate> workDays = expand(resource, "workDays", nullToEmpty(file.workDays()));
        for (LocalDate day : union(restDays, workDays)) {
            if (day.getYear() != expectedYear) {
                throw invalid(resource, day + " is outside year " + expectedYear);
            }
        }
        for (LocalDate day : workDays) {
            if (!StatutoryCalendar.isWeekend(day)) {
                throw invalid(resource, "make-up working day " + day + " is a " + day.getDayOfWeek()
                        + ", but only weekend days can be turned into working days");
            }
            if (restDays.contains(day)) {
                throw invalid(resource, day + " is listed both as rest day and as working day");
            }
        }
        return new YearSchedule(expectedYear, file.source(), Boolean.TRUE.equals(file.provisional()), restDays, workDays);
    }

    private static CountyOverlay toOverlay(String resource, String expectedCounty, OverlayFile file) {
        if (!expectedCounty.equals(file.county())) {
            throw invalid(resource, "\"county\" is " + file.county() + " but the file name says " + expectedCounty);
        }
        requireText(resource, "name", file.name());
        if (file.verified() == null) {
            throw invalid(resource, "\"verified\" is missing; say explicitly whether the dates were checked");
        }
        Set<LocalDate> restDays = expand(resource, "restDays", nullToEmpty(file.restDays()));
        return new CountyOverlay(file.county(), file.name(), file.verified(), restDays);
    }

    /** Expands single dates and inclusive "from/to" ranges; a date listed twice is a data error. */
    private static Set<LocalDate> expand(String resource, String field, List<String> entries) {
        Set<LocalDate> days = new LinkedHashSet<>();
        for (String entry : entries) {
            for (LocalDate day : parseEntry(resource, field, entry)) {
                if (!days.add(day)) {
                    throw invalid(resource, "\"" + field + "\" lists " + day + " more than once");
                }
            }
        }
        return days;
    }

    private static List<LocalDate> parseEntry(String resource, String field, String entry) {
        if (entry == null) {
            throw invalid(resource, "\"" + field + "\" contains null");
        }
        String[] parts = entry.split(RANGE_SEPARATOR, -1);
        if (parts.length > 2) {
            throw invalid(resource, "\"" + field + "\" entry \"" + entry + "\" is neither a date nor a from/to range");
        }
        LocalDate from = parseDate(resource, field, parts[0]);
        LocalDate to = parts.length == 2 ? parseDate(resource, field, parts[1]) : from;
        if (to.isBefore(from)) {
            throw invalid(resource, "\"" + field + "\" range \"" + entry + "\" ends before it starts");
        }
        return from.datesUntil(to.plusDays(1)).toList();
    }

    private static LocalDate parseDate(String resource, String field, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeException e) {
            throw invalid(resource, "\"" + field + "\" has invalid date \"" + text + "\": " + e.getMessage());
        }
    }

    private static void requireText(String resource, String field, String value) {
        if (value == null || value.isBlank()) {
            throw invalid(resource, "\"" + field + "\" is missing");
        }
    }

    private static Set<LocalDate> union(Set<LocalDate> a, Set<LocalDate> b) {
        Set<LocalDate> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static List<String> nullToEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }

    private static IllegalStateException invalid(String resource, String problem) {
        return new IllegalStateException("Invalid calendar data in " + resource + ": " + problem);
    }
}
