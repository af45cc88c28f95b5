package org.workright.calendar;

import java.time.LocalDate;
import java.util.Set;

/**
 * One year of the State Council holiday notice, already validated.
 *
 * @param provisional true while only the statutory days of the holiday regulation are known, not yet the
 *        notice's bridging days and make-up working days
 * @param restDays public holidays, including the weekend days the notice folds into a holiday
 * @param workDays weekend days the notice turns into make-up working days (调休)
 */
record YearSchedule(int year, String source, boolean provisional, Set<LocalDate> restDays, Set<LocalDate> workDays) {

    YearSchedule {
        restDays = Set.copyOf(restDays);
        workDays = Set.copyOf(workDays);
    }
}
