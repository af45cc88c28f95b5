package org.workright.supervision;

import static org.workright.casework.ProcessVariables.flag;
import static org.workright.supervision.SupervisionProcess.Var.CORRECTED;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_FollowUpCheck completed: a finding of "not corrected" waits for the end of the notice's
 * correction period, so the task does not complete before it (the 建议书 that follows says so).
 */
@Component("labourLawSupervisionFollowUpCheck")
class FollowUpCheckListener implements TaskListener {

    private final SupervisionNoticeSteps steps;

    FollowUpCheckListener(SupervisionNoticeSteps steps) {
        this.steps = steps;
    }

    @Override
    public void notify(DelegateTask task) {
        if (!flag(task, CORRECTED)) {
            steps.requireCorrectionPeriodOver(task.getExecution().getProcessBusinessKey());
        }
    }
}
