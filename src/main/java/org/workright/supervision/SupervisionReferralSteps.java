package org.workright.supervision;

import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workright.casework.Deadline;
import org.workright.casework.Deadlines;
import org.workright.casework.EngineAccess;
import org.workright.casework.InvalidInput;
import org.workright.letters.Letter;
import org.workright.people.CurrentUser;
import org.workright.system.Zones;

/** Referral: the 建议书 to the labour department, its answer, and its inspection clock. */
@Service
class SupervisionReferralSteps {

    private final SupervisionCaseRepository cases;
    private final SupervisionLetters letters;
    private final Deadlines deadlines;
    private final SupervisionDistricts districts;
    private final SupervisionProperties properties;
    private final EngineAccess engineAccess;
    private final CurrentUser currentUser;

    SupervisionReferralSteps(SupervisionCaseRepository cases, SupervisionLetters letters, Deadlines deadlines,
            SupervisionProperties properties, EngineAccess engineAccess, CurrentUser currentUser,
            SupervisionDistricts districts) {
        this.districts = districts;
        this.cases = cases;
        this.letters = letters;
        this.deadlines = deadlines;
        this.properties = properties;
        this.engineAccess = engineAccess;
        this.currentUser = currentUser;
    }

    /**
     * 建议书 to the labour department, with the notice, proof of service and reply attached (art 21,
     * 23); from now on the department reads the case. Its answer clock starts on receipt.
     */
    @Transactional
    Letter issueRecommendation(String caseNo, String followUpNote, String processInstanceId) {
        SupervisionCase c = cases.require(caseNo);
        engineAccess.grantGroupRead(processInstanceId, SupervisionModule.LABOUR_BUREAU);
        // the department of the issuing federation's level (art 21), not one typed in
        String department = districts.issuing(c.creditCode()).labourDepartment().name();
        cases.recordReferral(caseNo, department, followUpNote);
        return letters.recommendation(c, department);
    }

    /**
     * The department received the 建议书: signed for in WorkRight (electronic service, today) or served
     * on paper as the inspectors record. Its 5 working days run from that day (art 23).
     */
    @Transactional
    Deadline recordRecommendationReceipt(String caseNo, LocalDate receivedOn, ServiceMethod method, String recipient) {
        requireReceiptByTheRightPerson(method);
        Letter recommendation = letters.issued(caseNo, SupervisionLetters.RECOMMENDATION).orElseThrow();
        LocalDate issuedOn = recommendation.issuedAt().atZoneSameInstant(Zones.KUNMING).toLocalDate();
        if (receivedOn == null || receivedOn.isBefore(issuedOn) || receivedOn.isAfter(deadlines.today())) {
            throw InvalidInput.of("签收日期应在建议书出具之日（" + Deadline.chineseDate(issuedOn) + "）至今天之间");
        }
        if (method == ServiceMethod.ELECTRONIC && !receivedOn.equals(deadlines.today())) {
            throw InvalidInput.of("在本系统签收的，签收日期即今天");
        }
        Deadline due = districts.deadlines(cases.creditCode(caseNo)).workingDays(receivedOn, properties.answerWorkingDays());
        cases.recordRecommendationReceipt(caseNo, receivedOn, method, recipient, due.day());
        return due;
    }

    /**
     * Who may say the 建议书 was received, and how: the department itself, signing in WorkRight (so its
     * own clock cannot start on a later day than it opened the letter); paper service only as an
     * inspector records it from the receipt. A government department is not served by leaving the
     * letter at its premises. Steps run without a person (a migration, a test) are not asked.
     */
    private void requireReceiptByTheRightPerson(ServiceMethod method) {
        if (method == ServiceMethod.LEFT_AT_PREMISES) {
            throw InvalidInput.of("建议书不适用留置送达，请选择电子送达、直接送达或邮寄送达");
        }
        if (CurrentUser.SYSTEM.equals(currentUser.id())) {
            return;
        }
        boolean department = currentUser.isMemberOf(SupervisionModule.LABOUR_BUREAU);
        boolean inspector = currentUser.isMemberOf(SupervisionModule.INSPECTORS) || currentUser.isMemberOf(SupervisionModule.LEADS);
        if (method == ServiceMethod.ELECTRONIC && !department) {
            throw InvalidInput.of("电子送达由劳动保障部门在本系统签收；纸质送达请选择直接送达或邮寄送达");
        }
        if (method != ServiceMethod.ELECTRONIC && !inspector) {
            throw InvalidInput.of("纸质送达由劳动法律监督员按送达回证登记；劳动保障部门在本系统签收的，请选择电子送达");
        }
    }

    /**
     * The department opens a case or refuses. Its 60 working days run from the day it reports opening
     * the case (Labour Inspection Regulations art 17), which cannot precede its receipt of the 建议书.
     */
    @Transactional
    Deadline recordAnswer(String caseNo, boolean opened, LocalDate openedOn, String note) {
        if (!opened) {
            cases.recordRefusal(caseNo, note, deadlines.today());
            return null;
        }
        LocalDate received = cases.require(caseNo).recommendationReceivedOn();
        if (openedOn == null || openedOn.isAfter(deadlines.today()) || received != null && openedOn.isBefore(received)) {
            throw InvalidInput.of("请填写立案日期（收到建议书之日至今天之间）");
        }
        Deadline due = districts.deadlines(cases.creditCode(caseNo)).workingDays(openedOn, properties.inspectionWorkingDays());
        cases.recordOpening(caseNo, note, deadlines.today(), openedOn, due.day());
        return due;
    }

    /** +30 working days, once, with approval (Labour Inspection Regulations art 17). */
    @Transactional
    Deadline extendInspection(String caseNo, String approval) {
        SupervisionCase c = cases.require(caseNo);
        if (c.inspectionExtended()) {
            throw InvalidInput.of("办理期限已延长过一次，不能再次延长");
        }
        if (approval == null || approval.isBlank()) {
            throw InvalidInput.of("延期须经劳动保障行政部门负责人批准，请写明批准人、批准日期和理由");
        }
        Deadline due = districts.deadlines(c.creditCode()).workingDays(c.inspectionDue(),
                properties.inspectionExtensionWorkingDays());
        cases.recordExtension(caseNo, due.day(), approval.strip(), currentUser.id());
        return due;
    }

    @Transactional
    void recordOutcome(String caseNo, String outcome) {
        cases.recordOutcome(caseNo, outcome, deadlines.today());
    }
}
