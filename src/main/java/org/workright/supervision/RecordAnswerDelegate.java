package org.workright.supervision;

import static org.workright.supervision.SupervisionProcess.Var.*;
import static org.workright.casework.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.workright.casework.Deadline;

/** Task_RecordAnswer: case opened (the inspection clock starts) or refused. */
@Component("labourLawSupervisionRecordAnswer")
class RecordAnswerDelegate implements JavaDelegate {

    private final SupervisionReferralSteps steps;

    RecordAnswerDelegate(SupervisionReferralSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Deadline due = steps.recordAnswer(caseNo(execution), flag(execution, CASE_OPENED),
                date(execution, CASE_OPENED_ON), requiredString(execution, ANSWER_NOTE));
        if (due != null) {
            execution.setVariable(INSPECTION_DUE_AT, due.timer());
            execution.setVariable(INSPECTION_DUE_TEXT, due.text());
        }
    }
}
