package org.workright.legalaid;

import static org.workright.legalaid.LegalAidProcess.Var.*;
import static org.workright.casework.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ProposeLawyer: the best-matching volunteer lawyer, if any. */
@Component("legalAidRequestProposeLawyer")
class ProposeLawyerDelegate implements JavaDelegate {

    private final LegalAidAssignmentSteps steps;

    ProposeLawyerDelegate(LegalAidAssignmentSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // the previous candidate's answer must not pre-fill the next candidate's form
        execution.removeVariables(java.util.List.of(ACCEPTED, DECLINE_REASON));
        String lawyer = steps.proposeLawyer(caseNo(execution), execution.getProcessInstanceId()).orElse(null);
        execution.setVariable(LAWYER_FOUND, lawyer != null);
        execution.setVariable(LAWYER_ID, lawyer);
    }
}
