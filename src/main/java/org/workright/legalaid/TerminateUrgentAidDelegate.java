package org.workright.legalaid;

import static org.workright.legalaid.LegalAidProcess.Var.URGENT_REVIEW_REASON;
import static org.workright.system.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_TerminateUrgentAid: 终止法律援助决定书 after the urgent-aid review. */
@Component
class TerminateUrgentAidDelegate implements JavaDelegate {

    private final LegalAidSteps steps;

    TerminateUrgentAidDelegate(LegalAidSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.terminateUrgentAid(caseNo(execution), requiredString(execution, URGENT_REVIEW_REASON));
    }
}
