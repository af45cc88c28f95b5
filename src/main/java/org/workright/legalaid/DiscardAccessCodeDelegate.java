package org.workright.legalaid;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_DiscardAccessCode: the plain access code has been handed over; only its hash remains. */
@Component("legalAidRequestDiscardAccessCode")
class DiscardAccessCodeDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        execution.removeVariable(LegalAidProcess.Var.ACCESS_CODE);
    }
}
