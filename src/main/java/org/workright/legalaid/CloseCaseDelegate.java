package org.workright.legalaid;

import static org.workright.legalaid.LegalAidProcess.Var.*;
import static org.workright.casework.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CloseCase: closure report accepted, 结案通知书 to the worker. */
@Component("legalAidRequestCloseCase")
class CloseCaseDelegate implements JavaDelegate {

    private final LegalAidHandlingSteps steps;

    CloseCaseDelegate(LegalAidHandlingSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.close(caseNo(execution), requiredString(execution, CLOSURE_OUTCOME),
                requiredString(execution, CLOSURE_REPORT));
    }
}
