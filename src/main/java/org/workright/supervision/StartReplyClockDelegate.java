package org.workright.supervision;

import static org.workright.supervision.SupervisionProcess.Var.*;
import static org.workright.casework.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_StartReplyClock: 送达回证, and the 15-working-day reply deadline from the day of service. */
@Component("labourLawSupervisionStartReplyClock")
class StartReplyClockDelegate implements JavaDelegate {

    private final SupervisionNoticeSteps steps;

    StartReplyClockDelegate(SupervisionNoticeSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SupervisionNoticeSteps.Served served = steps.recordService(caseNo(execution), date(execution, SERVICE_DATE),
                choice(execution, SERVICE_METHOD, ServiceMethod.class), requiredString(execution, SERVICE_RECIPIENT));
        // the reply task's candidate group: from the record, whatever an earlier form submitted
        execution.setVariable(ENTERPRISE_GROUP, served.enterpriseGroup());
        execution.setVariable(REPLY_DUE_AT, served.replyDue().timer());
        execution.setVariable(REPLY_DUE_TEXT, served.replyDue().text());
    }
}
