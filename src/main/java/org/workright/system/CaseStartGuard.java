package org.workright.system;

import java.util.Map;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * Where a process's start paths have named their case (end of a message start event, end of the
 * registering task): the case must exist and be handled by this instance only, and the instance's
 * case variables come from the record. Start messages can be sent by anyone allowed to start the
 * process, with any business key and variables; this is what makes that harmless.
 */
public abstract class CaseStartGuard implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        String caseNo = execution.getProcessBusinessKey();
        if (caseNo == null || !claim(caseNo, execution.getProcessInstanceId())) {
            // /engine-rest/message answers BadUserRequestException with 400 (other engine exceptions: 500)
            throw new BadUserRequestException("案件不存在或已在办理中：" + caseNo);
        }
        execution.setVariables(variablesOf(caseNo));
    }

    /** Records the instance on the case if the case exists and has none yet; false otherwise. */
    protected abstract boolean claim(String caseNo, String processInstanceId);

    protected abstract Map<String, Object> variablesOf(String caseNo);
}
