package org.workright.legalaid;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.workright.casework.ProcessVariables;

/**
 * Task_RegisterApplication: an application taken by office staff with the start form becomes a
 * case. The form's raw fields (ID number, phone...) are moved into the case row and removed from
 * the process, so the engine never keeps personal data.
 */
@Component("legalAidRequestRegisterApplication")
class RegisterApplicationDelegate implements JavaDelegate {

    static final String CHANNEL = "channel";
    static final List<String> FORM_FIELDS = Stream.concat(
            Arrays.stream(LegalAidApplication.class.getRecordComponents()).map(c -> c.getName()),
            Stream.of(CHANNEL)).toList();

    private final LegalAidIntake intake;

    RegisterApplicationDelegate(LegalAidIntake intake) {
        this.intake = intake;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, Object> fields = new HashMap<>();
        FORM_FIELDS.forEach(name -> fields.put(name, execution.getVariable(name)));
        String channel = ProcessVariables.string(execution, CHANNEL);
        Map<String, Object> variables = intake.registerFromForm(fields, channel == null ? "WALK_IN" : channel);
        execution.removeVariables(FORM_FIELDS);
        execution.setVariables(variables);
        execution.setProcessBusinessKey((String) variables.get(LegalAidProcess.Var.CASE_NO));
    }
}
