package org.workright.supervision;

import static org.workright.supervision.SupervisionProcess.Var.*;
import static org.workright.casework.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ConfirmCorrection: 整改确认书, the case closes as corrected. */
@Component("labourLawSupervisionConfirmCorrection")
class ConfirmCorrectionDelegate implements JavaDelegate {

    private final SupervisionNoticeSteps steps;

    ConfirmCorrectionDelegate(SupervisionNoticeSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // corrected after the warning (checkNote) or after the notice (followUpNote)
        String note = string(execution, FOLLOW_UP_NOTE) != null ? string(execution, FOLLOW_UP_NOTE)
                : string(execution, CHECK_NOTE);
        steps.confirmCorrection(caseNo(execution), note);
    }
}
