package org.workright.legalaid;

import static org.workright.legalaid.LegalAidProcess.Var.*;
import static org.workright.casework.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ScheduleReminder: when the lawyer is next reminded, and of what. */
@Component("legalAidRequestScheduleReminder")
class ScheduleReminderDelegate implements JavaDelegate {

    private final LegalAidSteps steps;

    ScheduleReminderDelegate(LegalAidSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // each round of Task_HandleCase starts with an empty form
        execution.removeVariables(java.util.List.of(ACTION, STAGE, STAGE_DATE, NOTE, APPROVED));
        execution.setVariable(LAWYER_ID, steps.assignedLawyer(caseNo(execution)));
        LegalAidSteps.Reminder next = steps.nextReminder(caseNo(execution),
                lines(execution, ACKNOWLEDGED_REMINDERS));
        execution.setVariable(NEXT_REMINDER_AT, next.at());
        execution.setVariable(REMINDER_TEXT, next.text());
        execution.setVariable(REMINDER_KEY, next.key());
    }
}
