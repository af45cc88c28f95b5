package org.workright.supervision;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.workright.casework.Deadline;

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
        LocalDate conductEndedOn,
        OffsetDateTime createdAt) {

    /**
     * When the breach ended (or happened) more than two years before {@code today}, the labour
     * department no longer investigates it (Labour Inspection Regulations art 20). That binds the
     * department, not the union: the 意见书 still goes out, and the lead signing a 建议书 is warned.
     * Empty when in time or unknown.
     */
    String twoYearWarning(LocalDate today) {
        if (conductEndedOn == null || !today.isAfter(conductEndedOn.plusYears(2))) {
            return "";
        }
        return "注意：违法行为于" + Deadline.chineseDate(conductEndedOn) + "终了，已超过二年，劳动保障行政部门依法不再查处"
                + "（《劳动保障监察条例》第二十条），提请建议书前请核实。";
    }

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
        return summary(employerName, source);
    }

    /** The same line from the two columns it is made of (for lists read straight from the table). */
    static String summary(String employerName, String source) {
        return "%s（%s）".formatted(employerName, origin(source));
    }

    /** Where the case came from, as people say it. */
    static String origin(String source) {
        return switch (source) {
            case "COMPLAINT" -> "职工投诉";
            case "PATROL" -> "巡查发现";
            case "LEGAL_AID" -> "法律援助案件移送";
            case "DEMOCRACY_CHECK" -> "职代会和厂务公开检查逾期未整改移送";
            default -> "移送线索";
        };
    }
}
