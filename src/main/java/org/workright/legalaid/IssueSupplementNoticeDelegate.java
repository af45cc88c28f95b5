package org.workright.legalaid;

import static org.workright.legalaid.LegalAidProcess.Var.*;
import static org.workright.casework.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.workright.casework.Deadline;

/** Task_IssueSupplementNotice: 补充材料通知书 and the supplement deadline. */
@Component("legalAidRequestIssueSupplementNotice")
class IssueSupplementNoticeDelegate implements JavaDelegate {

    private final LegalAidDecisionSteps steps;

    IssueSupplementNoticeDelegate(LegalAidDecisionSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int round = integer(execution, SUPPLEMENT_ROUND, 0) + 1;
        execution.setVariable(SUPPLEMENT_ROUND, round);
        Deadline due = steps.requestSupplement(caseNo(execution), requiredString(execution, MISSING_ITEMS), round);
        execution.setVariable(SUPPLEMENT_DUE, due.timer());
        execution.setVariable(SUPPLEMENT_DUE_TEXT, due.text());
    }
}
