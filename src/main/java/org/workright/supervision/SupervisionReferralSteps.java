package org.workright.supervision;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workright.casework.Deadline;
import org.workright.casework.Deadlines;
import org.workright.casework.EngineAccess;
import org.workright.casework.InvalidInput;
import org.workright.letters.Letter;
import org.workright.people.CurrentUser;

/** Referral: the 建议书 to the labour department, its answer, and its inspection clock. */
@Service
class SupervisionReferralSteps {

    private final SupervisionCaseRepository cases;
    private final SupervisionLetters letters;
    private final Deadlines deadlines;
    private final SupervisionProperties properties;
    private final EngineAccess engineAccess;
    private final CurrentUser currentUser;

    SupervisionReferralSteps(SupervisionCaseRepository cases, SupervisionLetters letters, Deadlines deadlines,
            SupervisionProperties properties, EngineAccess engineAccess, CurrentUser currentUser) {
        this.cases = cases;
        this.letters = letters;
        this.deadlines = deadlines;
        this.properties = properties;
        this.engineAccess = engineAccess;
        this.currentUser = currentUser;
    }

    /** A letter just issued and the deadline it starts. */
    record IssuedLetter(Letter letter, Deadline due) {
    }

    /**
     * 建议书 to the labour department, with the notice, proof of service and reply attached (art 21,
     * 23); from now on the department reads the case.
     */
    @Transactional
    IssuedLetter issueRecommendation(String caseNo, String department, String followUpNote,
            String processInstanceId) {
        SupervisionCase c = cases.require(caseNo);
        engineAccess.grantGroupRead(processInstanceId, SupervisionModule.LABOUR_BUREAU);
        Deadline due = deadlines.workingDays(deadlines.today(), properties.answerWorkingDays());
        cases.recordReferral(caseNo, department, due.day(), followUpNote);
        return new IssuedLetter(letters.recommendation(c, department), due);
    }

    /** The department opens a case (the 60-working-day inspection clock starts) or refuses. */
    @Transactional
    Deadline recordAnswer(String caseNo, boolean opened, String note) {
        if (!opened) {
            cases.recordRefusal(caseNo, note, deadlines.today());
            return null;
        }
        Deadline due = deadlines.workingDays(deadlines.today(), properties.inspectionWorkingDays());
        cases.recordOpening(caseNo, note, deadlines.today(), due.day());
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
        Deadline due = deadlines.workingDays(c.inspectionDue(), properties.inspectionExtensionWorkingDays());
        cases.recordExtension(caseNo, due.day(), approval.strip(), currentUser.id());
        return due;
    }

    @Transactional
    void recordOutcome(String caseNo, String outcome) {
        cases.recordOutcome(caseNo, outcome, deadlines.today());
    }
}
