package org.workright.legalaid;

import static org.workright.legalaid.LegalAidProcess.Var.*;
import static org.workright.casework.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_AssessEligibility: the eligibility DMN, and the 7-day decision clock. */
@Component("legalAidRequestAssessEligibility")
class AssessEligibilityDelegate implements JavaDelegate {

    private final LegalAidDecisionSteps steps;

    AssessEligibilityDelegate(LegalAidDecisionSteps steps) {
        this.steps = steps;
    }

    /**
     * Whether staff saw the proof of the exemption claimed. A case that came in before the
     * completeness check asked for it has no exemption variable, and its form did not ask: it keeps
     * the exemption as claimed, as it was then.
     */
    static boolean proofSeen(DelegateExecution execution) {
        return !execution.hasVariable(MEANS_TEST_EXEMPTION) || flag(execution, EXEMPTION_PROOF_SEEN);
    }

    @Override
    public void execute(DelegateExecution execution) {
        LegalAidDecisionSteps.Assessment a = steps.assess(caseNo(execution),
                flag(execution, ECONOMIC_HARDSHIP), flag(execution, SERIOUS_INFRINGEMENT),
                proofSeen(execution));
        execution.setVariable(ELIGIBLE, a.eligible());
        execution.setVariable(ELIGIBILITY_CODE, a.code());
        execution.setVariable(ELIGIBILITY_REASON, a.reason());
        execution.setVariable(DECISION_DUE, a.decisionDue().timer());
        execution.setVariable(DECISION_DUE_TEXT, a.decisionDue().text());
        // the table's answer pre-fills the decision form; office staff confirm or overrule it
        execution.setVariable(GRANT_AID, a.eligible());
        execution.setVariable(DECISION_REASON, a.reason());
    }
}
