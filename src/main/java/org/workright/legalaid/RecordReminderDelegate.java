package org.workright.legalaid;

import static org.workright.legalaid.LegalAidProcess.Var.ACKNOWLEDGED_REMINDERS;
import static org.workright.legalaid.LegalAidProcess.Var.REMINDER_KEY;
import static org.workright.casework.ProcessVariables.lines;
import static org.workright.casework.ProcessVariables.requiredString;

import java.util.LinkedHashSet;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordReminder: the lawyer has seen the reminder, so the next schedule skips it. */
@Component("legalAidRequestRecordReminder")
class RecordReminderDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        Set<String> acknowledged = new LinkedHashSet<>(lines(execution, ACKNOWLEDGED_REMINDERS));
        acknowledged.add(requiredString(execution, REMINDER_KEY));
        execution.setVariable(ACKNOWLEDGED_REMINDERS, String.join("\n", acknowledged));
    }
}
