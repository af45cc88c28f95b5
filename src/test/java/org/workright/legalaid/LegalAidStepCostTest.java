package org.workright.legalaid;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.EnumSet;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.workright.ProcessClock;
import org.workright.WorkRightTest;
import org.workright.system.StepCosts;

/**
 * What each step of a legal-aid case costs the database, from the application to its closure, held
 * against the budget (see {@link StepCosts}). The path runs once unmeasured first, so a year's
 * first letter number or a first read of the process definition does not count.
 */
@WorkRightTest
class LegalAidStepCostTest {

    @RegisterExtension
    static final ProcessClock clock = ProcessClock.at("2026-01-05T10:00:00+08:00");

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
        jdbc.sql("update lawyer set active = false").update();
        lawyers.save("stepCostLawyer", "测试律师", "测试律师事务所", "0871-60000000",
                EnumSet.of(ClaimType.WAGE_ARREARS), 50);
    }

    @Test
    void everyStepCostsWhatItsBudgetSays() throws Exception {
        walk(new StepCosts("warm-up"));
        StepCosts costs = new StepCosts("legal-aid");
        walk(costs);
        costs.assertWithinBudget();
    }


    private void walk(StepCosts costs) {
        String[] caseNo = new String[1];
        costs.step("apply", () -> caseNo[0] = intake.submit(TestApplications.wageClaim().build()).caseNo());
        ProcessInstance pi = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(caseNo[0]).singleResult();
        costs.complete("check-completeness", engine, pi, withVariables("complete", true, "seriousInfringement", false));
        costs.complete("decide", engine, pi, withVariables("grantAid", true, "decisionReason", "符合条件"));
        costs.complete("accept-assignment", engine, pi, withVariables("accepted", true));
        costs.complete("record-stage", engine, pi, withVariables("handlingAction", "RECORD_STAGE",
                "stage", "ARBITRATION", "stageDate", "2026-01-05", "note", "仲裁委已受理"));
        costs.complete("request-closure", engine, pi, withVariables("handlingAction", "REQUEST_CLOSURE",
                "closureOutcome", "调解成功", "closureReport", "经调解，用人单位同意支付拖欠工资。"));
        costs.complete("review-closure", engine, pi, withVariables("approved", true));
    }
}
