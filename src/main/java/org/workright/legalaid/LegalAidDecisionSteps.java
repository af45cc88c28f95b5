package org.workright.legalaid;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workright.casework.Deadline;
import org.workright.casework.Deadlines;
import org.workright.casework.InvalidInput;
import org.workright.people.CurrentUser;

/**
 * The decision: completeness (补充材料), the eligibility table, the decision letters and their
 * clocks (LAL art 43, 44).
 */
@Service
class LegalAidDecisionSteps {

    private final LegalAidCaseRepository cases;
    private final LegalAidLetters letters;
    private final DecisionService decisions;
    private final Deadlines deadlines;
    private final LegalAidDistricts districts;
    private final LegalAidProperties properties;
    private final CurrentUser currentUser;

    LegalAidDecisionSteps(LegalAidCaseRepository cases, LegalAidLetters letters, DecisionService decisions,
            Deadlines deadlines, LegalAidProperties properties, CurrentUser currentUser, LegalAidDistricts districts) {
        this.districts = districts;
        this.cases = cases;
        this.letters = letters;
        this.decisions = decisions;
        this.deadlines = deadlines;
        this.properties = properties;
        this.currentUser = currentUser;
    }

    record Assessment(boolean eligible, String code, String reason, Deadline decisionDue) {
    }

    /** The clock's deadlines for the steps before a decision. */
    record DecisionDeadlines(Deadline decision, Deadline completenessCheck) {

        /** Where the model reads them: the decision's timer and the completeness check's due date. */
        void setOn(VariableScope scope) {
            scope.setVariable(LegalAidProcess.Var.DECISION_DUE, decision.timer());
            scope.setVariable(LegalAidProcess.Var.DECISION_DUE_TEXT, decision.text());
            scope.setVariable(LegalAidProcess.Var.COMPLETENESS_DUE, completenessCheck.timer());
        }
    }

    /**
     * The 7 days from receipt of the application (LAL art 43), and the completeness check due within
     * them: its service level, but never after the decision itself is due.
     */
    DecisionDeadlines decisionClock(String caseNo) {
        Deadlines local = districts.deadlines(cases.require(caseNo));
        Deadline decision = cases.decisionClock(caseNo).due(local, properties.decisionDays());
        Deadline check = local.workingDays(deadlines.today(), properties.completenessWorkingDays());
        return new DecisionDeadlines(decision, check.day().isAfter(decision.day()) ? decision : check);
    }

    /**
     * The worker supplied the material on {@code suppliedOn} (the office may register it a day or two
     * later): the clock runs on from that day, where the notice stopped it. Without a day, today.
     */
    @Transactional
    DecisionDeadlines resumeDecisionClock(String caseNo, LocalDate suppliedOn) {
        DecisionClock clock = cases.decisionClock(caseNo);
        LocalDate supplied = suppliedOn == null ? deadlines.today() : suppliedOn;
        if (supplied.isAfter(deadlines.today()) || clock.pausedSince() != null && supplied.isBefore(clock.pausedSince())) {
            throw InvalidInput.of("收到补充材料的日期应在补充材料通知书出具之日至今天之间");
        }
        cases.resumeDecisionClock(caseNo, clock.pausedDaysWhenSupplied(supplied));
        return decisionClock(caseNo);
    }


    /**
     * 补充材料通知书: one consolidated list of what is missing, with a deadline (LAL art 43); the
     * decision clock stands still until the material comes in. Before aid is decided the day never
     * runs past the worker's limitation or a procedural deadline, so asking for material cannot cost
     * the claim; after urgent aid (art 44) the lawyer already acts on those deadlines, and the
     * paperwork keeps its full period.
     */
    @Transactional
    Deadline requestSupplement(String caseNo, String missingItems, int round) {
        LegalAidCase c = cases.require(caseNo);
        boolean afterUrgentAid = c.decision() != null;
        Deadlines local = districts.deadlines(c);
        LocalDate regular = local.calendarDaysFrom(deadlines.today(), properties.supplementDays());
        Stream<LocalDate> caps = afterUrgentAid ? Stream.empty() : LegalAidRules.deadlinesAhead(c, deadlines.today());
        Deadline due = local.of(caps.filter(day -> day.isBefore(regular)).min(LocalDate::compareTo).orElse(regular));
        if (afterUrgentAid) {
            cases.recordPaperworkItems(caseNo, missingItems);
        } else {
            cases.recordMissingItems(caseNo, missingItems, deadlines.today());
        }
        letters.supplement(c, round, missingItems, due, afterUrgentAid);
        return due;
    }

    /** Nothing supplied in time: the application is treated as withdrawn (LAL art 43). */
    @Transactional
    void withdraw(String caseNo) {
        cases.end(caseNo, CaseStatus.WITHDRAWN, null, "逾期未补充材料，视为撤回申请", deadlines.today());
    }

    /** Runs the eligibility table; the decision is due 7 days from receipt, as the clock stands. */
    @Transactional
    Assessment assess(String caseNo, boolean economicHardship, boolean seriousInfringement, boolean exemptionProofSeen) {
        LegalAidCase c = cases.require(caseNo);
        cases.updateStatus(caseNo, CaseStatus.UNDER_REVIEW);
        DmnDecisionResultEntries result = eligibility(c, economicHardship, seriousInfringement, exemptionProofSeen);
        return new Assessment(result.getEntry(LegalAidProcess.Var.ELIGIBLE),
                result.getEntry(LegalAidProcess.Var.ELIGIBILITY_CODE),
                result.getEntry(LegalAidProcess.Var.ELIGIBILITY_REASON),
                cases.decisionClock(caseNo).due(districts.deadlines(c), properties.decisionDays()));
    }

    /**
     * Urgent aid's paperwork, supplied after aid began (LAL art 44), is reviewed at the pace of a
     * decision: 7 days from the grant.
     */
    Deadline paperworkDue(String caseNo) {
        return districts.deadlines(cases.require(caseNo)).calendarDaysFromToday(properties.decisionDays());
    }

    /**
     * After urgent aid, the complete paperwork the worker supplied later (LAL art 44) meets the same
     * eligibility table as any application. Empty means aid stands; otherwise the reason it ends.
     */
    Optional<String> reviewUrgentAid(String caseNo, boolean economicHardship, boolean seriousInfringement,
            boolean exemptionProofSeen) {
        DmnDecisionResultEntries result = eligibility(cases.require(caseNo), economicHardship, seriousInfringement,
                exemptionProofSeen);
        return Boolean.TRUE.equals(result.getEntry(LegalAidProcess.Var.ELIGIBLE)) ? Optional.empty()
                : Optional.of(result.getEntry(LegalAidProcess.Var.ELIGIBILITY_REASON));
    }

    /**
     * Staff who decide against the table must say why in their own words: the table's reason, left
     * as it was pre-filled, would tell the worker the opposite of the decision.
     */
    static void requireOwnReason(boolean granting, boolean tableEligible, String tableReason, String reason) {
        if (granting != tableEligible && (words(reason).isEmpty() || words(reason).equals(words(tableReason)))) {
            throw InvalidInput.naming(granting ? "决策表意见为不符合援助条件；决定给予援助的，请写明理由"
                    : "决策表意见为符合援助条件；决定不予援助的，请写明不予援助的理由", "decisionReason");
        }
    }

    /** A reason as words: spaces and punctuation do not make it another one. */
    private static String words(String text) {
        return text == null ? "" : text.replaceAll("[\\p{P}\\p{S}\\s]+", "");
    }

    /** 不予法律援助决定书, with the reasons and the objection route. */
    @Transactional
    void refuse(String caseNo, String reason) {
        LegalAidCase c = cases.require(caseNo);
        cases.recordDecision(caseNo, CaseStatus.REFUSED, "REFUSED", reason, deadlines.today(), currentUser.id());
        letters.refusal(c, reason);
    }

    /**
     * 给予法律援助决定书, or 先行法律援助决定书 when office staff confirmed urgent aid; starts the
     * assignment clock (3 days, or 1 for an urgent case).
     */
    @Transactional
    Deadline grant(String caseNo, String reason, boolean urgentAid) {
        LegalAidCase c = cases.require(caseNo);
        String why = reason == null || reason.isBlank()
                ? (urgentAid ? "经核实，情况紧急，需要先行提供法律援助" : "符合法律援助条件") : reason;
        cases.recordDecision(caseNo, CaseStatus.GRANTED, urgentAid ? "URGENT" : "GRANTED", why,
                deadlines.today(), currentUser.id());
        letters.grant(c, why, urgentAid);
        // a case with a deadline days away needs its lawyer by the urgent day, aid first or not
        return districts.deadlines(c).calendarDaysFromToday(urgentAid || c.urgent() ? properties.urgentAssignmentDays()
                : properties.assignmentDays());
    }

    /**
     * The eligibility table on the case. A group exempt from the means test (LAL art 42) counts only
     * once office staff saw its proof: claiming it is not enough.
     */
    private DmnDecisionResultEntries eligibility(LegalAidCase c, boolean economicHardship, boolean seriousInfringement,
            boolean exemptionProofSeen) {
        return decisions.evaluateDecisionByKey(LegalAidProcess.DECISION_ELIGIBILITY)
                .variables(Variables.createVariables()
                        .putValue(LegalAidProcess.Var.APPLICANT_KIND, c.applicantKind().name())
                        .putValue(LegalAidProcess.Var.CLAIM_TYPE, c.claimType().name())
                        .putValue(LegalAidProcess.Var.MIGRANT_WORKER, c.migrantWorker())
                        .putValue(LegalAidProcess.Var.MEANS_TEST_EXEMPTION,
                                (exemptionProofSeen ? c.meansTestExemption() : MeansTestExemption.NONE).name())
                        .putValue(LegalAidProcess.Var.ECONOMIC_HARDSHIP, economicHardship)
                        .putValue(LegalAidProcess.Var.SERIOUS_INFRINGEMENT, seriousInfringement))
                .evaluate()
                .getSingleResult();
    }
}
