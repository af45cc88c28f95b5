package org.workright.supervision;

import static org.workright.casework.ProcessVariables.*;
import static org.workright.supervision.SupervisionProcess.Var.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.workright.casework.Deadline;

/** Task_StartAnswerClock: the department's 5 working days from its receipt of the 建议书 (art 23). */
@Component("labourLawSupervisionStartAnswerClock")
class StartAnswerClockDelegate implements JavaDelegate {

    private final SupervisionReferralSteps steps;

    StartAnswerClockDelegate(SupervisionReferralSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Deadline due = steps.recordRecommendationReceipt(caseNo(execution), date(execution, RECEIVED_ON),
                choice(execution, RECEIPT_METHOD, ServiceMethod.class), requiredString(execution, RECEIPT_RECIPIENT));
        execution.setVariable(ANSWER_DUE_AT, due.timer());
        execution.setVariable(ANSWER_DUE_TEXT, due.text());
    }
}
