package org.workright.supervision;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;


import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.workright.ProcessClock;
import org.workright.WorkRightTest;
import org.workright.system.StepCosts;

/**
 * What each step of a supervision case costs the database, from the complaint to the confirmed
 * correction, and of a case referred to the labour department to its conclusion, held against the budget (see {@link StepCosts}); the path runs once unmeasured first.
 */
@WorkRightTest
class SupervisionStepCostTest {

    @RegisterExtension
    static final ProcessClock clock = ProcessClock.at("2025-09-26T10:00:00+08:00");

    @Autowired
    ProcessEngine engine;

    @BeforeEach
    void aFixedDay() {
        init(engine);
    }

    @Test
    void everyStepCostsWhatItsBudgetSays() throws Exception {
        walk(new StepCosts("warm-up"));
        StepCosts costs = new StepCosts("supervision");
        walk(costs);
        costs.assertWithinBudget();
    }


    private void walk(StepCosts costs) {
        clock.moveTo("2025-09-26T10:00:00+08:00");
        SupervisionDriver driver = new SupervisionDriver(engine);
        ProcessInstance[] pi = new ProcessInstance[1];
        costs.step("register", () -> pi[0] = driver.register(SupervisionDriver.MACHINERY, false));
        costs.complete("triage", engine, pi[0], withVariables("accepted", true));
        costs.complete("investigate", engine, pi[0], SupervisionDriver.investigation("inspector1, inspector2"));
        costs.complete("draft-notice", engine, pi[0], withVariables("requiredCorrection", "补发加班工资", "correctionDays", 30));
        costs.complete("approve-notice", engine, pi[0], withVariables("approved", true));
        costs.complete("record-service", engine, pi[0], withVariables("serviceDate", "2025-09-26",
                "serviceMethod", "DIRECT", "serviceRecipient", "王经理"));
        costs.complete("enterprise-reply", engine, pi[0], withVariables("replyText", "已补发拖欠工资",
                "correctiveMeasures", "9月工资已于10月10日发放", "replyEvidence", "工资发放记录"));
        costs.complete("follow-up", engine, pi[0], withVariables("corrected", true,
                "followUpNote", "经核实工资已足额发放"));

        // a second case the enterprise does not correct goes to the labour department
        ProcessInstance referred = driver.noticeServed(driver.register(SupervisionDriver.MACHINERY, false), "2025-09-26");
        engine.getTaskService().complete(task(referred).getId(), withVariables("replyText", "无", "correctiveMeasures", "无"));
        // not corrected can be found once the notice's 30 days are over
        clock.moveTo("2025-10-28T10:00:00+08:00");
        costs.complete("follow-up-not-corrected", engine, referred, withVariables("corrected", false,
                "followUpNote", "仍未支付"));
        costs.complete("sign-recommendation", engine, referred, withVariables("signNote", "同意"));
        costs.complete("receive-recommendation", engine, referred, withVariables("recommendationReceivedOn",
                "2025-10-28", "recommendationReceiptMethod", "ELECTRONIC", "recommendationRecipient", "李科长"));
        costs.complete("department-answer", engine, referred, withVariables("caseOpened", true,
                "caseOpenedOn", "2025-10-28", "answerNote", "已立案"));
        costs.complete("inspection-outcome", engine, referred, withVariables("inspectionAction", "CONCLUDE",
                "outcome", "责令补发工资"));
    }
}
