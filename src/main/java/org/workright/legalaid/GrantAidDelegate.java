package org.workright.legalaid;

import static org.workright.legalaid.LegalAidProcess.Var.*;
import static org.workright.casework.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_GrantAid: 给予（先行）法律援助决定书, and the 3-day assignment clock. */
@Component("legalAidRequestGrantAid")
class GrantAidDelegate implements JavaDelegate {

    private final LegalAidDecisionSteps steps;

    GrantAidDelegate(LegalAidDecisionSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // urgent aid when office staff confirmed it; otherwise the reviewed decision
        boolean urgentAid = flag(execution, URGENT_CONFIRMED);
        String reason = urgentAid ? string(execution, URGENT_NOTE) : string(execution, DECISION_REASON);
        if (!urgentAid) {
            LegalAidDecisionSteps.requireOwnReason(true, flag(execution, ELIGIBLE), string(execution, ELIGIBILITY_REASON),
                    reason);
        }
        execution.setVariable(ASSIGNMENT_DUE, steps.grant(caseNo(execution), reason, urgentAid).timer());
        execution.setVariable(URGENT_AID_GRANTED, urgentAid);
        if (urgentAid) {
            execution.setVariable(PAPERWORK_DUE, steps.paperworkDue(caseNo(execution)).timer());
            // pre-fills the review form: the declared income, to be confirmed against the paperwork
            execution.setVariable(PAPERWORK_ECONOMIC_HARDSHIP, flag(execution, ECONOMIC_HARDSHIP));
        }
    }
}
