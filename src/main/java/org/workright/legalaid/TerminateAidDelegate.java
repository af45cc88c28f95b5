package org.workright.legalaid;

import static org.workright.legalaid.LegalAidProcess.Var.*;
import static org.workright.casework.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_TerminateAid: 终止法律援助决定书 with the statutory ground. */
@Component("legalAidRequestTerminateAid")
class TerminateAidDelegate implements JavaDelegate {

    private final LegalAidHandlingSteps steps;

    TerminateAidDelegate(LegalAidHandlingSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.terminate(caseNo(execution),
                choice(execution, TERMINATION_REASON, TerminationReason.class), string(execution, NOTE));
    }
}
