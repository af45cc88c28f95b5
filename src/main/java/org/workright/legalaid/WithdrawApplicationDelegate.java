package org.workright.legalaid;

import static org.workright.legalaid.LegalAidProcess.Var.*;
import static org.workright.casework.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_WithdrawApplication: nothing supplied in time, the application counts as withdrawn. */
@Component("legalAidRequestWithdrawApplication")
class WithdrawApplicationDelegate implements JavaDelegate {

    private final LegalAidDecisionSteps steps;

    WithdrawApplicationDelegate(LegalAidDecisionSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.withdraw(caseNo(execution));
    }
}
