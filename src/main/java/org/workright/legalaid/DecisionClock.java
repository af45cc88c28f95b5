package org.workright.legalaid;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.workright.casework.Deadline;
import org.workright.casework.Deadlines;

/**
 * The 7-day decision clock of a legal-aid application (LAL art 43). It runs from the day the
 * application was received; only the time the worker spends supplying missing material is left out
 * (Procedural Rules for Legal Aid Cases art 13): it stands still from the day a 补充材料通知书 goes out
 * until the material comes in, and then runs on with what was left.
 *
 * @param receivedOn    the day the application was received (the day it was registered)
 * @param pausedSince   the day the outstanding 补充材料通知书 went out, or null when none is outstanding
 * @param pausedDays    the days already left out for earlier supplements
 */
record DecisionClock(LocalDate receivedOn, LocalDate pausedSince, int pausedDays) {

    /** The day from which the statutory days are counted: receipt, moved on by the days left out. */
    LocalDate countsFrom() {
        return receivedOn.plusDays(pausedDays);
    }

    /** The decision's deadline as the clock stands: {@code decisionDays} "日" from {@link #countsFrom()}. */
    Deadline due(Deadlines deadlines, int decisionDays) {
        return deadlines.of(deadlines.calendarDaysFrom(countsFrom(), decisionDays));
    }

    /** While a 补充材料通知书 is outstanding the clock stands still. */
    boolean paused() {
        return pausedSince != null;
    }

    /** The days left out once material supplied on {@code suppliedOn} ends the current pause. */
    int pausedDaysWhenSupplied(LocalDate suppliedOn) {
        return pausedSince == null ? pausedDays
                : pausedDays + (int) Math.max(0, ChronoUnit.DAYS.between(pausedSince, suppliedOn));
    }
}
