package org.workright.supervision;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One supervision case as stored. */
record SupervisionCase(
        String caseNo,
        String source,
        String sourceRef,
        String creditCode,
        String employerName,
        String facts,
        String complainantName,
        boolean complainantConsents,
        SupervisionStatus status,
        String rejectionReason,
        String inspectors,
        String findings,
        String evidence,
        String articlesBreached,
        String requiredCorrection,
        Integer correctionDays,
        LocalDate correctionDue,
        LocalDate servedOn,
        String serviceMethod,
        String serviceRecipient,
        LocalDate replyDue,
        String replyText,
        String correctiveMeasures,
        LocalDate repliedOn,
        String labourDepartment,
        LocalDate answerDue,
        Boolean caseOpened,
        String answerNote,
        LocalDate recommendationReceivedOn,
        LocalDate caseOpenedOn,
        LocalDate inspectionDue,
        boolean inspectionExtended,
        String inspectionExtensionNote,
        String inspectionExtendedBy,
        String outcome,
        OffsetDateTime createdAt) {

    /** Who complained, as an enterprise-facing letter may say it: named only with consent. */
    String complainantForEnterprise() {
        if (!"COMPLAINT".equals(source) && !"LEGAL_AID".equals(source)) {
            return null;
        }
        return complainantConsents && complainantName != null && !complainantName.isBlank()
                ? "职工" + complainantName : "职工";
    }

    /**
     * The line Tasklist shows on every task, the enterprise's included: never the facts, which may
     * name the complainant.
     */
    String summary() {
        String origin = switch (source) {
            case "COMPLAINT" -> "职工投诉";
            case "PATROL" -> "巡查发现";
            case "LEGAL_AID" -> "法律援助案件移送";
            default -> "移送线索";
        };
        return "%s（%s）".formatted(employerName, origin);
    }
}
