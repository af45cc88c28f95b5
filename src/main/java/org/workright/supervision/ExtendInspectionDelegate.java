package org.workright.supervision;

import static org.workright.supervision.SupervisionProcess.Var.*;
import static org.workright.casework.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ExtendInspection: 30 more working days, once. */
@Component("labourLawSupervisionExtendInspection")
class ExtendInspectionDelegate implements JavaDelegate {

    private final SupervisionSteps steps;

    ExtendInspectionDelegate(SupervisionSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SupervisionSteps.Deadline due = steps.extendInspection(caseNo(execution), string(execution, EXTENSION_NOTE));
        execution.setVariable(INSPECTION_DUE_AT, due.timer());
        execution.setVariable(INSPECTION_DUE_TEXT, due.text());
        execution.removeVariables(java.util.List.of(INSPECTION_ACTION, EXTENSION_NOTE));
    }
}
