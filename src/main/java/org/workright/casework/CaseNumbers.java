package org.workright.casework;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.workright.system.Zones;

/**
 * Case numbers, one format for every process: the declared prefix, the China year the case was
 * registered in and a gapless five-digit yearly sequence, e.g. LA-2026-00001.
 */
@Component
public class CaseNumbers {

    private final YearlySequence sequence;
    private final Clock clock;

    CaseNumbers(YearlySequence sequence, Clock clock) {
        this.sequence = sequence;
        this.clock = clock;
    }

    /** Takes the next number; a rollback of the registering transaction returns it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public String next(CaseworkProcess process) {
        int year = LocalDate.ofInstant(clock.instant(), Zones.KUNMING).getYear();
        return format(process.casePrefix(), year, sequence.next("case:" + process.casePrefix(), year));
    }

    static String format(String prefix, int year, int number) {
        return "%s-%d-%05d".formatted(prefix, year, number);
    }
}
