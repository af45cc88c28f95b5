package org.workright.supervision;

import static org.workright.casework.ProcessVariables.caseNo;
import static org.workright.supervision.SupervisionProcess.Var.TWO_YEAR_WARNING;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Task_SignRecommendation reached: the lead's task says, from the record, whether the two-year rule
 * (Labour Inspection Regulations art 20) keeps the department from investigating.
 */
@Component("labourLawSupervisionTwoYearWarning")
class TwoYearWarningListener implements ExecutionListener {

    private final SupervisionTriageSteps steps;

    TwoYearWarningListener(SupervisionTriageSteps steps) {
        this.steps = steps;
    }

    @Override
    public void notify(DelegateExecution execution) {
        execution.setVariable(TWO_YEAR_WARNING, steps.twoYearWarning(caseNo(execution)));
    }
}
