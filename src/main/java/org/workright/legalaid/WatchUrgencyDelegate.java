package org.workright.legalaid;

import static org.workright.legalaid.LegalAidProcess.Var.*;
import static org.workright.casework.ProcessVariables.*;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.workright.casework.Deadline;

/**
 * Gateway_UrgencyArisen (listener, after the completeness check), Task_WatchUrgency and
 * Task_WatchUrgencyWhileAssigning (each day while the case waits for a decision or a lawyer): has urgency arisen? At the
 * completeness check the office is asked to confirm urgent aid; while the case waits, its open tasks
 * are raised and the assignment is due by the urgent day.
 */
@Component("legalAidRequestWatchUrgency")
class WatchUrgencyDelegate implements JavaDelegate, ExecutionListener {

    private final LegalAidUrgency urgency;

    WatchUrgencyDelegate(LegalAidUrgency urgency) {
        this.urgency = urgency;
    }

    @Override
    public void notify(DelegateExecution execution) {
        execute(execution);
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNo = caseNo(execution);
        Optional<String> why = urgency.arisen(caseNo);
        boolean atCompletenessCheck = LegalAidProcess.Activity.URGENCY_ARISEN.equals(execution.getCurrentActivityId());
        if (atCompletenessCheck) {
            execution.setVariable(URGENCY_ARISEN, why.isPresent());
        }
        if (why.isEmpty()) {
            return;
        }
        execution.setVariable(URGENT, true);
        execution.setVariable(CASE_SUMMARY, urgency.summary(caseNo));
        if (!atCompletenessCheck) {
            Deadline due = urgency.raiseOpenTasks(execution.getProcessEngineServices(), caseNo,
                    execution.getProcessInstanceId(), why.get());
            execution.setVariable(ASSIGNMENT_DUE, due.timer());
        }
    }
}
