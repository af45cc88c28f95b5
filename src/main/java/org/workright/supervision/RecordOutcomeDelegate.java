package org.workright.supervision;

import static org.workright.supervision.SupervisionProcess.Var.*;
import static org.workright.casework.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordOutcome: the department's inspection outcome closes the case. */
@Component("labourLawSupervisionRecordOutcome")
class RecordOutcomeDelegate implements JavaDelegate {

    private final SupervisionReferralSteps steps;

    RecordOutcomeDelegate(SupervisionReferralSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.recordOutcome(caseNo(execution), requiredString(execution, OUTCOME));
    }
}
