package org.workright.supervision;

import static org.workright.supervision.SupervisionProcess.Var.*;
import static org.workright.system.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_IssueNotice: 工会劳动法律监督意见书. */
@Component
class IssueNoticeDelegate implements JavaDelegate {

    private final SupervisionSteps steps;

    IssueNoticeDelegate(SupervisionSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var notice = steps.issueNotice(requiredString(execution, CASE_NO), requiredString(execution, REQUIRED_CORRECTION));
        execution.setVariable(NOTICE_NUMBER, notice.number());
        execution.setVariable(NOTICE_LETTER_ID, notice.id());
        execution.removeVariable(CORRECTED);
    }
}
