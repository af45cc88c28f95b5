package org.workright.legalaid;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.workright.letters.LetterFormat;
import org.workright.people.ResidentIdNumber;

/** One legal-aid case as stored; the single place the worker's personal data lives. */
record LegalAidCase(
        String caseNo,
        String channel,
        CaseStatus status,
        String applicantName,
        String applicantIdNumber,
        String applicantPhone,
        String applicantAddress,
        boolean migrantWorker,
        MeansTestExemption meansTestExemption,
        BigDecimal perCapitaIncome,
        String employerName,
        String employerCreditCode,
        ClaimType claimType,
        BigDecimal claimAmount,
        String facts,
        LocalDate infringementKnownOn,
        boolean stillEmployed,
        LocalDate leftEmploymentOn,
        LocalDate proceduralDeadline,
        boolean needsPreservation,
        boolean needsAdvanceExecution,
        boolean urgent,
        DisputeStage disputeStage,
        LocalDate stageDate,
        String missingItems,
        String decision,
        String decisionReason,
        LocalDate decidedOn,
        String decidedBy,
        String lawyerId,
        LocalDate assignedOn,
        String closureOutcome,
        String closureReport,
        TerminationReason terminationReason,
        String terminationNote,
        LocalDate endedOn,
        OffsetDateTime createdAt,
        String createdBy) {

    private static final LetterFormat DATES = new LetterFormat();

    String maskedIdNumber() {
        return ResidentIdNumber.mask(applicantIdNumber);
    }

    /** The applicant's situation as the reviewer and the lawyer need it, without identity numbers. */
    String profile(BigDecimal hardshipStandard) {
        return "农民工：%s；%s家庭人均月收入：%s元（本地困难标准%s元）；知道权利受侵害：%s；%s%s".formatted(
                migrantWorker ? "是" : "否",
                meansTestExemption == MeansTestExemption.NONE ? "" : "免予核查经济状况：" + meansTestExemption.label() + "；",
                perCapitaIncome.toPlainString(), hardshipStandard.toPlainString(),
                DATES.date(infringementKnownOn), stillEmployed ? "仍在职" : "已离职（" + DATES.date(leftEmploymentOn) + "）",
                proceduralDeadline == null ? "" : "；程序期限：" + DATES.date(proceduralDeadline));
    }

    /** The line Tasklist shows on every task of the case. */
    String summary() {
        String amount = claimAmount == null ? "" : "，" + claimAmount.toPlainString() + "元";
        return "%s 与 %s（%s%s）%s".formatted(applicantName, employerName, claimType.label(), amount,
                urgent ? " 【先行援助】" : "");
    }
}
