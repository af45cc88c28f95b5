package org.workright.supervision;

import static org.workright.supervision.SupervisionProcess.Var.*;
import static org.workright.system.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordReply: the enterprise's written reply. */
@Component
class RecordReplyDelegate implements JavaDelegate {

    private final SupervisionSteps steps;

    RecordReplyDelegate(SupervisionSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.recordReply(caseNo(execution), requiredString(execution, REPLY_TEXT),
                requiredString(execution, CORRECTIVE_MEASURES), string(execution, REPLY_EVIDENCE));
        execution.removeVariable(CORRECTED);
    }
}
