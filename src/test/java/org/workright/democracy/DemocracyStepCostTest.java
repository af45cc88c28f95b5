package org.workright.democracy;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.workright.ProcessClock;
import org.workright.WorkRightTest;
import org.workright.enterprises.EnterpriseRegister;
import org.workright.system.StepCosts;

/**
 * What each step of a check costs the database, from its start (one enterprise of the yearly round)
 * through a failed review, the correction report and its verification, held against the budget
 * (see {@link StepCosts}); the path runs once unmeasured first.
 */
@WorkRightTest
class DemocracyStepCostTest {

    @RegisterExtension
    static final ProcessClock clock = ProcessClock.at("2027-03-02T10:00:00+08:00");

    @Autowired
    ProcessEngine engine;
    @Autowired
    DemocracyChecks starts;
    @Autowired
    EnterpriseRegister register;

    @BeforeEach
    void setUp() {
        init(engine);
    }

    @Test
    void everyStepCostsWhatItsBudgetSays() throws Exception {
        walk(new StepCosts("warm-up"));
        StepCosts costs = new StepCosts("democracy-checks");
        walk(costs);
        costs.assertWithinBudget();
    }

    private void complete(StepCosts costs, String name, String caseNo, String activity, Map<String, Object> vars) {
        String id = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNo)
                .taskDefinitionKey(activity).singleResult().getId();
        costs.step(name, () -> engine.getTaskService().complete(id, vars));
    }

    private void walk(StepCosts costs) {
        String code = DemocracyDriver.enterprise(register, "530111", "官渡区", 1000, false);
        String[] caseNo = new String[1];
        costs.step("start", () -> caseNo[0] = starts.startOne(code, 2027, "democracy1"));
        complete(costs, "report", caseNo[0], DemocracyProcess.Activity.SUBMIT,
                DemocracyDriver.with(DemocracyDriver.soundCongress(2027), "representatives", 49));
        complete(costs, "review-not-compliant", caseNo[0], DemocracyProcess.Activity.REVIEW, Map.of("compliant", "false"));
        complete(costs, "report-correction", caseNo[0], DemocracyProcess.Activity.REPORT_CORRECTION,
                DemocracyDriver.with(DemocracyDriver.soundCongress(2027), "correctionNote", "补选职工代表1名。"));
        complete(costs, "verify-corrected", caseNo[0], DemocracyProcess.Activity.VERIFY_CORRECTION, Map.of("corrected", "true"));
    }
}
