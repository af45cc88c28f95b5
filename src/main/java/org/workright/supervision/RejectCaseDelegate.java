package org.workright.supervision;

import static org.workright.supervision.SupervisionProcess.Var.*;
import static org.workright.casework.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RejectCase: not taken up, with the reason. */
@Component("labourLawSupervisionRejectCase")
class RejectCaseDelegate implements JavaDelegate {

    private final SupervisionTriageSteps steps;

    RejectCaseDelegate(SupervisionTriageSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.reject(caseNo(execution), choice(execution, REJECTION_REASON, RejectionReason.class),
                string(execution, REJECTION_NOTE));
    }
}
