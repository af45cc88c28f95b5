package org.workright.supervision;

import static org.workright.supervision.SupervisionProcess.Var.*;
import static org.workright.casework.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.workright.casework.Deadline;

/**
 * Task_RecordReply: the enterprise's written reply. The reply task's party listener has already
 * dropped whatever else the enterprise's form submitted and restored the case's own variables. The
 * follow-up check is due after the notice's correction period.
 */
@Component("labourLawSupervisionRecordReply")
class RecordReplyDelegate implements JavaDelegate {

    private final SupervisionNoticeSteps steps;

    RecordReplyDelegate(SupervisionNoticeSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Deadline followUp = steps.recordReply(caseNo(execution), requiredString(execution, REPLY_TEXT),
                requiredString(execution, CORRECTIVE_MEASURES), string(execution, REPLY_EVIDENCE));
        execution.setVariable(FOLLOW_UP_DUE_AT, followUp.timer());
        execution.setVariable(FOLLOW_UP_DUE_TEXT, followUp.text());
    }
}
