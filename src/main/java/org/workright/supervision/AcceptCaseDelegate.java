package org.workright.supervision;

import static org.workright.supervision.SupervisionProcess.Var.*;
import static org.workright.casework.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_AcceptCase: the case is taken up and investigated. */
@Component("labourLawSupervisionAcceptCase")
class AcceptCaseDelegate implements JavaDelegate {

    private final SupervisionTriageSteps steps;

    AcceptCaseDelegate(SupervisionTriageSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.accept(caseNo(execution), date(execution, CONDUCT_ENDED_ON));
    }
}
