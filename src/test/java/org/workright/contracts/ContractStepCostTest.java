package org.workright.contracts;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.workright.ProcessClock;
import org.workright.WorkRightTest;
import org.workright.contracts.ContractProcess.Activity;
import org.workright.system.StepCosts;

/**
 * What each step of a filing costs the database, from the filing to the contract in force, and of
 * a re-filing after an objection, held against the budget (see {@link StepCosts}); the path runs
 * once unmeasured first.
 */
@WorkRightTest
class ContractStepCostTest {

    @RegisterExtension
    static final ProcessClock clock = ProcessClock.at("2025-09-20T10:00:00+08:00");

    @Autowired
    ProcessEngine engine;
    @Autowired
    ContractIntake intake;

    @BeforeEach
    void aFixedDay() {
        init(engine);
    }

    @Test
    void everyStepCostsWhatItsBudgetSays() throws Exception {
        walk(new StepCosts("warm-up"));
        StepCosts costs = new StepCosts("collective-contracts");
        walk(costs);
        costs.assertWithinBudget();
    }

    private void complete(StepCosts costs, String name, String caseNo, String activity, java.util.Map<String, Object> vars) {
        String id = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNo)
                .taskDefinitionKey(activity).singleResult().getId();
        costs.step(name, () -> engine.getTaskService().complete(id, vars));
    }

    private void walk(StepCosts costs) {
        clock.moveTo("2025-09-20T10:00:00+08:00");
        ContractDriver driver = new ContractDriver(engine.getIdentityService());
        String[] caseNo = new String[1];
        costs.step("file", () -> caseNo[0] = intake.file(ContractDriver.contract(LocalDate.of(2025, 9, 18)), null,
                ContractDriver.documents(), driver.user("enterpriseA")));
        complete(costs, "union-opinion", caseNo[0], Activity.UNION_OPINION, withVariables("unionOpinion", "同意"));
        complete(costs, "object", caseNo[0], Activity.REVIEW, withVariables("objects", true, "opinion", "请修改第十二条。"));
        costs.step("refile", () -> intake.refile(caseNo[0], ContractDriver.contract(LocalDate.of(2025, 9, 19)),
                ContractDriver.documents(), driver.user("enterpriseA")));
        complete(costs, "union-opinion-again", caseNo[0], Activity.UNION_OPINION, withVariables("unionOpinion", "同意"));
        complete(costs, "approve", caseNo[0], Activity.REVIEW, withVariables("objects", false));
        complete(costs, "confirm-publication", caseNo[0], Activity.CONFIRM_PUBLICATION,
                withVariables("publishedOn", "2025-09-20", "publicationNote", "厂务公开栏"));
    }
}
