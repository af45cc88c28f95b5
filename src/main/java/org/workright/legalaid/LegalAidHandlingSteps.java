package org.workright.legalaid;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workright.casework.Deadlines;
import org.workright.casework.InvalidInput;
import org.workright.people.CurrentUser;
import org.workright.supervision.SupervisionIntake;

/**
 * Handling: the lawyer records the dispute's stages, the arbitration and suit clocks remind them
 * ({@link DisputeClocks}), and the case is closed (LAL art 50), terminated (art 48) or its
 * employer referred to labour-law supervision.
 */
@Service
class LegalAidHandlingSteps {

    private final LegalAidCaseRepository cases;
    private final LegalAidLetters letters;
    private final Deadlines deadlines;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final DisputeClocks clocks;
    private final SupervisionIntake supervision;

    LegalAidHandlingSteps(LegalAidCaseRepository cases, LegalAidLetters letters, Deadlines deadlines,
            LegalAidProperties properties, CurrentUser currentUser, Clock clock, SupervisionIntake supervision) {
        this.cases = cases;
        this.letters = letters;
        this.deadlines = deadlines;
        this.currentUser = currentUser;
        this.clock = clock;
        this.clocks = new DisputeClocks(deadlines, properties);
        this.supervision = supervision;
    }

    /** The next reminder, and the assigned lawyer as recorded: the authority for who gets the case's tasks. */
    record Reminder(Date at, String text, String key, String lawyerId) {
    }

    @Transactional
    void recordStage(String caseNo, DisputeStage stage, LocalDate on, String note) {
        // the date drives the award and suit clocks, so it must be a real, past date
        if (on == null || on.isAfter(deadlines.today())) {
            throw InvalidInput.of("请填写已发生的阶段日期（不晚于今天）");
        }
        cases.require(caseNo);
        cases.recordStage(caseNo, stage, on, note, currentUser.id(), OffsetDateTime.now(clock));
    }

    Reminder nextReminder(String caseNo, Set<String> acknowledged) {
        LegalAidCase c = cases.require(caseNo);
        DisputeClocks.Reminder next = clocks.next(c, acknowledged);
        return new Reminder(next.at(), next.text(), next.key(), c.lawyerId());
    }

    /** Office approved the lawyer's closure report: 结案通知书 to the worker (LAL art 50). */
    @Transactional
    void close(String caseNo, String outcome, String report) {
        LegalAidCase c = cases.require(caseNo);
        cases.recordClosureReport(caseNo, outcome, report);
        cases.end(caseNo, CaseStatus.CLOSED, null, null, deadlines.today());
        letters.closure(c, outcome);
    }

    /** Urgent aid whose later review found the worker not eligible ends like any termination. */
    @Transactional
    void terminateUrgentAid(String caseNo, String why) {
        terminate(caseNo, TerminationReason.OTHER, "先行提供法律援助后经审查不符合法律援助条件（法律援助法第四十四条）：" + why);
    }

    /** 终止法律援助决定书 with the statutory ground (LAL art 48). */
    @Transactional
    void terminate(String caseNo, TerminationReason reason, String note) {
        LegalAidCase c = cases.require(caseNo);
        cases.end(caseNo, CaseStatus.TERMINATED, reason, note, deadlines.today());
        letters.termination(c, reason, note);
    }

    /**
     * A systemic problem at the employer goes to labour-law supervision. The worker is not named:
     * the referral carries only the employer and the lawyer's description.
     */
    @Transactional
    String referToSupervision(String caseNo, String description) {
        LegalAidCase c = cases.require(caseNo);
        return supervision.refer(new SupervisionIntake.Referral("LEGAL_AID", caseNo, c.employerCreditCode(),
                c.employerName(), description));
    }
}
