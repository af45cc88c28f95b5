package org.workright.supervision;

import static org.workright.supervision.SupervisionProcess.Var.*;
import static org.workright.casework.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_IssueWarning: 提示函. */
@Component("labourLawSupervisionIssueWarning")
class IssueWarningDelegate implements JavaDelegate {

    private final SupervisionNoticeSteps steps;

    IssueWarningDelegate(SupervisionNoticeSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.issueWarning(caseNo(execution));
        // the check after the warning starts with an empty answer
        execution.removeVariable(CORRECTED);
    }
}
