package org.workright.legalaid;

import static org.workright.legalaid.LegalAidProcess.Var.*;
import static org.workright.casework.ProcessVariables.*;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ScheduleReminder: when the lawyer is next reminded, and of what. */
@Component("legalAidRequestScheduleReminder")
class ScheduleReminderDelegate implements JavaDelegate {

    private final LegalAidHandlingSteps steps;

    ScheduleReminderDelegate(LegalAidHandlingSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // each round of Task_HandleCase starts with an empty form
        execution.removeVariables(List.of(ACTION, STAGE, STAGE_DATE, NOTE, APPROVED, AWARD_SUBJECT, AWARD_AMOUNT));
        LegalAidHandlingSteps.Reminder next = steps.nextReminder(caseNo(execution),
                lines(execution, ACKNOWLEDGED_REMINDERS));
        execution.setVariable(LAWYER_ID, next.lawyerId());
        execution.setVariable(NEXT_REMINDER_AT, next.at());
        execution.setVariable(REMINDER_TEXT, next.text());
        execution.setVariable(REMINDER_KEY, next.key());
        execution.setVariable(DISPUTE_CLOCKS, next.clocks());
    }
}
