package org.workright.supervision;

import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workright.casework.Deadline;
import org.workright.casework.Deadlines;
import org.workright.casework.InvalidInput;
import org.workright.enterprises.EnterpriseRegister;
import org.workright.letters.Letter;
import org.workright.people.CurrentUser;
import org.workright.system.Zones;
import java.util.Optional;

/**
 * Notice and service: the 提示函 or the 意见书 (four eyes), its service on the enterprise, the
 * enterprise's reply and the follow-up check.
 */
@Service
class SupervisionNoticeSteps {

    private final SupervisionCaseRepository cases;
    private final SupervisionLetters letters;
    private final Deadlines deadlines;
    private final SupervisionDistricts districts;
    private final SupervisionProperties properties;
    private final CurrentUser currentUser;

    SupervisionNoticeSteps(SupervisionCaseRepository cases, SupervisionLetters letters, Deadlines deadlines,
            SupervisionProperties properties, CurrentUser currentUser, SupervisionDistricts districts) {
        this.districts = districts;
        this.cases = cases;
        this.letters = letters;
        this.deadlines = deadlines;
        this.properties = properties;
        this.currentUser = currentUser;
    }

    /**
     * The 意见书 as drafted, for the lead about to approve it (not numbered, not archived); none once
     * issued: then the letter itself is what there is to read.
     */
    Optional<String> noticePreview(String caseNo, String requiredCorrection, Object correctionDays) {
        if (letters.issued(caseNo, SupervisionLetters.NOTICE).isPresent()) {
            return Optional.empty();
        }
        return cases.find(caseNo).map(c -> letters.noticePreview(c, requiredCorrection, correctionDays));
    }

    @Transactional
    void issueWarning(String caseNo) {
        SupervisionCase c = cases.require(caseNo);
        cases.recordWarning(caseNo);
        letters.warning(c);
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

    /**
     * 意见书 with the correction required and its own period (整改期限, days from service) beside the
     * 15-working-day written reply (art 20).
     */
    @Transactional
    Letter issueNotice(String caseNo, String requiredCorrection, Integer correctionDays) {
        if (correctionDays == null || correctionDays < 1) {
            // a draft made before notices carried a correction period has none: it goes back to its drafter
            throw InvalidInput.of("意见书未写明整改期限：请退回起草人填写整改期限（自送达之日起1至"
                    + properties.longestCorrectionDays() + "日）");
        }
        if (correctionDays > properties.longestCorrectionDays()) {
            throw InvalidInput.of("整改期限应为自送达之日起1至" + properties.longestCorrectionDays() + "日");
        }
        SupervisionCase c = cases.require(caseNo);
        cases.recordNotice(caseNo, requiredCorrection, correctionDays);
        return letters.notice(c, requiredCorrection, correctionDays);
    }

    /** The deadlines service started (no correction period for an old notice), and the enterprise's group. */
    record Served(Deadline replyDue, Deadline correctionDue, String enterpriseGroup) {
    }

    /** Proof of service (送达回证); the 15-working-day reply clock runs from the day of service (art 20). */
    @Transactional
    Served recordService(String caseNo, LocalDate servedOn, ServiceMethod method, String recipient) {
        SupervisionCase c = cases.require(caseNo);
        Letter notice = letters.issued(caseNo, SupervisionLetters.NOTICE).orElseThrow();
        LocalDate issuedOn = notice.issuedAt().atZoneSameInstant(Zones.KUNMING).toLocalDate();
        if (servedOn == null || servedOn.isBefore(issuedOn) || servedOn.isAfter(deadlines.today())) {
            throw InvalidInput.of("送达日期应在意见书出具之日（" + Deadline.chineseDate(issuedOn) + "）至今天之间");
        }
        Deadlines local = districts.deadlines(c.creditCode());
        Deadline due = local.workingDays(servedOn, properties.replyWorkingDays());
        // a notice issued before notices carried a correction period sets none
        Deadline correctionDue = c.correctionDays() == null ? null
                : local.of(local.calendarDaysFrom(servedOn, c.correctionDays()));
        cases.recordService(caseNo, servedOn, method, recipient, due.day(),
                correctionDue == null ? null : correctionDue.day());
        letters.serviceReceipt(c, notice, method, recipient, servedOn, due, correctionDue);
        return new Served(due, correctionDue, EnterpriseRegister.groupOf(c.creditCode()));
    }

    /**
     * The enterprise's written reply (what else its form might have set is dropped by the party
     * kit); the follow-up check is due once the correction period is over.
     */
    @Transactional
    Deadline recordReply(String caseNo, String reply, String measures, String evidence) {
        SupervisionCase c = cases.require(caseNo);
        LocalDate correctionDue = c.correctionDue();
        cases.recordReply(caseNo, reply, measures, evidence, deadlines.today());
        LocalDate from = correctionDue == null || correctionDue.isBefore(deadlines.today()) ? deadlines.today()
                : correctionDue;
        return districts.deadlines(c.creditCode()).workingDays(from, properties.followUpWorkingDays());
    }

    /**
     * Not corrected can be found only once the notice's correction period is over: until then the
     * enterprise is still in time, and a 建议书 saying it did not correct would be untrue.
     */
    void requireCorrectionPeriodOver(String caseNo) {
        LocalDate due = cases.require(caseNo).correctionDue();
        if (due != null && !deadlines.today().isAfter(due)) {
            throw InvalidInput.of("整改期限至" + Deadline.chineseDate(due) + "届满，届满前不能认定未整改");
        }
    }

    @Transactional
    void confirmCorrection(String caseNo, String note) {
        SupervisionCase c = cases.require(caseNo);
        cases.recordCorrection(caseNo, note, deadlines.today());
        // the inspectors' note stays in the file: it may name people and is not for the enterprise
        letters.correction(c);
    }
}
