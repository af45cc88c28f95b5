package org.workright.supervision;

import static org.workright.supervision.SupervisionProcess.Var.*;
import static org.workright.casework.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_IssueNotice: 工会劳动法律监督意见书. */
@Component("labourLawSupervisionIssueNotice")
class IssueNoticeDelegate implements JavaDelegate {

    private final SupervisionNoticeSteps steps;

    IssueNoticeDelegate(SupervisionNoticeSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // runs right after the approval, as the approver: four eyes on the notice
        steps.requireApproverOtherThanDrafter(caseNo(execution));
        var notice = steps.issueNotice(caseNo(execution), requiredString(execution, REQUIRED_CORRECTION),
                integer(execution, CORRECTION_DAYS, 0));
        execution.setVariable(NOTICE_NUMBER, notice.number());
        execution.setVariable(NOTICE_LETTER_ID, notice.id());
        execution.removeVariable(CORRECTED);
        // the investigation stays in the case file: the enterprise's reply task must not expose
        // findings, evidence (interview records) or who investigated
        execution.removeVariables(java.util.List.of(FINDINGS, EVIDENCE, ARTICLES_BREACHED, INSPECTORS,
                APPROVAL_NOTE, CHECK_NOTE, COMPLAINT_FACTS, COMPLAINANT));
    }
}
