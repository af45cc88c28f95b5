package org.workright.supervision;

import static org.workright.supervision.SupervisionProcess.Var.*;
import static org.workright.casework.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.workright.casework.Deadline;

/** Task_ExtendInspection: 30 more working days, once. */
@Component("labourLawSupervisionExtendInspection")
class ExtendInspectionDelegate implements JavaDelegate {

    private final SupervisionReferralSteps steps;

    ExtendInspectionDelegate(SupervisionReferralSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Deadline due = steps.extendInspection(caseNo(execution), string(execution, EXTENSION_NOTE));
        execution.setVariable(INSPECTION_DUE_AT, due.timer());
        execution.setVariable(INSPECTION_DUE_TEXT, due.text());
        execution.removeVariables(java.util.List.of(INSPECTION_ACTION, EXTENSION_NOTE));
    }
}
