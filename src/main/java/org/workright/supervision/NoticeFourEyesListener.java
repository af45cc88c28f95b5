package org.workright.supervision;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.workright.people.CurrentUser;

/**
 * Task_DraftNotice completed: who drafted the 意见书 is kept on the case (not in a variable a later
 * form could overwrite), so that {@link IssueNoticeDelegate} can refuse an approval by the same
 * person. Inspection leads are often inspectors too; the candidate groups alone do not ensure it.
 */
@Component("labourLawSupervisionNoticeFourEyes")
class NoticeFourEyesListener implements TaskListener {

    private final SupervisionNoticeSteps steps;
    private final CurrentUser currentUser;

    NoticeFourEyesListener(SupervisionNoticeSteps steps, CurrentUser currentUser) {
        this.steps = steps;
        this.currentUser = currentUser;
    }

    @Override
    public void notify(DelegateTask task) {
        steps.recordDrafter(task.getExecution().getProcessBusinessKey(), currentUser.id());
    }
}
