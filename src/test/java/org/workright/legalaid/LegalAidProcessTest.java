package org.workright.legalaid;

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
import static org.workright.legalaid.LegalAidProcess.Activity.*;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.workright.ProcessClock;
import org.workright.WorkRightTest;
import org.workright.casework.Deadline;
import org.workright.letters.Letter;
import org.workright.letters.LetterService;

/** Every path of processes/legal-aid-request.bpmn through the real engine; timers fire by executing their jobs. */
@WorkRightTest
class LegalAidProcessTest {

    @RegisterExtension
    static final ProcessClock clock = ProcessClock.at("2026-01-05T10:00:00+08:00");

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** Monday 5 January 2026, 10:00 in Kunming. */
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 1, 5, 10, 0, 0, 0, ZONE);
    private static final AtomicInteger LAWYERS = new AtomicInteger();

    @Autowired
    ProcessEngine engine;
    @Autowired
    LegalAidIntake intake;
    @Autowired
    LegalAidCaseRepository cases;
    @Autowired
    LawyerRepository lawyers;
    @Autowired
    LetterService letters;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void setUp() {
        init(engine);
        // each test brings its own lawyers, so earlier tests' caseloads cannot steer the matching
        jdbc.sql("update lawyer set active = false").update();
    }

    @Test
    void eligibleApplicationIsGrantedAndAssigned() {
        String lawyer = lawyer(ClaimType.WAGE_ARREARS);
        ProcessInstance pi = apply(TestApplications.wageClaim());
        assertThat(pi).isWaitingAt(CHECK_COMPLETENESS);
        assertThat(task(pi)).hasCandidateGroup("legalAidOffice");

        complete(task(pi), withVariables("complete", true, "seriousInfringement", false));

        assertThat(pi).isWaitingAt(DECIDE).variables()
                .containsEntry("eligible", true)
                .containsEntry("eligibilityCode", "HARDSHIP")
                .containsEntry("grantAid", true);
        assertThat(task(pi)).hasDueDate(startOfDay(LocalDate.of(2026, 1, 13)));

        complete(task(pi), withVariables("grantAid", true, "decisionReason", "申请人经济困难，符合法律援助条件"));

        assertThat(pi).hasPassed(GRANT).isWaitingAt(ACCEPT_ASSIGNMENT);
        assertThat(task(pi)).isAssignedTo(lawyer);
        complete(task(pi), withVariables("accepted", true));

        assertThat(pi).isWaitingAt(HANDLE_CASE);
        assertThat(task(pi)).isAssignedTo(lawyer);
        LegalAidCase c = caseOf(pi);
        assertThat(c.status()).isEqualTo(CaseStatus.HANDLING);
        assertThat(c.lawyerId()).isEqualTo(lawyer);
        assertThat(kinds(pi)).containsExactly("legal-aid.grant", "legal-aid.assignment", "legal-aid.assignment-notice");
    }

    /** LAL art 42(2): a recipient of social assistance is not asked about means; the grant says why. */
    @Test
    void anExemptApplicantIsGrantedWithoutAMeansTest_andTheGrantNamesTheGroupAndClause() {
        ProcessInstance pi = apply(TestApplications.wageClaim().income("50000")
                .exemption(MeansTestExemption.SOCIAL_ASSISTANCE));
        complete(task(pi), withVariables("complete", true, "seriousInfringement", false, "exemptionProofSeen", true));

        assertThat(pi).isWaitingAt(DECIDE).variables().containsEntry("eligible", true)
                .containsEntry("eligibilityCode", "EXEMPT_SOCIAL_ASSISTANCE");
        complete(task(pi), withVariables("grantAid", true));

        assertThat(letters.findIssued(caseNo(pi), "decision").orElseThrow().html())
                .contains("社会救助对象，免予核查经济困难状况（《中华人民共和国法律援助法》第四十二条第二项）");
    }

    /** LAL art 42 exempts those who show they belong to the group: a claim without its proof is tested on means. */
    @Test
    void anExemptionWithoutItsProofSeenCountsForNothing() {
        ProcessInstance pi = apply(TestApplications.wageClaim().income("50000")
                .exemption(MeansTestExemption.SOCIAL_ASSISTANCE));
        complete(task(pi), withVariables("complete", true, "seriousInfringement", false, "exemptionProofSeen", false));

        assertThat(pi).isWaitingAt(DECIDE).variables().containsEntry("eligible", false)
                .containsEntry("eligibilityCode", "NOT_ELIGIBLE");
    }

    /** A case that came in before the check asked for proof keeps its exemption as it was then claimed. */
    @Test
    void aCaseFromBeforeTheProofQuestionKeepsItsExemption() {
        ProcessInstance pi = apply(TestApplications.wageClaim().income("50000")
                .exemption(MeansTestExemption.SOCIAL_ASSISTANCE));
        // as an instance started by the previous version: no exemption variable, so no proof question
        engine.getRuntimeService().removeVariable(pi.getId(), "meansTestExemption");
        complete(task(pi), withVariables("complete", true, "seriousInfringement", false));

        assertThat(pi).isWaitingAt(DECIDE).variables().containsEntry("eligibilityCode", "EXEMPT_SOCIAL_ASSISTANCE");
    }

    /** Deciding against the table, staff give their own reason: the pre-filled one would say the opposite. */
    @Test
    void aDecisionAgainstTheTableNeedsItsOwnReason() {
        ProcessInstance pi = apply(TestApplications.wageClaim().income("50000"));
        complete(task(pi), withVariables("complete", true, "seriousInfringement", false));
        assertThat(pi).isWaitingAt(DECIDE).variables().containsEntry("eligible", false);
        String taskId = task(pi).getId();
        String tableReason = (String) engine.getRuntimeService().getVariable(pi.getId(), "eligibilityReason");

        assertThatThrownBy(() -> engine.getTaskService().complete(taskId,
                Map.of("grantAid", true, "decisionReason", tableReason))).hasMessageContaining("请写明理由");
        // nor does a space, or the same words with other punctuation
        assertThatThrownBy(() -> engine.getTaskService().complete(taskId,
                Map.of("grantAid", true, "decisionReason", " "))).hasMessageContaining("请写明理由");
        assertThatThrownBy(() -> engine.getTaskService().complete(taskId,
                Map.of("grantAid", true, "decisionReason", tableReason.replace("，", ",") + "。"))).hasMessageContaining("请写明理由");
        assertThat(pi).isWaitingAt(DECIDE);
        complete(task(pi), withVariables("grantAid", true, "decisionReason", "申请人虽收入较高，但家庭因病致贫，经集体研究给予援助"));
        assertThat(letters.findIssued(caseNo(pi), "decision").orElseThrow().html()).contains("家庭因病致贫");
    }

    @Test
    void outOfScopeApplicationIsRefusedWithReasons() {
        ProcessInstance pi = apply(TestApplications.wageClaim().claim(ClaimType.NON_LABOUR));
        complete(task(pi), withVariables("complete", true, "seriousInfringement", false));

        assertThat(pi).isWaitingAt(DECIDE).variables().containsEntry("eligible", false)
                .containsEntry("eligibilityCode", "OUT_OF_SCOPE");
        complete(task(pi), withVariables("grantAid", false, "decisionReason", "申请事项不属于劳动争议"));

        assertThat(pi).hasPassed(REFUSE).isEnded().hasPassed(END_REFUSED);
        assertThat(caseOf(pi).status()).isEqualTo(CaseStatus.REFUSED);
        Letter refusal = letters.findIssued(caseNo(pi), "decision").orElseThrow();
        assertThat(refusal.kind()).isEqualTo("legal-aid.refusal");
        assertThat(refusal.html()).contains("申请事项不属于劳动争议")
                .contains("向设立本中心的昆明市总工会（地址：云南省昆明市五华区示例路1号）提出异议")
                .contains("司法行政部门设立的法律援助机构").contains("时效仍在计算");
    }

    @Test
    void incompleteApplicationIsWithdrawnWhenNothingIsSupplied() {
        ProcessInstance pi = apply(TestApplications.wageClaim());
        complete(task(pi), withVariables("complete", false, "missingItems", "劳动合同\n工资欠条"));

        assertThat(pi).hasPassed(ISSUE_SUPPLEMENT_NOTICE).isWaitingAt(RECEIVE_SUPPLEMENT);
        assertThat(caseOf(pi).status()).isEqualTo(CaseStatus.AWAITING_SUPPLEMENT);
        // 15 days from 2026-01-05 is Tuesday 2026-01-20; the timer fires when that day has passed
        assertThat(job(SUPPLEMENT_DEADLINE, pi).getDuedate()).isEqualTo(startOfDay(LocalDate.of(2026, 1, 21)));
        assertThat(letters.findIssued(caseNo(pi), "supplement-1").orElseThrow().html())
                .contains("2026年1月20日").contains("<li>劳动合同</li>").contains("<li>工资欠条</li>");

        execute(job(SUPPLEMENT_DEADLINE, pi));

        assertThat(pi).hasPassed(WITHDRAW).isEnded().hasPassed(END_WITHDRAWN);
        assertThat(caseOf(pi).status()).isEqualTo(CaseStatus.WITHDRAWN);
    }

    /** Asking for material must not cost the claim: the notice's day stops at a procedural deadline. */
    @Test
    void aSupplementNeverRunsPastTheWorkersProceduralDeadline() {
        // the arbitration deadline is Tuesday 13 January, 8 days away: not yet urgent, but sooner than 15 days
        ProcessInstance pi = apply(TestApplications.wageClaim().proceduralDeadline(LocalDate.of(2026, 1, 13)));
        complete(task(pi), withVariables("complete", false, "missingItems", "劳动合同"));

        assertThat(job(SUPPLEMENT_DEADLINE, pi).getDuedate()).isEqualTo(startOfDay(LocalDate.of(2026, 1, 14)));
        assertThat(letters.findIssued(caseNo(pi), "supplement-1").orElseThrow().html()).contains("2026年1月13日");
    }

    /** A deadline counted on 2027's provisional holidays says so in the letter that sets it. */
    @Test
    void aSupplementDueInAYearWhoseHolidaysAreProvisionalIsMarkedAsSuch() {
        clock.moveTo(ZonedDateTime.of(2026, 12, 28, 10, 0, 0, 0, ZONE));
        ProcessInstance pi = apply(TestApplications.wageClaim());
        complete(task(pi), withVariables("complete", false, "missingItems", "劳动合同"));

        // 15 days from Monday 28 December 2026: Tuesday 12 January 2027
        assertThat(letters.findIssued(caseNo(pi), "supplement-1").orElseThrow().html())
                .contains("2027年1月12日</strong>" + Deadline.provisionalNote(2027) + "前补充提交");
        // and so does the office's task
        assertThat(task(pi).getDescription()).contains("补充期限：2027年1月12日" + Deadline.provisionalNote(2027));
    }

    @Test
    void incompleteApplicationContinuesOnceSupplemented() {
        ProcessInstance pi = apply(TestApplications.wageClaim());
        complete(task(pi), withVariables("complete", false, "missingItems", "劳动合同"));
        complete(task(pi), withVariables("supplementNote", "已补交劳动合同"));

        assertThat(pi).isWaitingAt(CHECK_COMPLETENESS);
        complete(task(pi), withVariables("complete", false, "missingItems", "考勤记录"));
        assertThat(letters.findIssued(caseNo(pi), "supplement-2")).isPresent();
        complete(task(pi), withVariables("supplementNote", "已补交"));
        complete(task(pi), withVariables("complete", true, "seriousInfringement", false));

        assertThat(pi).isWaitingAt(DECIDE);
        assertThat(caseOf(pi).status()).isEqualTo(CaseStatus.UNDER_REVIEW);
    }

    @Test
    void urgentAidGoesStraightToAssignment_andThePaperworkIsReviewedAlongside() {
        String lawyer = lawyer(ClaimType.WAGE_ARREARS);
        // an arbitration deadline 6 days away: fewer than 7 days remain (LAL art 44)
        ProcessInstance pi = apply(TestApplications.wageClaim().income("9000")
                .proceduralDeadline(LocalDate.of(2026, 1, 11)));

        assertThat(pi).isWaitingAt(CONFIRM_URGENT);
        assertThat(task(pi)).hasCandidateGroup("legalAidOffice");
        complete(task(pi), withVariables("urgentConfirmed", true, "urgentNote", "仲裁申请期限将于2026年1月11日届满"));

        assertThat(pi).hasPassed(GRANT).hasNotPassed(CHECK_COMPLETENESS, DECIDE)
                .isWaitingAt(ACCEPT_ASSIGNMENT, REVIEW_URGENT_PAPERWORK);
        assertThat(task(ACCEPT_ASSIGNMENT, pi)).isAssignedTo(lawyer);
        // the lawyer must be in place by the next day; the paperwork review is due like a decision, in 7 days
        assertThat(task(ACCEPT_ASSIGNMENT, pi)).hasDueDate(startOfDay(LocalDate.of(2026, 1, 7)));
        assertThat(task(REVIEW_URGENT_PAPERWORK, pi)).hasCandidateGroup("legalAidOffice")
                .hasDueDate(startOfDay(LocalDate.of(2026, 1, 13)));
        assertThat(caseOf(pi).decision()).isEqualTo("URGENT");
        assertThat(letters.findIssued(caseNo(pi), "decision").orElseThrow())
                .satisfies(l -> assertThat(l.kind()).isEqualTo("legal-aid.urgent"))
                .satisfies(l -> assertThat(l.html()).contains("仲裁申请期限将于2026年1月11日届满"));

        // income above the line, but the office finds serious infringement: aid stands
        complete(task(REVIEW_URGENT_PAPERWORK, pi),
                withVariables("paperworkComplete", true, "paperworkSeriousInfringement", true));
        assertThat(pi).hasPassed(END_URGENT_AID_UPHELD).isWaitingAt(ACCEPT_ASSIGNMENT);
        complete(task(ACCEPT_ASSIGNMENT, pi), withVariables("accepted", true));
        assertThat(pi).isWaitingAt(HANDLE_CASE);
        assertThat(caseOf(pi).status()).isNotEqualTo(CaseStatus.TERMINATED);
    }

    @Test
    void urgentAidForAMatterOutsideLabourLawIsTerminatedWhenItsPaperworkIsReviewed() {
        lawyer(ClaimType.NON_LABOUR);
        ProcessInstance pi = apply(TestApplications.wageClaim().claim(ClaimType.NON_LABOUR)
                .proceduralDeadline(LocalDate.of(2026, 1, 11)));
        complete(task(pi), withVariables("urgentConfirmed", true, "urgentNote", "起诉期限将届满"));
        complete(task(ACCEPT_ASSIGNMENT, pi), withVariables("accepted", true));
        assertThat(pi).isWaitingAt(HANDLE_CASE, REVIEW_URGENT_PAPERWORK);

        complete(task(REVIEW_URGENT_PAPERWORK, pi),
                withVariables("paperworkComplete", true, "paperworkSeriousInfringement", true));

        // the lawyer's work ends with it
        assertThat(pi).hasPassed(TERMINATE_URGENT_AID).isEnded().hasPassed(END_URGENT_AID_TERMINATED);
        assertThat(caseOf(pi).status()).isEqualTo(CaseStatus.TERMINATED);
        assertThat(letters.findIssued(caseNo(pi), "termination").orElseThrow().html())
                .contains("先行提供法律援助后经审查不符合法律援助条件");
    }

    @Test
    void urgentAidWithMissingPaperworkGetsANoticeAndEndsOnlyWhenItsDeadlinePasses() {
        lawyer(ClaimType.WAGE_ARREARS);
        ProcessInstance pi = apply(TestApplications.wageClaim().proceduralDeadline(LocalDate.of(2026, 1, 11)));
        complete(task(pi), withVariables("urgentConfirmed", true, "urgentNote", "仲裁申请期限将届满"));

        complete(task(REVIEW_URGENT_PAPERWORK, pi), withVariables("paperworkComplete", false,
                "missingItems", "身份证复印件", "paperworkEconomicHardship", true, "paperworkSeriousInfringement", false));

        assertThat(pi).hasPassed(ISSUE_URGENT_SUPPLEMENT).isWaitingAt(ACCEPT_ASSIGNMENT, RECEIVE_URGENT_SUPPLEMENT);
        assertThat(letters.findIssued(caseNo(pi), "supplement-1").orElseThrow().html()).contains("身份证复印件")
                .contains("逾期未补办的，本中心将终止法律援助").doesNotContain("视为撤回申请");
        // aid stands meanwhile: the case is not back to awaiting material, nor its decision clock stopped
        assertThat(caseOf(pi).status()).isEqualTo(CaseStatus.GRANTED);
        // 15 days from Monday 5 January: Tuesday 20 January, so the timer fires as 21 January begins
        assertThat(job(URGENT_SUPPLEMENT_DEADLINE, pi).getDuedate()).isEqualTo(startOfDay(LocalDate.of(2026, 1, 21)));
        execute(job(URGENT_SUPPLEMENT_DEADLINE, pi));

        assertThat(pi).isEnded().hasPassed(END_URGENT_AID_TERMINATED);
        assertThat(letters.findIssued(caseNo(pi), "termination").orElseThrow().html()).contains("逾期未按补充材料通知书");
    }

    @Test
    void urgentAidWhosePaperworkArrivesAfterANoticeIsReviewedAgainAndStands() {
        lawyer(ClaimType.WAGE_ARREARS);
        ProcessInstance pi = apply(TestApplications.wageClaim().proceduralDeadline(LocalDate.of(2026, 1, 11)));
        complete(task(pi), withVariables("urgentConfirmed", true, "urgentNote", "仲裁申请期限将届满"));
        // the declared income (1,500) is below the line: the form comes pre-ticked
        assertThat(engine.getTaskService().getVariable(task(REVIEW_URGENT_PAPERWORK, pi).getId(), "paperworkEconomicHardship"))
                .isEqualTo(true);
        complete(task(REVIEW_URGENT_PAPERWORK, pi), withVariables("paperworkComplete", false, "missingItems", "身份证复印件"));

        complete(task(RECEIVE_URGENT_SUPPLEMENT, pi), withVariables("supplementNote", "已补交身份证复印件"));
        assertThat(pi).isWaitingAt(ACCEPT_ASSIGNMENT, REVIEW_URGENT_PAPERWORK);
        complete(task(REVIEW_URGENT_PAPERWORK, pi), withVariables("paperworkComplete", true,
                "paperworkEconomicHardship", true, "paperworkSeriousInfringement", false));

        assertThat(pi).hasPassed(END_URGENT_AID_UPHELD).isWaitingAt(ACCEPT_ASSIGNMENT);
    }

    @Test
    void urgentAidEndsWhenThePaperworkShowsNoHardship() {
        lawyer(ClaimType.WAGE_ARREARS);
        ProcessInstance pi = apply(TestApplications.wageClaim().proceduralDeadline(LocalDate.of(2026, 1, 11)));
        complete(task(pi), withVariables("urgentConfirmed", true, "urgentNote", "仲裁申请期限将届满"));

        complete(task(REVIEW_URGENT_PAPERWORK, pi), withVariables("paperworkComplete", true,
                "paperworkEconomicHardship", false, "paperworkSeriousInfringement", false));

        assertThat(pi).isEnded().hasPassed(END_URGENT_AID_TERMINATED);
    }

    @Test
    void urgencyTheOfficeCannotConfirmGoesThroughTheOrdinaryChecks() {
        ProcessInstance pi = apply(TestApplications.wageClaim().proceduralDeadline(LocalDate.of(2026, 1, 11)));
        complete(task(pi), withVariables("urgentConfirmed", false, "urgentNote", "期限已由仲裁委延长"));

        assertThat(pi).isWaitingAt(CHECK_COMPLETENESS).hasNotPassed(GRANT);
    }

    /** LAL art 44: advance execution (先予执行) is an urgent ground beside evidence and asset preservation. */
    @Test
    void aWorkerWhoNeedsAdvanceExecutionIsOfferedUrgentAid() {
        ProcessInstance pi = apply(TestApplications.wageClaim().advanceExecution());

        assertThat(pi).isWaitingAt(CONFIRM_URGENT);
        assertThat(caseOf(pi).needsAdvanceExecution()).isTrue();
    }

    @Test
    void aDeadlineAlreadyPastIsNotUrgentAid() {
        ProcessInstance pi = apply(TestApplications.wageClaim().proceduralDeadline(LocalDate.of(2026, 1, 2)));

        assertThat(pi).isWaitingAt(CHECK_COMPLETENESS);
    }

    @Test
    void sevenDaysBeforeADeadlineIsNotYetUrgent() {
        ProcessInstance pi = apply(TestApplications.wageClaim().proceduralDeadline(LocalDate.of(2026, 1, 12)));

        assertThat(pi).isWaitingAt(CHECK_COMPLETENESS);
    }

    // --- urgency watched (LAL art 44): the procedural deadline is 12 January, 7 days from the 5th ---

    private static final LocalDate ARBITRATION_DEADLINE = LocalDate.of(2026, 1, 12);

    @Test
    void urgencyThatArisesByTheCompletenessCheckIsPutToTheOffice() {
        ProcessInstance pi = apply(TestApplications.wageClaim().proceduralDeadline(ARBITRATION_DEADLINE));
        assertThat(caseOf(pi).urgent()).isFalse();

        // Tuesday: 6 days left
        clock.moveTo(NOW.plusDays(1));
        complete(task(pi), withVariables("complete", true, "seriousInfringement", false));

        assertThat(pi).isWaitingAt(CONFIRM_URGENT);
        assertThat(caseOf(pi).urgent()).isTrue();
        assertThat(task(pi).getDescription()).contains("程序期限：2026年1月12日");
        complete(task(pi), withVariables("urgentConfirmed", false));
        // declined: the check stands and the decision follows, without a second check
        assertThat(pi).isWaitingAt(DECIDE);
        assertThat(task(pi).getPriority()).isEqualTo(80);
    }

    @Test
    void urgencyThatArisesWhileTheDecisionIsAwaitedBringsTheDecisionForward() {
        ProcessInstance pi = apply(TestApplications.wageClaim().proceduralDeadline(ARBITRATION_DEADLINE));
        complete(task(pi), withVariables("complete", true, "seriousInfringement", false));
        assertThat(pi).isWaitingAt(DECIDE);
        assertThat(task(pi)).hasDueDate(startOfDay(LocalDate.of(2026, 1, 13)));
        assertThat(task(pi).getPriority()).isEqualTo(50);

        // the first daily look finds 7 days left: not yet urgent ("fewer than 7")
        execute(job(DECISION_URGENCY_WATCH, pi));
        assertThat(caseOf(pi).urgent()).isFalse();
        clock.moveTo(NOW.plusDays(1));
        execute(job(DECISION_URGENCY_WATCH, pi));

        assertThat(caseOf(pi).urgent()).isTrue();
        assertThat(pi).isWaitingAt(DECIDE);
        // due the next day, as urgent aid is; the statutory escalation keeps its own day
        assertThat(task(pi)).hasDueDate(startOfDay(LocalDate.of(2026, 1, 8)));
        assertThat(task(pi).getPriority()).isEqualTo(80);
        assertThat(task(pi).getDescription()).startsWith("【紧急：申请时登记的程序期限将于2026年1月12日届满，已不足7日");
        assertThat(job(DECISION_OVERDUE, pi).getDuedate()).isEqualTo(startOfDay(LocalDate.of(2026, 1, 13)));
        assertThat((String) engine.getRuntimeService().getVariable(pi.getId(), "caseSummary")).contains("【先行援助】");

        // raised once: a later look changes nothing
        String description = task(pi).getDescription();
        clock.moveTo(NOW.plusDays(2));
        execute(job(DECISION_URGENCY_WATCH, pi));
        assertThat(task(pi).getDescription()).isEqualTo(description);

        // and the lawyer is due by the urgent day too
        lawyer(ClaimType.WAGE_ARREARS);
        complete(task(pi), withVariables("grantAid", true, "decisionReason", "符合条件"));
        assertThat(pi).isWaitingAt(ACCEPT_ASSIGNMENT);
        assertThat(task(pi)).hasDueDate(startOfDay(LocalDate.of(2026, 1, 9)));
    }

    @Test
    void urgencyThatArisesWhileALawyerIsAwaitedBringsTheAssignmentForward() {
        lawyer(ClaimType.WAGE_ARREARS);
        ProcessInstance pi = grantedCase(TestApplications.wageClaim().proceduralDeadline(ARBITRATION_DEADLINE));
        assertThat(pi).isWaitingAt(ACCEPT_ASSIGNMENT);
        // 3 days from Monday's decision
        assertThat(task(pi)).hasDueDate(startOfDay(LocalDate.of(2026, 1, 9)));

        clock.moveTo(NOW.plusDays(1));
        execute(job(ASSIGNMENT_URGENCY_WATCH, pi));

        assertThat(task(pi)).hasDueDate(startOfDay(LocalDate.of(2026, 1, 8)));
        assertThat(task(pi).getPriority()).isEqualTo(80);
        assertThat(job(ASSIGNMENT_OVERDUE, pi).getDuedate()).isEqualTo(startOfDay(LocalDate.of(2026, 1, 8)));
        assertThat(pi).isWaitingAt(ACCEPT_ASSIGNMENT);
    }

    /**
     * A case is handled where its employer is registered: received Thursday 30 July 2026, the 7 days
     * end on 6 August, 石林's Torch Festival (demo overlay), so a 石林 employer's case is due the 7th.
     */
    @Test
    void aShilinEmployersCaseCountsTheTorchFestival() {
        clock.moveTo(java.time.ZonedDateTime.of(2026, 7, 30, 10, 0, 0, 0, java.time.ZoneId.of("Asia/Shanghai")));
        TestApplications shilin = TestApplications.wageClaim().employer("石林示例旅游开发有限公司");
        shilin.employerCreditCode = "91530126MA6P3C9D3P";
        ProcessInstance inShilin = apply(shilin);
        ProcessInstance elsewhere = apply(TestApplications.wageClaim());
        complete(task(inShilin), withVariables("complete", true, "seriousInfringement", false));
        complete(task(elsewhere), withVariables("complete", true, "seriousInfringement", false));

        assertThat(task(inShilin)).hasDueDate(startOfDay(LocalDate.of(2026, 8, 8)));
        assertThat(task(elsewhere)).hasDueDate(startOfDay(LocalDate.of(2026, 8, 7)));
    }

    /** LAL art 43: 7 days from receipt, however late the completeness check is done. */
    @Test
    void theDecisionIsDueSevenDaysFromReceipt_notFromTheCompletenessCheck() {
        ProcessInstance pi = apply(TestApplications.wageClaim());
        // received Monday 5 January; the check is due within 2 working days: Wednesday 7 January
        assertThat(task(pi)).hasDueDate(startOfDay(LocalDate.of(2026, 1, 8)));

        clock.moveTo(NOW.plusDays(2));
        complete(task(pi), withVariables("complete", true, "seriousInfringement", false));

        // Monday 12 January, as on the day of receipt (from the check it would be 14 January)
        assertThat(pi).isWaitingAt(DECIDE);
        assertThat(task(pi)).hasDueDate(startOfDay(LocalDate.of(2026, 1, 13)));
        assertThat(job(DECISION_OVERDUE, pi).getDuedate()).isEqualTo(startOfDay(LocalDate.of(2026, 1, 13)));
    }

    /**
     * Only the time the worker spends supplying material is left out (Procedural Rules for Legal Aid
     * Cases art 13): received Monday, notice the same day, material on Friday, so four days are left
     * out and the decision is due Friday 16 January.
     */
    @Test
    void theDecisionClockStandsStillWhileMaterialIsOutstanding_andRunsOnWithWhatWasLeft() {
        ProcessInstance pi = apply(TestApplications.wageClaim());
        complete(task(pi), withVariables("complete", false, "missingItems", "劳动合同"));
        clock.moveTo(NOW.plusDays(4));
        complete(task(pi), withVariables("supplementNote", "已补交劳动合同"));

        assertThat(pi).hasPassed(RESUME_DECISION_CLOCK).isWaitingAt(CHECK_COMPLETENESS);
        // two working days from Friday 9 January: Tuesday 13 January
        assertThat(task(pi)).hasDueDate(startOfDay(LocalDate.of(2026, 1, 14)));
        clock.moveTo(NOW.plusDays(8));
        complete(task(pi), withVariables("complete", true, "seriousInfringement", false));

        assertThat(task(pi)).hasDueDate(startOfDay(LocalDate.of(2026, 1, 17)));
        assertThat(job(DECISION_OVERDUE, pi).getDuedate()).isEqualTo(startOfDay(LocalDate.of(2026, 1, 17)));
    }

    /** The pause ends on the day the material was handed in, not on the day the office registers it. */
    @Test
    void theClockRunsOnFromTheDayTheMaterialArrived_evenIfRegisteredLater() {
        ProcessInstance pi = apply(TestApplications.wageClaim());
        complete(task(pi), withVariables("complete", false, "missingItems", "劳动合同"));
        // handed in on Friday 9 January, registered on Monday 12 January
        clock.moveTo(NOW.plusDays(7));
        String receipt = task(pi).getId();
        assertThatThrownBy(() -> engine.getTaskService().complete(receipt,
                Map.of("suppliedOn", "2026-01-13", "supplementNote", "已补交"))).hasMessageContaining("至今天之间");
        complete(task(pi), withVariables("suppliedOn", "2026-01-09", "supplementNote", "已补交劳动合同"));
        complete(task(pi), withVariables("complete", true, "seriousInfringement", false));

        // four days left out, as if registered on the Friday: due Friday 16 January
        assertThat(task(pi)).hasDueDate(startOfDay(LocalDate.of(2026, 1, 17)));
    }

    /** A second notice stops the clock again; the days left out add up. */
    @Test
    void eachSupplementIsLeftOut_andTheCheckIsNeverDueAfterTheDecision() {
        ProcessInstance pi = apply(TestApplications.wageClaim());
        complete(task(pi), withVariables("complete", false, "missingItems", "劳动合同"));
        clock.moveTo(NOW.plusDays(1));
        complete(task(pi), withVariables("supplementNote", "已补交"));
        // Tuesday 13 January: the check finds more missing; the worker brings it the same day
        clock.moveTo(NOW.plusDays(8));
        complete(task(pi), withVariables("complete", false, "missingItems", "考勤记录"));
        complete(task(pi), withVariables("supplementNote", "已补交"));

        // one day left out in all: the decision is due that Tuesday, and so is the check, which by its
        // two working days alone would be due on Thursday 15 January
        assertThat(task(pi)).hasDueDate(startOfDay(LocalDate.of(2026, 1, 14)));
        complete(task(pi), withVariables("complete", true, "seriousInfringement", false));
        assertThat(task(pi)).hasDueDate(startOfDay(LocalDate.of(2026, 1, 14)));
    }

    @Test
    void missedDecisionDeadlineEscalatesToTheOfficeLead() {
        ProcessInstance pi = apply(TestApplications.wageClaim());
        complete(task(pi), withVariables("complete", true, "seriousInfringement", false));
        // 7 days from Monday 5 January: Monday 12 January, so the timer fires as 13 January begins
        assertThat(job(DECISION_OVERDUE, pi).getDuedate()).isEqualTo(startOfDay(LocalDate.of(2026, 1, 13)));

        execute(job(DECISION_OVERDUE, pi));

        assertThat(pi).isWaitingAt(DECIDE, ESCALATE_DECISION);
        assertThat(task(ESCALATE_DECISION, pi)).hasCandidateGroup("legalAidLead");
    }

    @Test
    void decidingWithdrawsTheOpenEscalation() {
        ProcessInstance pi = apply(TestApplications.wageClaim());
        complete(task(pi), withVariables("complete", true, "seriousInfringement", false));
        execute(job(DECISION_OVERDUE, pi));

        complete(task(DECIDE, pi), withVariables("grantAid", false, "decisionReason", "不符合经济困难标准"));

        // the open escalation must not keep the refused case alive
        assertThat(pi).isEnded().hasPassed(END_REFUSED);
    }

    @Test
    void missedAssignmentDeadlineEscalatesToTheOfficeLead() {
        lawyer(ClaimType.WAGE_ARREARS);
        ProcessInstance pi = grantedCase(TestApplications.wageClaim());
        // 3 days after the decision of Monday 5 January: Thursday 8 January
        assertThat(job(ASSIGNMENT_OVERDUE, pi).getDuedate()).isEqualTo(startOfDay(LocalDate.of(2026, 1, 9)));

        execute(job(ASSIGNMENT_OVERDUE, pi));

        assertThat(pi).isWaitingAt(ACCEPT_ASSIGNMENT, ESCALATE_ASSIGNMENT);
        complete(task(ACCEPT_ASSIGNMENT, pi), withVariables("accepted", true));
        assertThat(pi).isWaitingAt(HANDLE_CASE).isNotWaitingAt(ESCALATE_ASSIGNMENT);
    }

    @Test
    void decliningLawyerIsReplacedByTheNextOne() {
        String first = lawyer(ClaimType.WAGE_ARREARS);
        String second = lawyer(ClaimType.WAGE_ARREARS);
        ProcessInstance pi = grantedCase(TestApplications.wageClaim());
        assertThat(task(pi)).isAssignedTo(first);

        complete(task(pi), withVariables("accepted", false, "declineReason", "近期开庭安排已满"));

        assertThat(pi).isWaitingAt(ACCEPT_ASSIGNMENT);
        assertThat(task(pi)).isAssignedTo(second);
        complete(task(pi), withVariables("accepted", true));
        assertThat(caseOf(pi).lawyerId()).isEqualTo(second);
        assertThat(letters.findIssued(caseNo(pi), "assignment-" + first)).isEmpty();
        assertThat(letters.findIssued(caseNo(pi), "assignment-" + second)).isPresent();
    }

    @Test
    void aFormCannotRedirectTheCaseOrTheAssignment() {
        String proposed = lawyer(ClaimType.WAGE_ARREARS);
        String other = lawyer(ClaimType.WORK_INJURY);
        ProcessInstance victim = apply(TestApplications.wageClaim());
        ProcessInstance pi = grantedCase(TestApplications.wageClaim());
        assertThat(task(pi)).isAssignedTo(proposed);

        complete(task(pi), withVariables("accepted", true, "lawyerId", other, "caseNo", caseNo(victim)));

        assertThat(pi).isWaitingAt(HANDLE_CASE);
        assertThat(task(pi)).isAssignedTo(proposed);
        assertThat(caseOf(pi).lawyerId()).isEqualTo(proposed);
        assertThat(caseOf(victim).lawyerId()).isNull();
        assertThat(caseOf(victim).status()).isEqualTo(CaseStatus.APPLIED);
    }

    @Test
    void conflictOfInterestSkipsALawyer() {
        String conflicted = lawyer(ClaimType.WAGE_ARREARS);
        String other = lawyer(ClaimType.WAGE_ARREARS);
        lawyers.addConflict(conflicted, "昆明冲突机械有限公司", null, "常年法律顾问");

        ProcessInstance pi = grantedCase(TestApplications.wageClaim().employer("昆明冲突机械有限公司"));

        assertThat(task(pi)).isAssignedTo(other);
    }

    @Test
    void withNoLawyerAvailableTheLeadFindsOneAndMatchingRunsAgain() {
        ProcessInstance pi = grantedCase(TestApplications.wageClaim().claim(ClaimType.SOCIAL_INSURANCE));
        assertThat(pi).isWaitingAt(FIND_LAWYER);
        assertThat(task(pi)).hasCandidateGroup("legalAidLead");

        String recruited = lawyer(ClaimType.SOCIAL_INSURANCE);
        complete(task(pi), withVariables("findLawyerNote", "已增补社保领域律师"));

        assertThat(pi).isWaitingAt(ACCEPT_ASSIGNMENT);
        assertThat(task(pi)).isAssignedTo(recruited);
    }

    /** LAL art 46: the worker sees when the decision is due, and each stage the lawyer records, without the notes. */
    @Test
    void theWorkersStatusShowsTheDecisionDue_thePause_andEachStageTheLawyerRecords() {
        String lawyer = lawyer(ClaimType.WAGE_ARREARS);
        LegalAidIntake.Submission submitted = intake.submit(TestApplications.wageClaim().build());
        ProcessInstance pi = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(submitted.caseNo()).singleResult();
        assertThat(intake.status(submitted.caseNo(), submitted.accessCode()).decisionDue())
                .isEqualTo("本中心将于2026年1月12日前作出是否给予法律援助的决定");

        complete(task(pi), withVariables("complete", false, "missingItems", "劳动合同"));
        assertThat(intake.status(submitted.caseNo(), submitted.accessCode()).decisionDue()).contains("暂停计算");
        complete(task(pi), withVariables("supplementNote", "已补交"));
        complete(task(pi), withVariables("complete", true, "seriousInfringement", true));
        complete(task(pi), withVariables("grantAid", true, "decisionReason", "符合条件"));
        assertThat(task(pi)).isAssignedTo(lawyer);
        complete(task(pi), withVariables("accepted", true));
        complete(task(pi), withVariables("handlingAction", "RECORD_STAGE", "stage", "ARBITRATION",
                "stageDate", "2026-01-05", "note", "仲裁委已受理，受援人另告知其家庭困难情况"));

        LegalAidIntake.StatusView status = intake.status(submitted.caseNo(), submitted.accessCode());
        assertThat(status.decisionDue()).isNull();
        assertThat(status.stages()).containsExactly(
                new LegalAidIntake.StageSummary(DisputeStage.ARBITRATION.label(), LocalDate.of(2026, 1, 5)));
        assertThat(status.toString()).doesNotContain("家庭困难");
    }

    @Test
    void lawyerIsRemindedOfTheProgressCheckAndThenOfTheArbitrationAward() {
        lawyer(ClaimType.WAGE_ARREARS);
        ProcessInstance pi = handlingCase(TestApplications.wageClaim());

        complete(task(pi), withVariables("handlingAction", "RECORD_STAGE", "stage", "ARBITRATION",
                "stageDate", "2026-01-05", "note", "仲裁委已受理"));

        assertThat(pi).hasPassed(RECORD_STAGE).isWaitingAt(HANDLE_CASE);
        // the routine 30-day progress check comes first
        assertThat(job(CLOCK_REMINDER, pi).getDuedate()).isEqualTo(startOfDay(LocalDate.of(2026, 2, 4)));

        clock.moveTo(NOW.plusDays(30));
        execute(job(CLOCK_REMINDER, pi));
        assertThat(pi).isWaitingAt(ACKNOWLEDGE_REMINDER).isNotWaitingAt(HANDLE_CASE);
        complete(task(pi), withVariables("reminderNote", "已联系受援人"));

        // the award is due 45 days after acceptance: 2026-02-19 falls in the Spring Festival holiday
        // and moves to Tuesday 2026-02-24; the lawyer hears of it 7 days earlier
        assertThat(pi).hasPassed(RECORD_REMINDER).isWaitingAt(HANDLE_CASE);
        assertThat(job(CLOCK_REMINDER, pi).getDuedate()).isEqualTo(startOfDay(LocalDate.of(2026, 2, 17)));
        assertThat(pi).variables().extractingByKey("reminderText").asString().contains("2026年2月24日");
        assertThat(cases.stages(caseNo(pi))).extracting(LegalAidCaseRepository.StageEntry::stage)
                .containsExactly(DisputeStage.ARBITRATION);
    }

    @Test
    void anAcknowledgedClockReminderIsNotGivenAgain() {
        lawyer(ClaimType.WAGE_ARREARS);
        ProcessInstance pi = handlingCase(TestApplications.wageClaim());
        // an award received today: 15 days to sue, until 2026-01-20; remind from 2026-01-13
        complete(task(pi), withVariables("handlingAction", "RECORD_STAGE", "stage", "AWARD", "stageDate", "2026-01-05",
                "awardSubject", "OTHER"));
        assertThat(job(CLOCK_REMINDER, pi).getDuedate()).isEqualTo(startOfDay(LocalDate.of(2026, 1, 13)));

        clock.moveTo(NOW.plusDays(8));
        execute(job(CLOCK_REMINDER, pi));
        assertThat(pi).variables().extractingByKey("reminderText").asString().contains("起诉").contains("2026年1月20日");
        complete(task(pi), withVariables("reminderNote", "已准备起诉状"));

        // next is the progress check 30 days on, not the same suit reminder again
        assertThat(job(CLOCK_REMINDER, pi).getDuedate()).isEqualTo(startOfDay(LocalDate.of(2026, 2, 12)));
    }

    /** LDMAL arts 47-49: an award of at most 12 x 1990 is final; after the suit, the employer's 30 days. */
    @Test
    void aFinalAwardByAmountIsRecorded_andTheEmployersSetAsideWindowIsWatched() {
        lawyer(ClaimType.WAGE_ARREARS);
        ProcessInstance pi = handlingCase(TestApplications.wageClaim());
        String taskId = task(pi).getId();
        // without what the award decided, finality cannot be told
        assertThatThrownBy(() -> engine.getTaskService().complete(taskId, Map.of("handlingAction", "RECORD_STAGE",
                "stage", "AWARD", "stageDate", "2026-01-05"))).hasMessageContaining("裁决事项");
        assertThatThrownBy(() -> engine.getTaskService().complete(taskId, Map.of("handlingAction", "RECORD_STAGE",
                "stage", "AWARD", "stageDate", "2026-01-05", "awardSubject", "RECOURSE"))).hasMessageContaining("裁决金额");
        assertThatThrownBy(() -> engine.getTaskService().complete(taskId, Map.of("handlingAction", "RECORD_STAGE",
                "stage", "SUSPENSION_ENDED", "stageDate", "2026-01-05"))).hasMessageContaining("尚未记录时效中止");

        complete(task(pi), withVariables("handlingAction", "RECORD_STAGE", "stage", "AWARD", "stageDate", "2026-01-05",
                "awardSubject", "RECOURSE", "awardAmount", 12000.5));

        assertThat(cases.stages(caseNo(pi))).singleElement().satisfies(e -> {
            assertThat(e.awardFinal()).isTrue();
            assertThat(e.awardAmount()).isEqualByComparingTo("12000.50");
        });
        assertThat(pi).variables().extractingByKey("disputeClocks").asString()
                .contains("按当地月最低工资标准1990元的12个月即23880元判断")
                .contains("劳动者不服的起诉期限（15日，第四十八条）届满：2026年1月20日")
                .contains("用人单位申请撤销裁决的期限（30日，第四十九条）届满：2026年2月4日");
        clock.moveTo(NOW.plusDays(8));
        execute(job(CLOCK_REMINDER, pi));
        complete(task(pi), withVariables("reminderNote", "已告知受援人"));
        // then the employer's window, seven days ahead of 4 February
        assertThat(job(CLOCK_REMINDER, pi).getDuedate()).isEqualTo(startOfDay(LocalDate.of(2026, 1, 28)));
        assertThat(pi).variables().extractingByKey("reminderText").asString().contains("第四十九条");
    }

    @Test
    void aidIsTerminatedWhenTheWorkerHiresTheirOwnLawyer() {
        lawyer(ClaimType.WAGE_ARREARS);
        ProcessInstance pi = handlingCase(TestApplications.wageClaim());

        complete(task(pi), withVariables("handlingAction", "REQUEST_TERMINATION", "terminationReason", "OWN_LAWYER",
                "note", "受援人已自行委托律师"));
        assertThat(pi).isWaitingAt(REVIEW_TERMINATION);
        complete(task(pi), withVariables("approved", true, "reviewNote", "同意"));

        assertThat(pi).hasPassed(TERMINATE).isEnded().hasPassed(END_TERMINATED);
        LegalAidCase c = caseOf(pi);
        assertThat(c.status()).isEqualTo(CaseStatus.TERMINATED);
        assertThat(c.terminationReason()).isEqualTo(TerminationReason.OWN_LAWYER);
        assertThat(letters.findIssued(caseNo(pi), "termination").orElseThrow().html())
                .contains(TerminationReason.OWN_LAWYER.label()).contains("第四十八条");
    }

    @Test
    void caseIsClosedAfterTheOfficeAcceptsTheClosureReport() {
        lawyer(ClaimType.WAGE_ARREARS);
        ProcessInstance pi = handlingCase(TestApplications.wageClaim());

        complete(task(pi), withVariables("handlingAction", "REQUEST_CLOSURE", "closureOutcome", "调解成功",
                "closureReport", "经调解，用人单位同意支付拖欠工资。"));
        complete(task(pi), withVariables("approved", false, "reviewNote", "请补充调解协议"));
        assertThat(pi).isWaitingAt(HANDLE_CASE);

        complete(task(pi), withVariables("handlingAction", "REQUEST_CLOSURE", "closureOutcome", "调解成功",
                "closureReport", "经调解，用人单位同意支付拖欠工资12000元，已附调解协议。"));
        complete(task(pi), withVariables("approved", true));

        assertThat(pi).hasPassed(CLOSE).isEnded().hasPassed(END_CLOSED);
        LegalAidCase c = caseOf(pi);
        assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(c.closureReport()).contains("已附调解协议");
        assertThat(kinds(pi)).endsWith("legal-aid.closure");
    }

    @Test
    void aLawyerRefersASystemicProblemToLabourLawSupervision() {
        lawyer(ClaimType.WAGE_ARREARS);
        ProcessInstance pi = handlingCase(TestApplications.wageClaim().employer("昆明示例建筑劳务有限公司"));

        complete(task(pi), withVariables("handlingAction", "REFER_SUPERVISION",
                "note", "该单位普遍拖欠农民工工资，涉及约40人"));

        assertThat(pi).hasPassed(REFER_TO_SUPERVISION).isWaitingAt(HANDLE_CASE);
        String supervisionCase = (String) engine.getRuntimeService().getVariable(pi.getId(), "supervisionCaseNo");
        ProcessInstance supervision = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(supervisionCase).processDefinitionKey("labour-law-supervision").singleResult();
        assertThat(supervision).isWaitingAt("Task_Triage");
        assertThat(engine.getRuntimeService().getVariables(supervision.getId()))
                .containsEntry("creditCode", "91530103MA6N2R8L6U")
                .doesNotContainValue("李四");
    }

    @Test
    void aReferralNeedsTheEmployerInTheRegister() {
        lawyer(ClaimType.WAGE_ARREARS);
        ProcessInstance pi = handlingCase(TestApplications.wageClaim().employer("未登记的某公司"));
        String taskId = task(pi).getId();

        assertThatThrownBy(() -> engine.getTaskService().complete(taskId,
                Map.of("handlingAction", "REFER_SUPERVISION", "note", "普遍欠薪")))
                .hasMessageContaining("企业名录");
        assertThat(pi).isWaitingAt(HANDLE_CASE);
    }

    @Test
    void applicationTakenInTasklistBecomesACaseWithoutPersonalDataInTheEngine() {
        Map<String, Object> form = formFields("11010519491231002X");
        form.put("employerCreditCode", "");  // a form field left empty
        form.put("meansTestExemption", "ENTITLED_GROUP");
        engine.getIdentityService().setAuthentication("office1", List.of("legalAidOffice"));
        ProcessInstance pi;
        try {
            pi = engine.getRuntimeService().startProcessInstanceByKey(LegalAidProcess.KEY, form);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }

        // the staff member who took it is shown the case number and the one-time access code
        assertThat(pi).hasPassed(REGISTER).isWaitingAt(HAND_OVER_RECEIPT);
        assertThat(task(pi)).isAssignedTo("office1");
        String caseNo = caseNo(pi);
        String accessCode = (String) engine.getRuntimeService().getVariable(pi.getId(), "accessCode");
        assertThat(caseNo).startsWith("LA-2026-");
        assertThat(intake.status(caseNo, accessCode).status()).isEqualTo("APPLIED");
        LegalAidCase c = cases.find(caseNo).orElseThrow();
        assertThat(c.channel()).isEqualTo("PHONE");
        assertThat(c.employerCreditCode()).isNull();
        assertThat(c.meansTestExemption()).isEqualTo(MeansTestExemption.ENTITLED_GROUP);
        assertThat(c.createdBy()).isEqualTo("office1");

        complete(task(pi), withVariables("receiptGiven", true));

        assertThat(pi).hasPassed(DISCARD_ACCESS_CODE).isWaitingAt(CHECK_COMPLETENESS);
        assertThat(engine.getRuntimeService().getVariables(pi.getId()))
                .doesNotContainKeys("idNumber", "phone", "address", "applicantName", "accessCode")
                .containsEntry("caseNo", caseNo)
                .containsKeys("caseFacts", "caseProfile");
    }

    @Test
    void aUnionOrganisationsApplicationTakenInTasklistLeavesThePersonsFieldsOut() {
        Map<String, Object> form = formFields(LegalAidApiTest.UNION_CODE);
        form.put("applicantKind", "UNION_ORGANISATION");
        form.put("applicantName", "昆明示例建筑劳务有限公司工会");
        form.put("contactPerson", "赵六");
        form.put("claimType", "UNION_ORGANISATION_RIGHTS");
        // the form hides what an organisation does not have, so Tasklist does not send it
        form.remove("migrantWorker");
        form.remove("perCapitaIncome");
        form.remove("stillEmployed");
        engine.getIdentityService().setAuthentication("office1", List.of("legalAidOffice"));
        ProcessInstance pi;
        try {
            pi = engine.getRuntimeService().startProcessInstanceByKey(LegalAidProcess.KEY, form);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }

        LegalAidCase c = caseOf(pi);
        assertThat(c.applicantKind()).isEqualTo(ApplicantKind.UNION_ORGANISATION);
        assertThat(c.contactPerson()).isEqualTo("赵六");
        assertThat(c.perCapitaIncome()).isNull();
        assertThat(c.migrantWorker()).isFalse();
        assertThat((String) engine.getRuntimeService().getVariable(pi.getId(), "caseProfile"))
                .startsWith("申请人：工会组织（联系人赵六）");
        // the civil limitation (Civil Code art 188) applies, not the one-year arbitration limitation
        assertThat(LegalAidRules.limitationEnds(c.claimType(), c.infringementKnownOn(), false, null))
                .contains(c.infringementKnownOn().plusYears(3));
    }

    @Test
    void invalidTasklistApplicationIsRejectedAndNothingIsWritten() {
        long casesBefore = jdbc.sql("select count(*) from legal_aid_case").query(Long.class).single();
        long instancesBefore = engine.getRuntimeService().createProcessInstanceQuery().count();

        assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(LegalAidProcess.KEY,
                formFields("110105194912310021")))
                .hasMessageContaining("idNumber").hasMessageContaining("身份证号码无效");

        assertThat(jdbc.sql("select count(*) from legal_aid_case").query(Long.class).single()).isEqualTo(casesBefore);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(instancesBefore);
    }

    // --- helpers ---

    private ProcessInstance apply(TestApplications application) {
        String caseNo = intake.submit(application.build()).caseNo();
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(caseNo).singleResult();
    }

    private ProcessInstance grantedCase(TestApplications application) {
        ProcessInstance pi = apply(application);
        complete(task(pi), withVariables("complete", true, "seriousInfringement", true));
        complete(task(pi), withVariables("grantAid", true, "decisionReason", "符合条件"));
        return pi;
    }

    private ProcessInstance handlingCase(TestApplications application) {
        ProcessInstance pi = grantedCase(application);
        complete(task(pi), withVariables("accepted", true));
        assertThat(pi).isWaitingAt(HANDLE_CASE);
        return pi;
    }

    private String lawyer(ClaimType... areas) {
        String id = "testLawyer" + LAWYERS.incrementAndGet();
        lawyers.save(id, "测试律师" + id, "测试律师事务所", "0871-60000000", EnumSet.of(areas[0], areas), 5);
        return id;
    }

    private static Map<String, Object> formFields(String idNumber) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("applicantKind", "WORKER");
        fields.put("applicantName", "王五");
        fields.put("idNumber", idNumber);
        fields.put("phone", "0871-65123456");
        fields.put("migrantWorker", true);
        fields.put("perCapitaIncome", 2500L);
        fields.put("employerName", "昆明示例建筑劳务有限公司");
        fields.put("claimType", "WORK_INJURY");
        fields.put("claimAmount", 80000.5);
        fields.put("facts", "工作中受伤，单位拒绝申报工伤。");
        fields.put("infringementKnownOn", "2025-11-20");
        fields.put("stillEmployed", true);
        fields.put("needsPreservation", false);
        fields.put("needsAdvanceExecution", false);
        fields.put("channel", "PHONE");
        return fields;
    }

    private String caseNo(ProcessInstance pi) {
        return ProcessClock.caseNo(engine, pi);
    }

    private LegalAidCase caseOf(ProcessInstance pi) {
        return cases.find(caseNo(pi)).orElseThrow();
    }

    private List<String> kinds(ProcessInstance pi) {
        return letters.lettersOf(caseNo(pi)).stream().map(Letter::kind).toList();
    }

}
