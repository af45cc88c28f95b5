package org.workright.supervision;

import static org.workright.casework.ProcessVariables.caseNo;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import org.workright.people.EngineAccess;

/**
 * End of Task_EnterpriseReply, whether answered or timed out: the enterprise's read access to the
 * process instance ends with it. Everything recorded afterwards (follow-up check, 建议书, the
 * department's answer) is the union's and the department's business, and the enterprise keeps
 * seeing the letters served on it through its file, not through the engine.
 */
@Component("labourLawSupervisionCloseEnterpriseAccess")
class CloseEnterpriseAccessListener implements ExecutionListener {

    private final SupervisionSteps steps;
    private final EngineAccess engineAccess;

    CloseEnterpriseAccessListener(SupervisionSteps steps, EngineAccess engineAccess) {
        this.steps = steps;
        this.engineAccess = engineAccess;
    }

    @Override
    public void notify(DelegateExecution execution) {
        // from the case record: the reply form may have submitted any enterpriseGroup variable
        engineAccess.revokeGroupRead(execution.getProcessInstanceId(), steps.enterpriseGroup(caseNo(execution)));
    }
}
