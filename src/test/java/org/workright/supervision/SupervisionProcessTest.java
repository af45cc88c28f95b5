package org.workright.supervision;

import static org.workright.ProcessClock.startOfDay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.workright.supervision.SupervisionProcess.Activity.*;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.workright.ProcessClock;
import org.workright.WorkRightTest;
import org.workright.enterprises.EnterpriseRegister;
import org.workright.letters.Letter;
import org.workright.letters.LetterService;

/** Every path of processes/labour-law-supervision.bpmn through the real engine. */
@WorkRightTest
class SupervisionProcessTest {

    /** 石林示例旅游开发有限公司, registered in 石林彝族自治县. */
    static final String SHILIN = "91530126MA6P3C9D3P";

    @RegisterExtension
    static final ProcessClock clock = ProcessClock.at("2025-09-26T10:00:00+08:00");

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** Friday 26 September 2025, just before the National Day holiday. */
    private static final ZonedDateTime NOW = ZonedDateTime.of(2025, 9, 26, 10, 0, 0, 0, ZONE);

    @Autowired
    ProcessEngine engine;
    @Autowired
    SupervisionCaseRepository cases;
    @Autowired
    LetterService letters;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void setUp() {
        init(engine);
    }

    /**
     * A case is handled where its enterprise is registered: in 石林 the Torch Festival (6 August 2026 in
     * the demo overlay) is a rest day, so the 15 working days from Monday 20 July end on Tuesday 11
     * August there and on Monday 10 August in 官渡区; each county's federation issues its own letters.
     */
    @Test
    void aShilinCaseCountsTheTorchFestival_andIsIssuedByShilinsFederation() {
        clock.moveTo(ZonedDateTime.of(2026, 7, 20, 9, 0, 0, 0, ZONE));
        ProcessInstance shilin = driver().noticeServed(driver().register(SHILIN, false), "2026-07-20");
        ProcessInstance guandu = noticeServed(register(false), "2026-07-20");

        assertThat(caseOf(shilin).replyDue()).isEqualTo(LocalDate.of(2026, 8, 11));
        assertThat(caseOf(guandu).replyDue()).isEqualTo(LocalDate.of(2026, 8, 10));
        assertThat(job(REPLY_OVERDUE, shilin).getDuedate()).isEqualTo(startOfDay(LocalDate.of(2026, 8, 12)));
        Letter notice = letters.findIssued(caseNo(shilin), "notice").orElseThrow();
        assertThat(notice.number()).startsWith("石工监意〔2026〕第");
        assertThat(notice.html()).contains("石林彝族自治县总工会").doesNotContain("昆明市总工会");
        assertThat(letters.findIssued(caseNo(guandu), "notice").orElseThrow().number()).startsWith("官工监意〔2026〕第");
        assertThat(letters.findIssued(caseNo(shilin), "service-receipt").orElseThrow().html()).contains("2026年8月11日");
    }

    @Test
    void aComplaintAlreadyBeforeArbitrationIsRejectedAtTriage() {
        ProcessInstance pi = register(false);
        assertThat(pi).isWaitingAt(TRIAGE);
        assertThat(task(pi)).hasCandidateGroup("inspectors");
        // no statute times triage: its service level, 5 working days from Friday 26 September 2025,
        // counts Sunday 28th (a make-up working day), skips the National Day holiday and ends on 10 October
        assertThat(task(pi)).hasDueDate(startOfDay(LocalDate.of(2025, 10, 11)));

        complete(task(pi), withVariables("accepted", false, "rejectionReason", "BEFORE_ARBITRATION",
                "rejectionNote", "已申请劳动仲裁"));

        assertThat(pi).hasPassed(REJECT).isEnded().hasPassed(END_REJECTED);
        assertThat(caseOf(pi).status()).isEqualTo(SupervisionStatus.REJECTED);
        assertThat(caseOf(pi).rejectionReason()).isEqualTo("BEFORE_ARBITRATION");
    }

    @Test
    void aReasonThatIsNotOnTheFormIsRefusedAsBadInput_andNothingMoves() {
        ProcessInstance pi = register(false);
        String taskId = task(pi).getId();

        // what the engine REST API (and so Tasklist) answers with 400, not 500
        assertThatThrownBy(() -> engine.getTaskService().complete(taskId,
                withVariables("accepted", false, "rejectionReason", "BOGUS")))
                .isInstanceOf(org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException.class)
                .hasMessageContaining("rejectionReason");
        assertThat(pi).isWaitingAt(TRIAGE);
        assertThat(caseOf(pi).status()).isNotEqualTo(SupervisionStatus.REJECTED);
    }

    /** A notice issued before notices carried a correction period is still served; its receipt names none. */
    @Test
    void aNoticeIssuedBeforeCorrectionPeriodsIsServedWithoutOne() {
        ProcessInstance pi = register(false);
        complete(task(pi), withVariables("accepted", true));
        complete(task(pi), investigation("inspector1, inspector2"));
        complete(task(pi), withVariables("requiredCorrection", "补发工资", "correctionDays", 30));
        complete(task(pi), withVariables("approved", true));
        jdbc.sql("update supervision_case set correction_days = null where case_no = ?").param(caseNo(pi)).update();

        complete(task(pi), withVariables("serviceDate", "2025-09-26", "serviceMethod", "DIRECT", "serviceRecipient", "王经理"));

        assertThat(pi).isWaitingAt(ENTERPRISE_REPLY);
        assertThat(caseOf(pi).correctionDue()).isNull();
        assertThat(letters.findIssued(caseNo(pi), "service-receipt").orElseThrow().html()).contains("书面答复期限")
                .doesNotContain("整改期限");
        complete(task(pi), withVariables("replyText", "已补发", "correctiveMeasures", "已发放"));
        // the follow-up check then runs from the reply: 10 working days from Friday 26 September, with
        // the make-up days (Sunday 28 September, Saturday 11 October) and the National Day holiday, end on 16 October
        assertThat(task(pi)).hasDueDate(startOfDay(LocalDate.of(2025, 10, 17)));
    }

    @Test
    void aNoticeWithoutACorrectionPeriodIsNotIssued() {
        ProcessInstance pi = register(false);
        complete(task(pi), withVariables("accepted", true));
        complete(task(pi), investigation("inspector1, inspector2"));
        complete(task(pi), withVariables("requiredCorrection", "补发工资", "correctionDays", 181));
        String approval = task(pi).getId();

        assertThatThrownBy(() -> engine.getTaskService().complete(approval, Map.of("approved", true)))
                .hasMessageContaining("整改期限应为自送达之日起1至180日");
        // a draft from before notices carried a correction period goes back to its drafter
        engine.getRuntimeService().removeVariable(pi.getId(), "correctionDays");
        assertThatThrownBy(() -> engine.getTaskService().complete(approval, Map.of("approved", true)))
                .hasMessageContaining("退回起草人");
        assertThat(letters.findIssued(caseNo(pi), "notice")).isEmpty();
    }

    /**
     * Labour Inspection Regulations art 20 binds the department: a breach that ended more than two
     * years ago is still taken up and its 意见书 issued, but the lead signing a 建议书 is warned.
     */
    @Test
    void aBreachEndedMoreThanTwoYearsAgoIsTakenUp_andTheRecommendationIsWarnedAbout() {
        ProcessInstance pi = register(false);
        String triage = task(pi).getId();
        assertThatThrownBy(() -> engine.getTaskService().complete(triage,
                Map.of("accepted", true, "conductEndedOn", "2025-09-27"))).hasMessageContaining("不能晚于今天");
        // two years from 25 September 2023 ended on 25 September 2025, the day before today
        complete(task(pi), withVariables("accepted", true, "conductEndedOn", "2023-09-25"));
        complete(task(pi), investigation("inspector1, inspector2"));
        complete(task(pi), withVariables("requiredCorrection", "补发工资", "correctionDays", 30));
        complete(task(pi), withVariables("approved", true));
        complete(task(pi), withVariables("serviceDate", "2025-09-26", "serviceMethod", "DIRECT", "serviceRecipient", "王经理"));
        execute(job(REPLY_OVERDUE, pi));

        assertThat(pi).hasPassed(ISSUE_NOTICE).isWaitingAt(SIGN_RECOMMENDATION);
        assertThat(task(pi).getDescription()).contains("违法行为于2023年9月25日终了，已超过二年")
                .contains("《劳动保障监察条例》第二十条");
        assertThat(caseOf(pi).status()).isNotEqualTo(SupervisionStatus.REJECTED);
    }

    @Test
    void aBreachEndedExactlyTwoYearsAgoIsStillInTime() {
        ProcessInstance pi = register(false);
        complete(task(pi), withVariables("accepted", true, "conductEndedOn", "2023-09-26"));
        assertThat(caseOf(pi).conductEndedOn()).isEqualTo(LocalDate.of(2023, 9, 26));
        assertThat(caseOf(pi).twoYearWarning(LocalDate.of(2025, 9, 26))).isEmpty();
        assertThat(caseOf(pi).twoYearWarning(LocalDate.of(2025, 9, 27))).contains("已超过二年");
    }

    @Test
    void anInvestigationByOneInspectorCannotComplete() {
        ProcessInstance pi = register(false);
        complete(task(pi), withVariables("accepted", true));
        String taskId = task(pi).getId();

        assertThatThrownBy(() -> engine.getTaskService().complete(taskId, investigation("inspector1")))
                .hasMessageContaining("两名以上");
        assertThatThrownBy(() -> engine.getTaskService().complete(taskId, investigation("inspector1, lawyer1")))
                .hasMessageContaining("lawyer1");
        // art 18: inspector3's 监督证 lapsed at the end of 2024
        assertThatThrownBy(() -> engine.getTaskService().complete(taskId, investigation("inspector1, inspector3")))
                .hasMessageContaining("没有有效的劳动法律监督证").hasMessageContaining("inspector3");

        assertThat(pi).isWaitingAt(INVESTIGATE);
        assertThat(task(pi).getId()).isEqualTo(taskId);
    }

    @Test
    void theEnterpriseCorrectsAfterTheNotice() {
        ProcessInstance pi = noticeServed(register(false), "2025-09-26");

        // 15 working days from Friday 26 September, across the National Day holiday: Thursday 23 October
        assertThat(pi).isWaitingAt(ENTERPRISE_REPLY);
        assertThat(task(pi)).hasCandidateGroup(EnterpriseRegister.groupOf(SupervisionDriver.MACHINERY))
                .hasDueDate(startOfDay(LocalDate.of(2025, 10, 24)));
        assertThat(job(REPLY_OVERDUE, pi).getDuedate()).isEqualTo(startOfDay(LocalDate.of(2025, 10, 24)));
        assertThat(caseOf(pi).replyDue()).isEqualTo(LocalDate.of(2025, 10, 23));
        assertThat(letters.findIssued(caseNo(pi), "service-receipt").orElseThrow().html()).contains("2025年10月23日")
                // the notice's own 30 days end on Sunday 26 October, so on Monday 27 October
                .contains("2025年10月27日前（送达之日起30日）");
        assertThat(letters.findIssued(caseNo(pi), "notice").orElseThrow().html()).contains("30日内完成整改");
        assertThat(caseOf(pi).correctionDue()).isEqualTo(LocalDate.of(2025, 10, 27));
        // who investigated, each with their 监督证 (art 18)
        assertThat(cases.inspectorCertificates(caseNo(pi)))
                .isEqualTo("黄军（监督证昆工监证〔2021〕第001号）、周丽（监督证昆工监证〔2021〕第002号）");

        complete(task(pi), withVariables("replyText", "已补发拖欠工资", "correctiveMeasures", "9月工资已于10月10日发放",
                "replyEvidence", "工资发放记录"));
        assertThat(pi).hasPassed("Task_RecordReply").isWaitingAt(FOLLOW_UP);
        // the check follows the correction period: 10 working days after 27 October
        assertThat(task(pi)).hasDueDate(startOfDay(LocalDate.of(2025, 11, 11)));
        assertThat(task(pi).getDescription()).contains("跟踪检查期限：2025年11月10日");
        complete(task(pi), withVariables("corrected", true, "followUpNote", "经核实工资已足额发放"));

        assertThat(pi).hasPassed(CONFIRM_CORRECTION).isEnded().hasPassed(END_CORRECTED);
        assertThat(caseOf(pi).status()).isEqualTo(SupervisionStatus.CORRECTED);
        assertThat(kinds(pi)).containsExactly("supervision.notice", "supervision.service-receipt",
                "supervision.correction");
    }

    @Test
    void noReplyLeadsToARecommendationAndTheDepartmentsInspection() {
        ProcessInstance pi = noticeServed(register(false), "2025-09-26");

        // the reply deadline (Thursday 23 October) has passed
        clock.moveTo(ZonedDateTime.of(2025, 10, 24, 9, 0, 0, 0, ZONE));
        execute(job(REPLY_OVERDUE, pi));

        assertThat(pi).isWaitingAt(SIGN_RECOMMENDATION);
        assertThat(task(pi)).hasCandidateGroup("inspectionLeads");
        assertThat(task(pi).getDescription()).doesNotContain("二年");
        // the enterprise is in 官渡区: its federation issues, to the department of the same level (art 21)
        assertThat(engine.getRuntimeService().getVariable(pi.getId(), "recommendationRoute"))
                .isEqualTo("昆明市官渡区总工会签发，送昆明市官渡区人力资源和社会保障局");
        // a department typed into the form is not the one that receives it
        complete(task(pi), withVariables("signNote", "同意"));

        assertThat(pi).hasPassed(ISSUE_RECOMMENDATION).isWaitingAt(RECEIVE_RECOMMENDATION);
        assertThat(task(pi)).hasCandidateGroup("labourBureau").hasCandidateGroup("inspectors");
        Letter recommendation = letters.findIssued(caseNo(pi), "recommendation").orElseThrow();
        assertThat(recommendation.number()).startsWith("官工监建〔2025〕第");
        assertThat(recommendation.html()).contains("<p class=\"addressee\" style=\"text-indent:0\">昆明市官渡区人力资源和社会保障局：</p>")
                .contains("昆明市官渡区总工会")
                .contains("在规定期限内未作书面答复").contains("送达回证")
                .contains("立案查处的，请将处理结果书面告知本会")
                .contains(letters.findIssued(caseNo(pi), "notice").orElseThrow().number());

        // the department signs for it in WorkRight on Monday 27 October: electronic receipt is that day
        clock.moveTo(ZonedDateTime.of(2025, 10, 27, 9, 0, 0, 0, ZONE));
        String receipt = task(pi).getId();
        assertThatThrownBy(() -> engine.getTaskService().complete(receipt, receipt("2025-10-24", "ELECTRONIC")))
                .hasMessageContaining("签收日期即今天");
        // each says what is theirs: the department signs electronically, an inspector records paper service
        assertThatThrownBy(() -> as("inspector1", List.of("inspectors"),
                () -> engine.getTaskService().complete(receipt, receipt("2025-10-27", "ELECTRONIC"))))
                .hasMessageContaining("电子送达由劳动保障部门在本系统签收");
        assertThatThrownBy(() -> as("reviewer1", List.of("labourBureau"),
                () -> engine.getTaskService().complete(receipt, receipt("2025-10-24", "DIRECT"))))
                .hasMessageContaining("纸质送达由劳动法律监督员");
        assertThatThrownBy(() -> engine.getTaskService().complete(receipt, receipt("2025-10-27", "LEFT_AT_PREMISES")))
                .hasMessageContaining("不适用留置送达");
        as("reviewer1", List.of("labourBureau"),
                () -> engine.getTaskService().complete(receipt, receipt("2025-10-27", "ELECTRONIC")));
        assertThat(pi).hasPassed(START_ANSWER_CLOCK).isWaitingAt(DEPARTMENT_ANSWER);
        assertThat(task(pi)).hasCandidateGroup("labourBureau");
        // 5 working days from the receipt, Monday 27 October: 28, 29, 30, 31 October, 3 November
        assertThat(caseOf(pi).answerDue()).isEqualTo(LocalDate.of(2025, 11, 3));
        assertThat(task(pi)).hasDueDate(startOfDay(LocalDate.of(2025, 11, 4)));
        assertThat(task(pi).getDescription()).contains("请于2025年11月3日前");

        // the department reports on Thursday that it opened its case on Wednesday 29 October
        clock.moveTo(ZonedDateTime.of(2025, 10, 30, 9, 0, 0, 0, ZONE));
        String answer = task(pi).getId();
        assertThatThrownBy(() -> engine.getTaskService().complete(answer,
                Map.of("caseOpened", true, "caseOpenedOn", "2025-10-24", "answerNote", "已立案")))
                .hasMessageContaining("立案日期");
        complete(task(pi), withVariables("caseOpened", true, "caseOpenedOn", "2025-10-29", "answerNote", "已立案查处"));
        assertThat(pi).isWaitingAt(INSPECTION_OUTCOME);
        // 60 working days from the 立案 day, past the New Year holiday (make-up Sunday 4 January): 22 January 2026
        assertThat(caseOf(pi).caseOpenedOn()).isEqualTo(LocalDate.of(2025, 10, 29));
        assertThat(caseOf(pi).inspectionDue()).isEqualTo(LocalDate.of(2026, 1, 22));

        String extendId = task(pi).getId();
        assertThatThrownBy(() -> engine.getTaskService().complete(extendId, Map.of("inspectionAction", "EXTEND")))
                .hasMessageContaining("负责人批准");
        complete(task(pi), withVariables("inspectionAction", "EXTEND", "extensionNote", "经局长王某2026年1月12日批准延长"));
        assertThat(pi).hasPassed(EXTEND_INSPECTION).isWaitingAt(INSPECTION_OUTCOME);
        assertThat(caseOf(pi).inspectionExtensionNote()).isEqualTo("经局长王某2026年1月12日批准延长");
        // +30 working days, across the 2026 Spring Festival (15–23 February, make-up 14 and 28 February)
        assertThat(caseOf(pi).inspectionDue()).isEqualTo(LocalDate.of(2026, 3, 11));
        String taskId = task(pi).getId();
        assertThatThrownBy(() -> engine.getTaskService().complete(taskId,
                Map.of("inspectionAction", "EXTEND", "extensionNote", "再次延长")))
                .hasMessageContaining("已延长过一次");

        complete(task(pi), withVariables("inspectionAction", "CONCLUDE", "outcome", "责令补发工资并处罚款"));
        assertThat(pi).isEnded().hasPassed(END_CONCLUDED);
        assertThat(caseOf(pi).status()).isEqualTo(SupervisionStatus.CONCLUDED);
    }

    @Test
    void aReplyThatDoesNotCorrectLeadsToARecommendationAndTheDepartmentMayRefuse() {
        ProcessInstance pi = noticeServed(register(false), "2025-09-26");
        complete(task(pi), withVariables("replyText", "我单位无违法行为", "correctiveMeasures", "无"));
        // the enterprise is in time until its 30 days end on Monday 27 October
        String followUp = task(pi).getId();
        assertThatThrownBy(() -> engine.getTaskService().complete(followUp,
                Map.of("corrected", false, "followUpNote", "仍未支付加班工资"))).hasMessageContaining("届满前不能认定未整改");
        clock.moveTo(ZonedDateTime.of(2025, 10, 28, 9, 0, 0, 0, ZONE));
        complete(task(pi), withVariables("corrected", false, "followUpNote", "仍未支付加班工资"));

        assertThat(pi).isWaitingAt(SIGN_RECOMMENDATION);
        complete(task(pi), withVariables("signNote", "同意"));
        assertThat(letters.findIssued(caseNo(pi), "recommendation").orElseThrow().html()).contains("未整改到位");
        // served on paper, as an inspector records it
        complete(task(pi), receipt("2025-10-28", "DIRECT"));

        complete(task(pi), withVariables("caseOpened", false, "answerNote", "已超过二年查处时效"));
        assertThat(pi).isEnded().hasPassed(END_DEPARTMENT_REFUSED);
        assertThat(caseOf(pi).status()).isEqualTo(SupervisionStatus.DEPARTMENT_REFUSED);
    }

    @Test
    void aLateDepartmentIsChased() {
        ProcessInstance pi = noticeServed(register(false), "2025-09-26");
        execute(job(REPLY_OVERDUE, pi));
        complete(task(pi), withVariables("signNote", "同意"));
        complete(task(pi), receipt("2025-09-26", "DIRECT"));

        // 5 working days from its receipt on Friday 26 September 2025: Sunday 28 (make-up day), 29, 30, then the
        // National Day holiday to 8 October, then 9 and 10 October
        assertThat(caseOf(pi).answerDue()).isEqualTo(LocalDate.of(2025, 10, 10));
        assertThat(job(ANSWER_OVERDUE, pi).getDuedate()).isEqualTo(startOfDay(LocalDate.of(2025, 10, 11)));
        execute(job(ANSWER_OVERDUE, pi));
        assertThat(pi).isWaitingAt(DEPARTMENT_ANSWER, CHASE_ANSWER);

        complete(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey(DEPARTMENT_ANSWER).singleResult(),
                withVariables("caseOpened", true, "caseOpenedOn", "2025-09-26", "answerNote", "已立案"));
        assertThat(pi).isWaitingAt(INSPECTION_OUTCOME).isNotWaitingAt(CHASE_ANSWER);
        Date firstDue = job(INSPECTION_OVERDUE, pi).getDuedate();
        assertThat(firstDue).isEqualTo(startOfDay(caseOf(pi).inspectionDue().plusDays(1)));
        execute(job(INSPECTION_OVERDUE, pi));
        assertThat(pi).isWaitingAt(INSPECTION_OUTCOME, CHASE_INSPECTION);

        // an approved extension withdraws the chase and restarts the clock
        complete(task(INSPECTION_OUTCOME, pi), withVariables("inspectionAction", "EXTEND", "extensionNote", "经负责人批准延长"));
        assertThat(pi).isWaitingAt(INSPECTION_OUTCOME).isNotWaitingAt(CHASE_INSPECTION);
        assertThat(job(INSPECTION_OVERDUE, pi).getDuedate()).isAfter(firstDue);
    }

    @Test
    void aWarningLetterCanSettleItBeforeAnyNotice() {
        ProcessInstance pi = register(true);
        complete(task(pi), withVariables("accepted", true));
        Map<String, Object> findings = investigation("inspector1,inspector2");
        findings.put("sendWarning", true);
        complete(task(pi), findings);

        assertThat(pi).hasPassed(ISSUE_WARNING).isWaitingAt(CHECK_AFTER_WARNING);
        complete(task(pi), withVariables("corrected", true, "checkNote", "已整改"));

        assertThat(pi).isEnded().hasPassed(END_CORRECTED).hasNotPassed(ISSUE_NOTICE);
        assertThat(kinds(pi)).containsExactly("supervision.warning", "supervision.correction");
    }

    @Test
    void theComplainantIsNamedInEnterpriseLettersOnlyWithConsent() {
        ProcessInstance anonymous = noticeServed(register(false), "2025-09-26");
        ProcessInstance consenting = noticeServed(register(true), "2025-09-26");

        assertThat(letters.findIssued(caseNo(anonymous), "notice").orElseThrow().html())
                .contains("根据职工反映").doesNotContain("张三");
        assertThat(letters.findIssued(caseNo(consenting), "notice").orElseThrow().html()).contains("根据职工张三反映");
        assertThat(engine.getRuntimeService().getVariables(anonymous.getId())).doesNotContainKey("complainantName");
    }

    @Test
    void aServiceDateBeforeTheNoticeOrInTheFutureIsRefused() {
        ProcessInstance pi = register(false);
        complete(task(pi), withVariables("accepted", true));
        complete(task(pi), investigation("inspector1, inspector2"));
        complete(task(pi), withVariables("requiredCorrection", "补发加班工资", "correctionDays", 30));
        complete(task(pi), withVariables("approved", true));
        String taskId = task(pi).getId();

        for (String date : new String[] {"2025-09-01", "2025-10-30"}) {
            assertThatThrownBy(() -> engine.getTaskService().complete(taskId, Map.of("serviceDate", date,
                    "serviceMethod", "DIRECT", "serviceRecipient", "王经理")))
                    .hasMessageContaining("送达日期应在意见书出具之日");
        }
        assertThat(pi).isWaitingAt(RECORD_SERVICE);
    }

    @Test
    void aRejectedDraftGoesBackToTheInspectors() {
        ProcessInstance pi = register(false);
        complete(task(pi), withVariables("accepted", true));
        complete(task(pi), investigation("inspector1,inspector2"));
        complete(task(pi), withVariables("requiredCorrection", "补发工资", "correctionDays", 30));
        complete(task(pi), withVariables("approved", false, "approvalNote", "整改期限要写明"));

        assertThat(pi).isWaitingAt(DRAFT_NOTICE);
        assertThat(letters.findIssued(caseNo(pi), "notice")).isEmpty();
    }

    @Test
    void whoeverDraftedTheNoticeCannotApproveIt() {
        ProcessInstance pi = register(false);
        complete(task(pi), withVariables("accepted", true));
        complete(task(pi), investigation("inspector1,inspector2"));
        String caseNo = caseNo(pi);
        var identity = engine.getIdentityService();
        try {
            // supervisor1 is an inspector and an inspection lead
            identity.setAuthentication("supervisor1", List.of("inspectionLeads", "inspectors"));
            complete(task(pi), withVariables("requiredCorrection", "补发工资", "correctionDays", 30));
            String approvalId = task(pi).getId();
            assertThatThrownBy(() -> engine.getTaskService().complete(approvalId, Map.of("approved", true)))
                    .hasMessageContaining("起草人以外");
            assertThat(letters.findIssued(caseNo, "notice")).isEmpty();

            identity.setAuthentication("admin", List.of("camunda-admin"));
            complete(task(pi), withVariables("approved", true));
        } finally {
            identity.clearAuthentication();
        }
        assertThat(pi).hasPassed(ISSUE_NOTICE);
    }

    // --- helpers ---

    private ProcessInstance register(boolean consents) {
        return driver().register(SupervisionDriver.MACHINERY, consents);
    }

    private ProcessInstance noticeServed(ProcessInstance pi, String serviceDate) {
        return driver().noticeServed(pi, serviceDate);
    }

    private static Map<String, Object> investigation(String inspectors) {
        return SupervisionDriver.investigation(inspectors);
    }

    private SupervisionDriver driver() {
        return new SupervisionDriver(engine);
    }

    private String caseNo(ProcessInstance pi) {
        return driver().caseNo(pi);
    }

    private SupervisionCase caseOf(ProcessInstance pi) {
        return cases.find(caseNo(pi)).orElseThrow();
    }

    private void as(String user, List<String> groups, Runnable work) {
        engine.getIdentityService().setAuthentication(user, groups);
        try {
            work.run();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    private static Map<String, Object> receipt(String on, String method) {
        return Map.of("recommendationReceivedOn", on, "recommendationReceiptMethod", method,
                "recommendationRecipient", "劳动保障监察支队 李科长");
    }

    private List<String> kinds(ProcessInstance pi) {
        return letters.lettersOf(caseNo(pi)).stream().map(Letter::kind).toList();
    }

}
