package org.workright.legalaid;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workright.calendar.Deadlines;
import org.workright.letters.LetterRequest;
import org.workright.letters.LetterService;
import org.workright.people.CurrentUser;
import org.workright.people.EngineAccess;
import org.workright.supervision.SupervisionIntake;
import org.workright.casework.InvalidInput;

/**
 * What each service task of the legal-aid process does to the case: update the row, start the
 * statutory clocks, issue the step's letter. Delegates stay thin and call one method here.
 */
@Service
class LegalAidSteps {

    private final LegalAidCaseRepository cases;
    private final LawyerRepository lawyers;
    private final LetterService letters;
    private final DecisionService decisions;
    private final Deadlines deadlines;
    private final LegalAidProperties properties;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final LawyerMatcher matcher = new LawyerMatcher();
    private final DisputeClocks clocks;
    private final SupervisionIntake supervision;
    private final EngineAccess engineAccess;

    LegalAidSteps(LegalAidCaseRepository cases, LawyerRepository lawyers, LetterService letters,
            DecisionService decisions, Deadlines deadlines, LegalAidProperties properties, CurrentUser currentUser,
            Clock clock, SupervisionIntake supervision, EngineAccess engineAccess) {
        this.supervision = supervision;
        this.engineAccess = engineAccess;
        this.cases = cases;
        this.lawyers = lawyers;
        this.letters = letters;
        this.decisions = decisions;
        this.deadlines = deadlines;
        this.properties = properties;
        this.currentUser = currentUser;
        this.clock = clock;
        this.clocks = new DisputeClocks(deadlines, properties);
    }

    record Assessment(boolean eligible, String code, String reason, Date decisionDue) {
    }

    record Reminder(Date at, String text, String key) {
    }

    /** 补充材料通知书: one consolidated list of what is missing, with a deadline (LAL art 43). */
    @Transactional
    Date requestSupplement(String caseNo, String missingItems, int round) {
        LegalAidCase c = load(caseNo);
        LocalDate due = deadlines.calendarDaysFrom(deadlines.today(), properties.supplementDays());
        cases.recordMissingItems(caseNo, missingItems);
        issue("legal-aid.supplement", c, "supplement-" + round, c.applicantName(),
                Map.of("missingItems", missingItems, "due", due));
        return deadlines.timerDate(due);
    }

    /** Nothing supplied in time: the application is treated as withdrawn (LAL art 43). */
    @Transactional
    void withdraw(String caseNo) {
        cases.end(caseNo, CaseStatus.WITHDRAWN, null, "逾期未补充材料，视为撤回申请", deadlines.today());
    }

    /** Runs the eligibility table and starts the 7-day decision clock. */
    @Transactional
    Assessment assess(String caseNo, boolean economicHardship, boolean seriousInfringement) {
        LegalAidCase c = load(caseNo);
        cases.updateStatus(caseNo, CaseStatus.UNDER_REVIEW);
        DmnDecisionResultEntries result = eligibility(c, economicHardship, seriousInfringement);
        return new Assessment(result.getEntry(LegalAidProcess.Var.ELIGIBLE),
                result.getEntry(LegalAidProcess.Var.ELIGIBILITY_CODE),
                result.getEntry(LegalAidProcess.Var.ELIGIBILITY_REASON), decisionDue());
    }

    private DmnDecisionResultEntries eligibility(LegalAidCase c, boolean economicHardship, boolean seriousInfringement) {
        return decisions.evaluateDecisionByKey(LegalAidProcess.DECISION_ELIGIBILITY)
                .variables(Variables.createVariables()
                        .putValue(LegalAidProcess.Var.CLAIM_TYPE, c.claimType().name())
                        .putValue(LegalAidProcess.Var.MIGRANT_WORKER, c.migrantWorker())
                        .putValue(LegalAidProcess.Var.ECONOMIC_HARDSHIP, economicHardship)
                        .putValue(LegalAidProcess.Var.SERIOUS_INFRINGEMENT, seriousInfringement))
                .evaluate()
                .getSingleResult();
    }

    /** 7 days from today (LAL art 43); urgent aid's paperwork review keeps the same pace. */
    Date decisionDue() {
        return deadlines.timerDate(deadlines.calendarDaysFrom(deadlines.today(), properties.decisionDays()));
    }

    /**
     * After urgent aid, the complete paperwork the worker supplied later (LAL art 44) meets the same
     * eligibility table as any application. Empty means aid stands; otherwise the reason it ends.
     */
    Optional<String> reviewUrgentAid(String caseNo, boolean economicHardship, boolean seriousInfringement) {
        DmnDecisionResultEntries result = eligibility(load(caseNo), economicHardship, seriousInfringement);
        return Boolean.TRUE.equals(result.getEntry(LegalAidProcess.Var.ELIGIBLE)) ? Optional.empty()
                : Optional.of(result.getEntry(LegalAidProcess.Var.ELIGIBILITY_REASON));
    }

    /** 不予法律援助决定书, with the reasons and the objection route. */
    @Transactional
    void refuse(String caseNo, String reason) {
        LegalAidCase c = load(caseNo);
        cases.recordDecision(caseNo, CaseStatus.REFUSED, "REFUSED", reason, deadlines.today(), currentUser.id());
        issue("legal-aid.refusal", c, "decision", c.applicantName(), Map.of("reason", reason));
    }

    /**
     * 给予法律援助决定书, or 先行法律援助决定书 when office staff confirmed urgent aid; starts the
     * assignment clock (3 days, or 1 for urgent aid).
     */
    @Transactional
    Date grant(String caseNo, String reason, boolean urgentAid) {
        LegalAidCase c = load(caseNo);
        String why = reason == null || reason.isBlank()
                ? (urgentAid ? "经核实，情况紧急，需要先行提供法律援助" : "符合法律援助条件") : reason;
        cases.recordDecision(caseNo, CaseStatus.GRANTED, urgentAid ? "URGENT" : "GRANTED", why,
                deadlines.today(), currentUser.id());
        issue(urgentAid ? "legal-aid.urgent" : "legal-aid.grant", c, "decision", c.applicantName(),
                Map.of("reason", why));
        int days = urgentAid ? properties.urgentAssignmentDays() : properties.assignmentDays();
        return deadlines.timerDate(deadlines.calendarDaysFrom(deadlines.today(), days));
    }

    /** The proposed lawyer may read the case in Tasklist while deciding. */
    @Transactional
    Optional<String> proposeLawyer(String caseNo, String processInstanceId) {
        LegalAidCase c = load(caseNo);
        Optional<String> lawyer = matcher.choose(lawyers.activeLawyers(), c.claimType(), c.employerName(),
                c.employerCreditCode(), cases.declinedBy(caseNo)).map(Lawyer::userId);
        cases.propose(caseNo, lawyer.orElse(null));
        lawyer.ifPresent(id -> engineAccess.grantUserRead(processInstanceId, id));
        return lawyer;
    }

    /** The lawyer offered the case, as recorded by the matcher (never as a form says). */
    String proposedLawyer(String caseNo) {
        return cases.proposedLawyer(caseNo).orElseThrow(() -> new IllegalStateException("No lawyer proposed for " + caseNo));
    }

    /** A lawyer who declined loses sight of the case and is not proposed again. */
    @Transactional
    void recordDecline(String caseNo, String reason, String processInstanceId) {
        String lawyerId = proposedLawyer(caseNo);
        cases.recordDecline(caseNo, lawyerId, reason, OffsetDateTime.now(clock));
        engineAccess.revokeUserRead(processInstanceId, lawyerId);
    }

    /** 指派通知书 to the lawyer who accepted, and the notice naming them to the worker. */
    @Transactional
    String confirmAssignment(String caseNo) {
        String lawyerId = proposedLawyer(caseNo);
        cases.assignLawyer(caseNo, lawyerId, deadlines.today());
        LegalAidCase c = load(caseNo);
        Lawyer.Contact contact = lawyers.contact(lawyerId);
        Map<String, Object> lawyer = Map.of("name", contact.name(), "lawFirm", contact.lawFirm(), "phone", contact.phone());
        issue("legal-aid.assignment", c, "assignment-" + lawyerId, contact.lawFirm() + contact.name() + "律师",
                Map.of("lawyer", lawyer));
        issue("legal-aid.assignment-notice", c, "assignment-notice-" + lawyerId, c.applicantName(),
                Map.of("lawyer", lawyer));
        return lawyerId;
    }

    /** The assigned lawyer, as recorded: the authority for who gets the case's tasks. */
    String assignedLawyer(String caseNo) {
        return load(caseNo).lawyerId();
    }

    @Transactional
    void recordStage(String caseNo, DisputeStage stage, LocalDate on, String note) {
        // the date drives the award and suit clocks, so it must be a real, past date
        if (on == null || on.isAfter(deadlines.today())) {
            throw InvalidInput.of("请填写已发生的阶段日期（不晚于今天）");
        }
        load(caseNo);
        cases.recordStage(caseNo, stage, on, note, currentUser.id(), OffsetDateTime.now(clock));
    }

    Reminder nextReminder(String caseNo, Set<String> acknowledged) {
        DisputeClocks.Reminder next = clocks.next(load(caseNo), acknowledged);
        return new Reminder(next.at(), next.text(), next.key());
    }

    /** Office approved the lawyer's closure report: 结案通知书 to the worker (LAL art 50). */
    @Transactional
    void close(String caseNo, String outcome, String report) {
        cases.recordClosureReport(caseNo, outcome, report);
        cases.end(caseNo, CaseStatus.CLOSED, null, null, deadlines.today());
        LegalAidCase c = load(caseNo);
        issue("legal-aid.closure", c, "closure", c.applicantName(), Map.of("outcome", outcome));
    }

    /** Urgent aid whose later review found the worker not eligible ends like any termination. */
    @Transactional
    void terminateUrgentAid(String caseNo, String why) {
        terminate(caseNo, TerminationReason.OTHER, "先行提供法律援助后经审查不符合法律援助条件（法律援助法第四十四条）：" + why);
    }

    /** 终止法律援助决定书 with the statutory ground (LAL art 48). */
    @Transactional
    void terminate(String caseNo, TerminationReason reason, String note) {
        cases.end(caseNo, CaseStatus.TERMINATED, reason, note, deadlines.today());
        LegalAidCase c = load(caseNo);
        issue("legal-aid.termination", c, "termination", c.applicantName(),
                Map.of("reason", reason.label(), "note", note == null ? "" : note));
    }

    /**
     * A systemic problem at the employer goes to labour-law supervision. The worker is not named:
     * the referral carries only the employer and the lawyer's description.
     */
    @Transactional
    String referToSupervision(String caseNo, String description) {
        LegalAidCase c = load(caseNo);
        return supervision.refer(new SupervisionIntake.Referral("LEGAL_AID", caseNo, c.employerCreditCode(),
                c.employerName(), description));
    }

    private void issue(String kind, LegalAidCase c, String step, String addressee, Map<String, Object> extra) {
        Map<String, Object> model = new HashMap<>(extra);
        model.put("case", letterView(c));
        letters.issue(new LetterRequest(kind, c.caseNo(), step, addressee, model));
    }

    /** What letters may say about a case: never the full ID number. */
    private static Map<String, Object> letterView(LegalAidCase c) {
        Map<String, Object> view = new HashMap<>();
        view.put("caseNo", c.caseNo());
        view.put("applicantName", c.applicantName());
        view.put("maskedIdNumber", c.maskedIdNumber());
        // for the lawyer's 指派通知书: how to reach the worker
        view.put("applicantPhone", c.applicantPhone());
        view.put("applicantAddress", c.applicantAddress() == null ? "" : c.applicantAddress());
        view.put("employerName", c.employerName());
        view.put("claimType", c.claimType().label());
        view.put("claimAmount", c.claimAmount() == null ? "" : c.claimAmount());
        view.put("appliedOn", c.createdAt().atZoneSameInstant(Deadlines.ZONE).toLocalDate());
        view.put("urgent", c.urgent());
        return view;
    }

    private LegalAidCase load(String caseNo) {
        return cases.find(caseNo).orElseThrow(() -> new IllegalStateException("No legal-aid case " + caseNo));
    }
}
