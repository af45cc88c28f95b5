package org.workright.legalaid;

import static org.workright.legalaid.LegalAidProcess.Var.*;
import static org.workright.casework.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RefuseAid: 不予法律援助决定书. */
@Component("legalAidRequestRefuseAid")
class RefuseAidDelegate implements JavaDelegate {

    private final LegalAidDecisionSteps steps;

    RefuseAidDelegate(LegalAidDecisionSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reason = requiredString(execution, DECISION_REASON);
        LegalAidDecisionSteps.requireOwnReason(false, flag(execution, ELIGIBLE), string(execution, ELIGIBILITY_REASON),
                reason);
        steps.refuse(caseNo(execution), reason);
    }
}
