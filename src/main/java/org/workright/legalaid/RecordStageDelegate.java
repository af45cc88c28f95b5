package org.workright.legalaid;

import static org.workright.legalaid.LegalAidProcess.Var.*;
import static org.workright.casework.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordStage: the lawyer's progress entry, which may start a dispute clock. */
@Component("legalAidRequestRecordStage")
class RecordStageDelegate implements JavaDelegate {

    private final LegalAidHandlingSteps steps;

    RecordStageDelegate(LegalAidHandlingSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.recordStage(caseNo(execution), choice(execution, STAGE, DisputeStage.class),
                date(execution, STAGE_DATE), string(execution, NOTE), optionalChoice(execution, AWARD_SUBJECT, AwardSubject.class),
                amount(execution, AWARD_AMOUNT));
    }
}
