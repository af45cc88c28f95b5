package org.workright.casework;

import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Function;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.workright.system.UserFacing;

/**
 * Where a process's start paths have named their case (end of a message start event, end of the
 * registering task): the case must exist and be handled by this instance only, and the instance's
 * case variables come from the record. Start messages can be sent by anyone allowed to start the
 * process, with any business key and variables; this is what makes that harmless.
 */
public class CaseStartGuard implements ExecutionListener {

    private final BiPredicate<String, String> claim;
    private final Function<String, Map<String, Object>> variablesOf;

    /**
     * @param claim (case number, process instance id): records the instance on the case if the
     *        case exists and has none yet; false otherwise
     * @param variablesOf the case variables, as recorded
     */
    protected CaseStartGuard(BiPredicate<String, String> claim, Function<String, Map<String, Object>> variablesOf) {
        this.claim = claim;
        this.variablesOf = variablesOf;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String caseNo = execution.getProcessBusinessKey();
        if (caseNo == null || !claim.test(caseNo, execution.getProcessInstanceId())) {
            throw UserFacing.badRequest(new BadUserRequestException(caseNo == null ? "未指明案件" : "案件不存在或已在办理中：" + caseNo));
        }
        execution.setVariables(variablesOf.apply(caseNo));
    }
}
