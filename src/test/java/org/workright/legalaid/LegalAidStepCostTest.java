package org.workright.legalaid;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;
import java.util.EnumSet;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.workright.WorkRightTest;
import org.workright.system.StepCosts;

/**
 * What each step of a legal-aid case costs the database, from the application to its closure, held
 * against the budget (see {@link StepCosts}). The path runs once unmeasured first, so a year's
 * first letter number or a first read of the process definition does not count.
 */
@WorkRightTest
class LegalAidStepCostTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    LegalAidIntake intake;
    @Autowired
    LawyerRepository lawyers;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void oneLawyerOnAFixedDay() {
        init(engine);
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 1, 5, 10, 0, 0, 0, ZoneId.of("Asia/Shanghai"))
                .toInstant()));
        jdbc.sql("update lawyer set active = false").update();
        lawyers.save("stepCostLawyer", "测试律师", "测试律师事务所", "0871-60000000",
                EnumSet.of(ClaimType.WAGE_ARREARS), 50);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void everyStepCostsWhatItsBudgetSays() throws Exception {
        walk(new StepCosts("warm-up"));
        StepCosts costs = new StepCosts("legal-aid");
        walk(costs);
        costs.assertWithinBudget();
    }

    /** A task completed, as its people would; finding the task is not part of the step. */
    private void complete(StepCosts costs, String step, ProcessInstance pi, Map<String, Object> variables) {
        String taskId = task(pi).getId();
        costs.step(step, () -> engine.getTaskService().complete(taskId, variables));
    }

    private void walk(StepCosts costs) {
        String[] caseNo = new String[1];
        costs.step("apply", () -> caseNo[0] = intake.submit(TestApplications.wageClaim().build()).caseNo());
        ProcessInstance pi = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(caseNo[0]).singleResult();
        complete(costs, "check-completeness", pi, withVariables("complete", true, "seriousInfringement", false));
        complete(costs, "decide", pi, withVariables("grantAid", true, "decisionReason", "符合条件"));
        complete(costs, "accept-assignment", pi, withVariables("accepted", true));
        complete(costs, "record-stage", pi, withVariables("handlingAction", "RECORD_STAGE",
                "stage", "ARBITRATION", "stageDate", "2026-01-05", "note", "仲裁委已受理"));
        complete(costs, "request-closure", pi, withVariables("handlingAction", "REQUEST_CLOSURE",
                "closureOutcome", "调解成功", "closureReport", "经调解，用人单位同意支付拖欠工资。"));
        complete(costs, "review-closure", pi, withVariables("approved", true));
    }
}
