package org.workright.legalaid;

import static org.workright.legalaid.LegalAidProcess.Var.*;
import static org.workright.casework.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ConfirmAssignment: 指派通知书 to the lawyer and the notice to the worker. */
@Component("legalAidRequestConfirmAssignment")
class ConfirmAssignmentDelegate implements JavaDelegate {

    private final LegalAidAssignmentSteps steps;

    ConfirmAssignmentDelegate(LegalAidAssignmentSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // the recorded proposal decides, and resets the variable a submitted form could have changed
        execution.setVariable(LAWYER_ID, steps.confirmAssignment(caseNo(execution)));
    }
}
