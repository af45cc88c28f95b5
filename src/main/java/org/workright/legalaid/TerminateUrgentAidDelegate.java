package org.workright.legalaid;

import static org.workright.legalaid.LegalAidProcess.Var.URGENT_REVIEW_REASON;
import static org.workright.casework.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_TerminateUrgentAid: 终止法律援助决定书 after the urgent-aid review or a lapsed supplement deadline. */
@Component("legalAidRequestTerminateUrgentAid")
class TerminateUrgentAidDelegate implements JavaDelegate {

    private final LegalAidHandlingSteps steps;

    TerminateUrgentAidDelegate(LegalAidHandlingSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // reached from the review (with its reason) or from the lapsed supplement deadline (without)
        String reason = string(execution, URGENT_REVIEW_REASON);
        steps.terminateUrgentAid(caseNo(execution), reason != null ? reason : "逾期未按补充材料通知书补办有关手续、补充有关材料");
    }
}
