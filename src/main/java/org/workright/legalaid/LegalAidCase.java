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
        ApplicantKind applicantKind,
        String applicantName,
        String applicantIdNumber,
        String applicantPhone,
        String applicantAddress,
        String contactPerson,
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

    /** A person's ID number, masked; an organisation's credit code is public and stays whole. */
    String maskedIdNumber() {
        if (applicantKind.organisation()) {
            return applicantIdNumber;
        }
        return ResidentIdNumber.mask(applicantIdNumber);
    }

    /** The applicant's situation as the reviewer and the lawyer need it, without identity numbers. */
    String profile(BigDecimal hardshipStandard) {
        if (applicantKind.organisation()) {
            return "申请人：工会组织（联系人%s）；知道权利受侵害：%s%s".formatted(contactPerson, DATES.date(infringementKnownOn),
                    proceduralDeadline == null ? "" : "；程序期限：" + DATES.date(proceduralDeadline));
        }
        return (applicantKind == ApplicantKind.WORKER ? "" : "申请人：" + applicantKind.label() + "；") + "农民工：%s；%s家庭人均月收入：%s元（本地困难标准%s元）；知道权利受侵害：%s；%s%s".formatted(
                migrantWorker ? "是" : "否",
                meansTestExemption == MeansTestExemption.NONE ? "" : "免予核查经济状况：" + meansTestExemption.label() + "；",
                perCapitaIncome.toPlainString(), hardshipStandard.toPlainString(),
                DATES.date(infringementKnownOn), stillEmployed ? "仍在职" : "已离职（" + DATES.date(leftEmploymentOn) + "）",
                proceduralDeadline == null ? "" : "；程序期限：" + DATES.date(proceduralDeadline));
    }

    /** The line Tasklist shows on every task of the case. */
    String summary() {
        String amount = claimAmount == null ? "" : "，" + claimAmount.toPlainString() + "元";
        return "%s%s 与 %s（%s%s）%s".formatted(applicantName,
                applicantKind == ApplicantKind.WORKER ? "" : "（" + applicantKind.label() + "）", employerName, claimType.label(), amount,
                urgent ? " 【先行援助】" : "");
    }
}
