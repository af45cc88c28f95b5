package org.workright.supervision;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.workright.casework.Deadline;
import org.workright.enterprises.Enterprise;
import org.workright.enterprises.EnterpriseRegister;
import org.workright.letters.CaseView;
import org.workright.letters.Letter;
import org.workright.letters.LetterService;

/**
 * The letters of a supervision case and what each says. Every letter but the 建议书 is addressed
 * to the enterprise; none names the complainant without consent, and the inspectors' own notes
 * (which may name people) never reach one.
 */
@Component
class SupervisionLetters {

    static final String NOTICE = "notice";
    static final String SERVICE_RECEIPT = "service-receipt";
    static final String RECOMMENDATION = "recommendation";

    private final LetterService letters;
    private final EnterpriseRegister register;
    private final SupervisionProperties properties;
    private final SupervisionDistricts districts;

    SupervisionLetters(LetterService letters, EnterpriseRegister register, SupervisionProperties properties,
            SupervisionDistricts districts) {
        this.letters = letters;
        this.register = register;
        this.properties = properties;
        this.districts = districts;
    }

    /** 提示函 after a minor breach. */
    Letter warning(SupervisionCase c) {
        return toEnterprise("supervision.warning", c, "warning", Map.of(), Map.of());
    }

    /** 意见书 with the correction the lead approved; the reply clock starts on service. */
    Letter notice(SupervisionCase c, String requiredCorrection, int correctionDays) {
        return toEnterprise("supervision.notice", c, NOTICE, Map.of("requiredCorrection", requiredCorrection),
                Map.of("replyWorkingDays", properties.replyWorkingDays(), "correctionDays", correctionDays));
    }

    /** The 意见书 as the draft stands, for the lead approving it: not numbered, not archived. */
    String noticePreview(SupervisionCase c, String requiredCorrection, Object correctionDays) {
        return letters.preview("supervision.notice", view(c, Map.of("requiredCorrection", requiredCorrection)),
                c.employerName(), Map.of("replyWorkingDays", properties.replyWorkingDays(), "correctionDays",
                        correctionDays == null ? "" : correctionDays));
    }

    /** 送达回证 for the notice, naming the reply and correction deadlines that service started. */
    Letter serviceReceipt(SupervisionCase c, Letter notice, ServiceMethod method, String recipient, LocalDate servedOn,
            Deadline replyDue, Deadline correctionDue) {
        Map<String, Object> values = new HashMap<>();
        values.put("notice", notice.number());
        values.put("method", method.label());
        values.put("recipient", recipient);
        values.put("servedOn", servedOn);
        values.put("replyDue", replyDue.day());
        values.put("replyDueNote", replyDue.note());
        values.put("replyWorkingDays", properties.replyWorkingDays());
        // an old notice set no correction period: its receipt has no such row
        values.put("correctionDue", correctionDue == null ? "" : correctionDue.day());
        values.put("correctionDueNote", correctionDue == null ? "" : correctionDue.note());
        values.put("correctionDays", c.correctionDays() == null ? "" : c.correctionDays());
        return toEnterprise("supervision.service-receipt", c, SERVICE_RECEIPT, Map.of("servedOn", servedOn), values);
    }

    /** 整改确认 once the follow-up check found the breach corrected. */
    Letter correction(SupervisionCase c) {
        return toEnterprise("supervision.correction", c, "correction", Map.of(), Map.of());
    }

    /**
     * 建议书 to the labour department of the issuing federation's level (art 21), citing the notice,
     * its proof of service and the reply.
     */
    Letter recommendation(SupervisionCase c, String department) {
        Map<String, Object> values = new HashMap<>();
        values.put("department", department);
        values.put("notice", issued(c.caseNo(), NOTICE).map(Letter::number).orElse(""));
        values.put("receipt", issued(c.caseNo(), SERVICE_RECEIPT).map(Letter::number).orElse(""));
        values.put("answerWorkingDays", properties.answerWorkingDays());
        return letters.issue("supervision.recommendation", view(c, Map.of()), RECOMMENDATION, department, values);
    }

    Optional<Letter> issued(String caseNo, String step) {
        return letters.findIssued(caseNo, step);
    }

    private Letter toEnterprise(String kind, SupervisionCase c, String step, Map<String, Object> justRecorded,
            Map<String, Object> values) {
        return letters.issue(kind, view(c, justRecorded), step, c.employerName(), values);
    }

    /**
     * What letters may say about the case, with the enterprise as registered. {@code justRecorded}
     * holds what the issuing step has just written, so the step reads its case only once.
     */
    private CaseView view(SupervisionCase c, Map<String, Object> justRecorded) {
        Enterprise e = register.require(c.creditCode());
        Map<String, Object> view = new HashMap<>();
        view.put("caseNo", c.caseNo());
        view.put("employerName", e.name());
        view.put("creditCode", e.creditCode());
        view.put("address", e.address());
        view.put("legalRepresentative", e.legalRepresentative());
        view.put("complainant", orEmpty(c.complainantForEnterprise()));
        view.put("findings", orEmpty(c.findings()));
        view.put("evidence", orEmpty(c.evidence()));
        view.put("articlesBreached", orEmpty(c.articlesBreached()));
        view.put("requiredCorrection", orEmpty(c.requiredCorrection()));
        view.put("replyText", orEmpty(c.replyText()));
        view.put("correctiveMeasures", orEmpty(c.correctiveMeasures()));
        view.put("servedOn", c.servedOn() == null ? "" : c.servedOn());
        view.put("replied", c.repliedOn() != null);
        view.putAll(justRecorded);
        return new CaseView(c.caseNo(), view, districts.issuer(districts.issuing(c.creditCode())));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
