package org.workright.legalaid;

import static org.workright.legalaid.LegalAidProcess.Var.*;
import static org.workright.casework.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordDecline: the lawyer declined; they are not proposed for this case again. */
@Component("legalAidRequestRecordDecline")
class RecordDeclineDelegate implements JavaDelegate {

    private final LegalAidAssignmentSteps steps;

    RecordDeclineDelegate(LegalAidAssignmentSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.recordDecline(caseNo(execution), string(execution, DECLINE_REASON), execution.getProcessInstanceId());
    }
}
