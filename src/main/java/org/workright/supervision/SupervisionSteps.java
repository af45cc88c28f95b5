package org.workright.supervision;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workright.casework.InvalidInput;
import org.workright.calendar.Deadlines;
import org.workright.enterprises.Enterprise;
import org.workright.enterprises.EnterpriseRegister;
import org.workright.letters.Letter;
import org.workright.letters.LetterRequest;
import org.workright.letters.LetterService;
import org.workright.people.CurrentUser;
import org.workright.people.EngineAccess;
import org.workright.people.Roles;

/**
 * What each service task of the supervision process does to the case: record the step, start its
 * statutory clock (working days), issue its letter. Delegates call one method here.
 */
@Service
class SupervisionSteps {

    /** ACFTU Labour-Law Supervision Measures art 18: investigations by at least two inspectors. */
    static final int MIN_INSPECTORS = 2;

    private final SupervisionCaseRepository cases;
    private final EnterpriseRegister register;
    private final LetterService letters;
    private final Deadlines deadlines;
    private final SupervisionProperties properties;
    private final IdentityService identity;
    private final EngineAccess engineAccess;
    private final CurrentUser currentUser;

    SupervisionSteps(SupervisionCaseRepository cases, EnterpriseRegister register, LetterService letters,
            Deadlines deadlines, SupervisionProperties properties, IdentityService identity, EngineAccess engineAccess,
            CurrentUser currentUser) {
        this.engineAccess = engineAccess;
        this.currentUser = currentUser;
        this.cases = cases;
        this.register = register;
        this.letters = letters;
        this.deadlines = deadlines;
        this.properties = properties;
        this.identity = identity;
    }

    /** A deadline day, the instant its timer fires, and how letters and tasks print it. */
    record Deadline(LocalDate day, java.util.Date timer) {
        String text() {
            return new org.workright.letters.LetterFormat().date(day);
        }
    }

    @Transactional
    void reject(String caseNo, RejectionReason reason, String note) {
        load(caseNo);
        cases.update(caseNo, SupervisionStatus.REJECTED, "rejection_reason = ?, rejection_note = ?, ended_on = ?",
                reason.name(), note, deadlines.today());
    }

    @Transactional
    void accept(String caseNo) {
        load(caseNo);
        cases.update(caseNo, SupervisionStatus.INVESTIGATING, "");
    }

    /** Refuses an investigation by fewer than two inspectors: the task does not complete. */
    @Transactional
    void recordInvestigation(String caseNo, String inspectors, String findings, String evidence, String articles) {
        List<String> team = Arrays.stream(inspectors == null ? new String[0] : inspectors.split("[,，、\\s]+"))
                .map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        List<String> unknown = team.stream().filter(id -> !isInspector(id)).toList();
        if (!unknown.isEmpty()) {
            throw InvalidInput.of("以下用户不是劳动法律监督员：" + String.join("、", unknown));
        }
        if (team.size() < MIN_INSPECTORS) {
            throw InvalidInput.of("调查应由两名以上劳动法律监督员进行（《工会劳动法律监督办法》第十八条），当前只有"
                    + team.size() + "名");
        }
        load(caseNo);
        cases.update(caseNo, SupervisionStatus.INVESTIGATING,
                "inspectors = ?, findings = ?, evidence = ?, articles_breached = ?",
                String.join(",", team), findings, evidence, articles);
    }

    @Transactional
    void issueWarning(String caseNo) {
        SupervisionCase c = load(caseNo);
        cases.update(caseNo, SupervisionStatus.WARNED, "");
        issue("supervision.warning", c, "warning", Map.of());
    }

    @Transactional
    Letter issueNotice(String caseNo, String requiredCorrection) {
        load(caseNo);
        cases.update(caseNo, SupervisionStatus.NOTICE_ISSUED, "required_correction = ?", requiredCorrection);
        return issue("supervision.notice", load(caseNo), "notice",
                Map.of("replyWorkingDays", properties.replyWorkingDays()));
    }

    /**
     * Proof of service (送达回证); the 15-working-day reply clock runs from the day of service. From
     * now on the enterprise's representatives may read the case beside their reply task.
     */
    @Transactional
    Deadline recordService(String caseNo, LocalDate servedOn, ServiceMethod method, String recipient,
            String processInstanceId) {
        SupervisionCase served = load(caseNo);
        Letter issued = letters.findIssued(caseNo, "notice").orElseThrow();
        LocalDate issuedOn = issued.issuedAt().atZoneSameInstant(org.workright.system.Zones.KUNMING).toLocalDate();
        if (servedOn == null || servedOn.isBefore(issuedOn) || servedOn.isAfter(deadlines.today())) {
            throw InvalidInput.of("送达日期应在意见书出具之日（" + new org.workright.letters.LetterFormat().date(issuedOn)
                    + "）至今天之间");
        }
        engineAccess.grantGroupRead(processInstanceId, EnterpriseRegister.groupOf(served.creditCode()));
        LocalDate due = deadlines.workingDaysFrom(servedOn, properties.replyWorkingDays());
        cases.update(caseNo, SupervisionStatus.AWAITING_REPLY,
                "served_on = ?, service_method = ?, service_recipient = ?, reply_due = ?",
                servedOn, method.name(), recipient, due);
        SupervisionCase c = load(caseNo);
        issue("supervision.service-receipt", c, "service-receipt",
                Map.of("notice", issued.number(), "method", method.label(), "recipient", recipient,
                        "servedOn", servedOn, "replyDue", due, "replyWorkingDays", properties.replyWorkingDays()));
        return new Deadline(due, deadlines.timerDate(due));
    }

    @Transactional
    void recordReply(String caseNo, String reply, String measures, String evidence) {
        load(caseNo);
        cases.update(caseNo, SupervisionStatus.FOLLOW_UP,
                "reply_text = ?, corrective_measures = ?, reply_evidence = ?, replied_on = ?",
                reply, measures, evidence, deadlines.today());
    }

    void recordDrafter(String caseNo, String userId) {
        cases.setDrafter(caseNo, userId);
    }

    void requireApproverOtherThanDrafter(String caseNo) {
        String approver = currentUser.id();
        if (!CurrentUser.SYSTEM.equals(approver) && approver.equals(cases.drafter(caseNo))) {
            throw InvalidInput.of("意见书须由起草人以外的负责人审批");
        }
    }

    /** The candidate group of the enterprise the case is about, always from the record. */
    String enterpriseGroup(String caseNo) {
        return EnterpriseRegister.groupOf(load(caseNo).creditCode());
    }

    /** The case's own values, as recorded, for the variables a submitted form might have altered. */
    Map<String, Object> variablesAfterReply(String caseNo) {
        SupervisionCase c = load(caseNo);
        Letter notice = letters.findIssued(caseNo, "notice").orElseThrow();
        return Map.of(SupervisionProcess.Var.CASE_SUMMARY, c.summary(),
                SupervisionProcess.Var.CREDIT_CODE, c.creditCode(),
                SupervisionProcess.Var.ENTERPRISE_GROUP, EnterpriseRegister.groupOf(c.creditCode()),
                SupervisionProcess.Var.NOTICE_NUMBER, notice.number(),
                SupervisionProcess.Var.NOTICE_LETTER_ID, notice.id(),
                SupervisionProcess.Var.REQUIRED_CORRECTION, c.requiredCorrection());
    }

    @Transactional
    void confirmCorrection(String caseNo, String note) {
        load(caseNo);
        cases.update(caseNo, SupervisionStatus.CORRECTED, "follow_up_note = ?, ended_on = ?", note, deadlines.today());
        // the inspectors' note stays in the file: it may name people and is not for the enterprise
        issue("supervision.correction", load(caseNo), "correction", Map.of());
    }

    /** A letter just issued and the deadline it starts. */
    record IssuedLetter(String number, long id, Deadline due) {
    }

    /** 建议书 to the labour department, with the notice, proof of service and reply attached. */
    @Transactional
    IssuedLetter issueRecommendation(String caseNo, String department, String followUpNote,
            String processInstanceId) {
        load(caseNo);
        engineAccess.grantGroupRead(processInstanceId, SupervisionModule.LABOUR_BUREAU);
        LocalDate due = deadlines.workingDaysFrom(deadlines.today(), properties.answerWorkingDays());
        cases.update(caseNo, SupervisionStatus.REFERRED, "labour_department = ?, answer_due = ?, follow_up_note = ?",
                department, due, followUpNote);
        SupervisionCase c = load(caseNo);
        Map<String, Object> model = new HashMap<>();
        model.put("department", department);
        model.put("notice", letters.findIssued(caseNo, "notice").map(Letter::number).orElse(""));
        model.put("receipt", letters.findIssued(caseNo, "service-receipt").map(Letter::number).orElse(""));
        model.put("answerWorkingDays", properties.answerWorkingDays());
        Letter letter = letters.issue(new LetterRequest("supervision.recommendation", caseNo, "recommendation",
                department, withCase(c, model)));
        return new IssuedLetter(letter.number(), letter.id(), new Deadline(due, deadlines.timerDate(due)));
    }

    /** The department opens a case (the 60-working-day inspection clock starts) or refuses. */
    @Transactional
    Deadline recordAnswer(String caseNo, boolean opened, String note) {
        load(caseNo);
        if (!opened) {
            cases.update(caseNo, SupervisionStatus.DEPARTMENT_REFUSED,
                    "case_opened = ?, answer_note = ?, answered_on = ?, ended_on = ?",
                    false, note, deadlines.today(), deadlines.today());
            return null;
        }
        LocalDate due = deadlines.workingDaysFrom(deadlines.today(), properties.inspectionWorkingDays());
        cases.update(caseNo, SupervisionStatus.UNDER_INSPECTION,
                "case_opened = ?, answer_note = ?, answered_on = ?, inspection_due = ?",
                true, note, deadlines.today(), due);
        return new Deadline(due, deadlines.timerDate(due));
    }

    /** +30 working days, once, with approval (Labour Inspection Regulations art 17). */
    @Transactional
    Deadline extendInspection(String caseNo, String approval) {
        SupervisionCase c = load(caseNo);
        if (c.inspectionExtended()) {
            throw InvalidInput.of("办理期限已延长过一次，不能再次延长");
        }
        if (approval == null || approval.isBlank()) {
            throw InvalidInput.of("延期须经劳动保障行政部门负责人批准，请写明批准人、批准日期和理由");
        }
        LocalDate due = deadlines.workingDaysFrom(c.inspectionDue(), properties.inspectionExtensionWorkingDays());
        cases.update(caseNo, SupervisionStatus.UNDER_INSPECTION, "inspection_due = ?, inspection_extended = ?, "
                + "inspection_extension_note = ?, inspection_extended_by = ?", due, true, approval.strip(),
                currentUser.id());
        return new Deadline(due, deadlines.timerDate(due));
    }

    @Transactional
    void recordOutcome(String caseNo, String outcome) {
        load(caseNo);
        cases.update(caseNo, SupervisionStatus.CONCLUDED, "outcome = ?, ended_on = ?", outcome, deadlines.today());
    }

    private boolean isInspector(String userId) {
        return identity.createUserQuery().userId(userId).memberOfGroup(SupervisionModule.INSPECTORS).count() > 0
                || identity.createUserQuery().userId(userId).memberOfGroup(SupervisionModule.LEADS).count() > 0;
    }

    /** Letters to the enterprise: addressed to it, naming the complainant only with consent. */
    private Letter issue(String kind, SupervisionCase c, String step, Map<String, Object> extra) {
        return letters.issue(new LetterRequest(kind, c.caseNo(), step, c.employerName(), withCase(c, extra)));
    }

    private Map<String, Object> withCase(SupervisionCase c, Map<String, Object> extra) {
        Enterprise e = register.require(c.creditCode());
        Map<String, Object> model = new HashMap<>(extra);
        Map<String, Object> view = new HashMap<>();
        view.put("caseNo", c.caseNo());
        view.put("employerName", e.name());
        view.put("creditCode", e.creditCode());
        view.put("address", e.address());
        view.put("legalRepresentative", e.legalRepresentative());
        view.put("complainant", c.complainantForEnterprise() == null ? "" : c.complainantForEnterprise());
        view.put("findings", nullToEmpty(c.findings()));
        view.put("evidence", nullToEmpty(c.evidence()));
        view.put("articlesBreached", nullToEmpty(c.articlesBreached()));
        view.put("requiredCorrection", nullToEmpty(c.requiredCorrection()));
        view.put("replyText", nullToEmpty(c.replyText()));
        view.put("correctiveMeasures", nullToEmpty(c.correctiveMeasures()));
        view.put("servedOn", c.servedOn() == null ? "" : c.servedOn());
        view.put("replied", c.repliedOn() != null);
        model.put("case", view);
        model.put("issuer", properties.issuer());
        return model;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private SupervisionCase load(String caseNo) {
        return cases.find(caseNo).orElseThrow(() -> new IllegalStateException("No supervision case " + caseNo));
    }
}
