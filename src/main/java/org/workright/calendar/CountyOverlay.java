package org.workright.calendar;

import java.time.LocalDate;
import java.util.Set;

/**
 * Extra local rest days of an autonomous county (e.g. festival days granted by its autonomy
 * regulations), applied on top of the national schedule.
 *
 * @param verified false while the dates have not been checked against an official local source
 */
record CountyOverlay(String county, String name, boolean verified, Set<LocalDate> restDays) {

    CountyOverlay {
        restDays = Set.copyOf(restDays);
    }
}
