package org.workright.supervision;

import static org.workright.supervision.SupervisionProcess.Var.*;
import static org.workright.casework.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordInvestigation: findings of at least two inspectors, or the investigation task fails. */
@Component("labourLawSupervisionRecordInvestigation")
class RecordInvestigationDelegate implements JavaDelegate {

    private final SupervisionTriageSteps steps;

    RecordInvestigationDelegate(SupervisionTriageSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.recordInvestigation(caseNo(execution), string(execution, INSPECTORS),
                requiredString(execution, FINDINGS), requiredString(execution, EVIDENCE),
                requiredString(execution, ARTICLES_BREACHED));
    }
}
