package org.workright.legalaid;

import static org.workright.casework.ProcessVariables.caseNo;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Gateway_Registered reached, by either door: the 7-day decision clock runs from the day the
 * application was received (LAL art 43), not from a later completeness check, and the check is
 * due within it.
 */
@Component("legalAidRequestStartDecisionClock")
class StartDecisionClockListener implements ExecutionListener {

    private final LegalAidDecisionSteps steps;

    StartDecisionClockListener(LegalAidDecisionSteps steps) {
        this.steps = steps;
    }

    @Override
    public void notify(DelegateExecution execution) {
        steps.decisionClock(caseNo(execution)).setOn(execution);
    }
}
