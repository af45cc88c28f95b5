package org.workright.legalaid;

import static org.workright.legalaid.LegalAidProcess.Var.NOTE;
import static org.workright.legalaid.LegalAidProcess.Var.SUPERVISION_CASE_NO;
import static org.workright.casework.ProcessVariables.caseNo;
import static org.workright.casework.ProcessVariables.requiredString;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ReferToSupervision: starts a labour-law supervision case about the employer. */
@Component("legalAidRequestReferToSupervision")
class ReferToSupervisionDelegate implements JavaDelegate {

    private final LegalAidHandlingSteps steps;

    ReferToSupervisionDelegate(LegalAidHandlingSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(SUPERVISION_CASE_NO,
                steps.referToSupervision(caseNo(execution), requiredString(execution, NOTE)));
    }
}
