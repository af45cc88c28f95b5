package org.workright.supervision;

import static org.workright.supervision.SupervisionProcess.Var.*;
import static org.workright.casework.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordReply: the enterprise's written reply. */
@Component("labourLawSupervisionRecordReply")
class RecordReplyDelegate implements JavaDelegate {

    /** The variables a case legitimately has once the enterprise has replied. */
    static final java.util.Set<String> AFTER_REPLY = java.util.Set.of(CASE_NO, CASE_SUMMARY, CREDIT_CODE,
            ENTERPRISE_GROUP, ACCEPTED, SEND_WARNING, APPROVED, NOTICE_NUMBER, NOTICE_LETTER_ID, REQUIRED_CORRECTION,
            SERVICE_DATE, SERVICE_METHOD, SERVICE_RECIPIENT, REPLY_DUE_AT, REPLY_DUE_TEXT, REPLY_TEXT,
            CORRECTIVE_MEASURES, REPLY_EVIDENCE);

    private final SupervisionSteps steps;

    RecordReplyDelegate(SupervisionSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNo = caseNo(execution);
        steps.recordReply(caseNo, requiredString(execution, REPLY_TEXT),
                requiredString(execution, CORRECTIVE_MEASURES), string(execution, REPLY_EVIDENCE));
        // the enterprise's form could have submitted any variable: keep only what the case had
        // before plus its reply, and restore the case's own values from the record
        execution.getVariableNames().stream().filter(name -> !AFTER_REPLY.contains(name))
                .forEach(execution::removeVariable);
        execution.setVariables(steps.variablesAfterReply(caseNo));
    }
}
