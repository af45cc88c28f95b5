package org.workright.legalaid;

import static org.workright.legalaid.LegalAidProcess.Var.*;
import static org.workright.casework.ProcessVariables.*;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_AssessUrgentAid: the paperwork supplied after urgent aid, through the eligibility table. */
@Component("legalAidRequestAssessUrgentAid")
class AssessUrgentAidDelegate implements JavaDelegate {

    private final LegalAidDecisionSteps steps;

    AssessUrgentAidDelegate(LegalAidDecisionSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Optional<String> ends = steps.reviewUrgentAid(caseNo(execution),
                flag(execution, PAPERWORK_ECONOMIC_HARDSHIP), flag(execution, PAPERWORK_SERIOUS_INFRINGEMENT),
                AssessEligibilityDelegate.proofSeen(execution));
        execution.setVariable(URGENT_AID_UPHELD, ends.isEmpty());
        execution.setVariable(URGENT_REVIEW_REASON, ends.orElse("符合法律援助条件"));
    }
}
