package org.workright.supervision;

import static org.workright.supervision.SupervisionProcess.Var.*;
import static org.workright.casework.ProcessVariables.flag;
import static org.workright.casework.ProcessVariables.string;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RegisterCase: an inspector's start form becomes a case. The complainant's name moves into
 * the case row and out of the process, so only letters with consent ever show it.
 */
@Component("labourLawSupervisionRegisterCase")
class RegisterCaseDelegate implements JavaDelegate {

    private final SupervisionIntake intake;

    RegisterCaseDelegate(SupervisionIntake intake) {
        this.intake = intake;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, Object> variables = intake.registerFromForm(string(execution, CREDIT_CODE),
                string(execution, SOURCE), string(execution, FACTS), string(execution, COMPLAINANT_NAME),
                flag(execution, COMPLAINANT_CONSENTS));
        execution.removeVariables(List.of(COMPLAINANT_NAME, COMPLAINANT_CONSENTS, FACTS, SOURCE));
        execution.setVariables(variables);
        execution.setProcessBusinessKey((String) variables.get(CASE_NO));
    }
}
