package org.workright.supervision;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.workright.WorkRightTest;
import org.workright.system.StepCosts;

/**
 * What each step of a supervision case costs the database, from the complaint to the confirmed
 * correction, held against the budget (see {@link StepCosts}); the path runs once unmeasured first.
 */
@WorkRightTest
class SupervisionStepCostTest {

    @Autowired
    ProcessEngine engine;

    @BeforeEach
    void aFixedDay() {
        init(engine);
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.parse("2025-09-26T10:00:00+08:00").toInstant()));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void everyStepCostsWhatItsBudgetSays() throws Exception {
        walk(new StepCosts("warm-up"));
        StepCosts costs = new StepCosts("supervision");
        walk(costs);
        costs.assertWithinBudget();
    }

    /** A task completed, as its people would; finding the task is not part of the step. */
    private void complete(StepCosts costs, String step, ProcessInstance pi, Map<String, Object> variables) {
        String taskId = task(pi).getId();
        costs.step(step, () -> engine.getTaskService().complete(taskId, variables));
    }

    private void walk(StepCosts costs) {
        SupervisionDriver driver = new SupervisionDriver(engine);
        ProcessInstance[] pi = new ProcessInstance[1];
        costs.step("register", () -> pi[0] = driver.register(SupervisionDriver.MACHINERY, false));
        complete(costs, "triage", pi[0], withVariables("accepted", true));
        complete(costs, "investigate", pi[0], SupervisionDriver.investigation("inspector1, inspector2"));
        complete(costs, "draft-notice", pi[0], withVariables("requiredCorrection", "补发加班工资"));
        complete(costs, "approve-notice", pi[0], withVariables("approved", true));
        complete(costs, "record-service", pi[0], withVariables("serviceDate", "2025-09-26",
                "serviceMethod", "DIRECT", "serviceRecipient", "王经理"));
        complete(costs, "enterprise-reply", pi[0], withVariables("replyText", "已补发拖欠工资",
                "correctiveMeasures", "9月工资已于10月10日发放", "replyEvidence", "工资发放记录"));
        complete(costs, "follow-up", pi[0], withVariables("corrected", true,
                "followUpNote", "经核实工资已足额发放"));
    }
}
