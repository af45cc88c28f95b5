package org.workright.supervision;

import static org.workright.supervision.SupervisionProcess.Var.*;
import static org.workright.casework.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.workright.letters.Letter;

/** Task_IssueRecommendation: 建议书 to the labour department; its answer clock starts when it is received. */
@Component("labourLawSupervisionIssueRecommendation")
class IssueRecommendationDelegate implements JavaDelegate {

    private final SupervisionReferralSteps steps;

    IssueRecommendationDelegate(SupervisionReferralSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Letter issued = steps.issueRecommendation(caseNo(execution), string(execution, FOLLOW_UP_NOTE),
                execution.getProcessInstanceId());
        execution.setVariable(RECOMMENDATION_NUMBER, issued.number());
        execution.setVariable(RECOMMENDATION_LETTER_ID, issued.id());
    }
}
