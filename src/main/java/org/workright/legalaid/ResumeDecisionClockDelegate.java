package org.workright.legalaid;

import static org.workright.casework.ProcessVariables.caseNo;
import static org.workright.casework.ProcessVariables.date;
import static org.workright.legalaid.LegalAidProcess.Var.SUPPLIED_ON;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_ResumeDecisionClock: the supplied material is in, so the decision clock runs on from where
 * the 补充材料通知书 stopped it; the next completeness check is due within what is left.
 */
@Component("legalAidRequestResumeDecisionClock")
class ResumeDecisionClockDelegate implements JavaDelegate {

    private final LegalAidDecisionSteps steps;

    ResumeDecisionClockDelegate(LegalAidDecisionSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.resumeDecisionClock(caseNo(execution), date(execution, SUPPLIED_ON)).setOn(execution);
    }
}
