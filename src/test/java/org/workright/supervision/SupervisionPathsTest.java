package org.workright.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.workright.casework.BareEngine;
import org.workright.casework.BareEngine.Invoked;

/**
 * Fast tier: every path of processes/labour-law-supervision.bpmn on a bare engine with its
 * delegates mocked; {@link SupervisionProcessTest} runs the same model with the real application.
 * Ids are the model's own, written out, so that a renamed element fails here rather than being followed.
 */
class SupervisionPathsTest {

    @RegisterExtension
    static final BareEngine engine = BareEngine.of("processes/labour-law-supervision.bpmn")
            .clockAt("2025-09-26T10:00:00+08:00")
            // shown in task documentation; the mocked delegates do not set them
            .textVariables("caseNo", "caseSummary", "noticeNumber", "replyDueText", "recommendationNumber",
                    "inspectionDueText", "followUpDueText", "answerDueText")
            .requireEveryPath();

    private static final String KEY = "labour-law-supervision";
    private static final String REFERRAL = "Message_SupervisionReferral";

    private static final String REGISTER = "labourLawSupervisionRegisterCase";
    private static final String CASE_START = "labourLawSupervisionCaseStart";
    private static final String REJECT = "labourLawSupervisionRejectCase";
    private static final String ACCEPT = "labourLawSupervisionAcceptCase";
    private static final String RECORD_INVESTIGATION = "labourLawSupervisionRecordInvestigation";
    private static final String ISSUE_WARNING = "labourLawSupervisionIssueWarning";
    private static final String FOUR_EYES = "labourLawSupervisionNoticeFourEyes";
    private static final String ISSUE_NOTICE = "labourLawSupervisionIssueNotice";
    private static final String START_REPLY_CLOCK = "labourLawSupervisionStartReplyClock";
    private static final String ENTERPRISE_PARTY = "enterpriseParty";
    private static final String RECORD_REPLY = "labourLawSupervisionRecordReply";
    private static final String CONFIRM_CORRECTION = "labourLawSupervisionConfirmCorrection";
    private static final String ISSUE_RECOMMENDATION = "labourLawSupervisionIssueRecommendation";
    private static final String START_ANSWER_CLOCK = "labourLawSupervisionStartAnswerClock";
    private static final String TWO_YEAR_WARNING = "labourLawSupervisionTwoYearWarning";
    private static final String RECORD_ANSWER = "labourLawSupervisionRecordAnswer";
    private static final String EXTEND = "labourLawSupervisionExtendInspection";
    private static final String RECORD_OUTCOME = "labourLawSupervisionRecordOutcome";

    private static final String ENTERPRISE_GROUP = "enterprise-91530100MA6K0000X1";
    // distinct deadlines, so an assertion shows which variable a due date or timer was read from
    private final Date replyDue = engine.later(Duration.ofDays(28));
    private final Date answerDue = engine.later(Duration.ofDays(35));
    private final Date inspectionDue = engine.later(Duration.ofDays(120));
    private final Date extendedInspectionDue = engine.later(Duration.ofDays(165));
    private final Date followUpDue = engine.later(Duration.ofDays(44));

    private static final Map<String, Object> RECEIPT = Map.of("recommendationReceivedOn", "2025-09-26",
            "recommendationReceiptMethod", "ELECTRONIC", "recommendationRecipient", "李科长");

    private int cases;

    @BeforeEach
    void delegatesSetWhatTheModelReads() {
        engine.setsVariables(START_REPLY_CLOCK, "replyDueAt", replyDue, "enterpriseGroup", ENTERPRISE_GROUP);
        engine.setsVariables(START_ANSWER_CLOCK, "answerDueAt", answerDue);
        engine.setsVariables(RECORD_ANSWER, "inspectionDueAt", inspectionDue);
        engine.setsVariables(EXTEND, "inspectionDueAt", extendedInspectionDue);
        engine.setsVariables(RECORD_REPLY, "followUpDueAt", followUpDue);
        engine.setsVariables(TWO_YEAR_WARNING, "twoYearWarning", "");
    }

    // --- intake ---

    @Test
    void aComplaintRegisteredByAnInspectorThatIsNotTakenUpIsRejected() throws Exception {
        Date serviceLevel = engine.later(Duration.ofDays(14));
        engine.serviceLevelsDue(serviceLevel);

        ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey(KEY, engine.withTextVariables(Map.of()));

        assertThat(pi).hasPassedInOrder("StartEvent_Register", "Task_RegisterCase", "Gateway_Registered")
                .isWaitingAtExactly("Task_Triage");
        assertThat(task(pi)).hasCandidateGroup("inspectors").hasDueDate(serviceLevel);
        assertThat(engine.invokedAt("serviceLevels")).containsExactly("Task_Triage");
        verify(engine.delegate(REGISTER)).execute(any());
        assertThat(engine.invokedAt(CASE_START)).containsExactly("Task_RegisterCase");

        complete(task(pi), withVariables("accepted", false, "rejectionReason", "BEFORE_ARBITRATION"));

        assertThat(pi).hasPassedInOrder("Gateway_Accepted", "Task_RejectCase", "Event_Rejected").isEnded();
        verify(engine.delegate(REJECT)).execute(any());
        verify(engine.delegate(ACCEPT), never()).execute(any());
    }

    @Test
    void aReferralStartsByMessageAndIsTriagedLikeAComplaint() throws Exception {
        ProcessInstance pi = referral();

        assertThat(pi).hasPassedInOrder("StartEvent_Referral", "Gateway_Registered").hasNotPassed("Task_RegisterCase")
                .isWaitingAtExactly("Task_Triage");
        assertThat(engine.invokedAt(CASE_START)).containsExactly("StartEvent_Referral");
        verify(engine.delegate(REGISTER), never()).execute(any());
    }

    // --- warning letter ---

    @Test
    void aWarningLetterTheEnterpriseActsOnSettlesTheCaseWithoutANotice() throws Exception {
        ProcessInstance pi = investigating();

        complete(task(pi), withVariables("sendWarning", true, "inspectors", "inspector1,inspector2"));

        assertThat(pi).hasPassedInOrder("Task_Investigate", "Task_RecordInvestigation", "Gateway_Warning", "Task_IssueWarning")
                .isWaitingAtExactly("Task_CheckAfterWarning");
        assertThat(task(pi)).hasCandidateGroup("inspectors");
        complete(task(pi), withVariables("corrected", true, "checkNote", "已整改"));

        assertThat(pi).hasPassedInOrder("Gateway_CorrectedAfterWarning", "Gateway_JoinCorrected",
                "Task_ConfirmCorrection", "Event_Corrected").hasNotPassed("Task_DraftNotice").isEnded();
        verify(engine.delegate(RECORD_INVESTIGATION)).execute(any());
        verify(engine.delegate(ISSUE_WARNING)).execute(any());
        verify(engine.delegate(CONFIRM_CORRECTION)).execute(any());
    }

    @Test
    void aWarningLetterTheEnterpriseIgnoresIsFollowedByANoticeDraft() {
        ProcessInstance pi = investigating();
        complete(task(pi), withVariables("sendWarning", true));

        complete(task(pi), withVariables("corrected", false));

        assertThat(pi).hasPassedInOrder("Gateway_CorrectedAfterWarning", "Gateway_JoinDraft")
                .hasNotPassed("Task_ConfirmCorrection").isWaitingAtExactly("Task_DraftNotice");
    }

    // --- notice ---

    @Test
    void aNoticeTheEnterpriseAnswersWithACorrectionEndsTheCaseCorrected() throws Exception {
        ProcessInstance pi = noticeDrafting();
        assertThat(pi).hasPassedInOrder("Gateway_Warning", "Gateway_JoinDraft").hasNotPassed("Task_IssueWarning");
        assertThat(task(pi)).hasCandidateGroup("inspectors");

        complete(task(pi), withVariables("requiredCorrection", "补发加班工资"));

        assertThat(pi).isWaitingAtExactly("Task_ApproveNotice");
        assertThat(task(pi)).hasCandidateGroup("inspectionLeads");
        verify(engine.taskListener(FOUR_EYES)).notify(any(DelegateTask.class));
        assertThat(engine.invokedAt(FOUR_EYES)).containsExactly("Task_DraftNotice");
        complete(task(pi), withVariables("approved", true));

        assertThat(pi).hasPassedInOrder("Gateway_NoticeApproved", "Task_IssueNotice").isWaitingAtExactly("Task_RecordService");
        complete(task(pi),
                withVariables("serviceDate", "2025-09-26", "serviceMethod", "DIRECT", "serviceRecipient", "王经理"));

        assertThat(pi).hasPassedInOrder("Task_RecordService", "Task_StartReplyClock")
                .isWaitingAtExactly("Task_EnterpriseReply");
        assertThat(task(pi)).hasCandidateGroup(ENTERPRISE_GROUP).hasCandidateGroup("inspectors").hasDueDate(replyDue);
        assertThat(job("Event_ReplyOverdue", pi).getDuedate()).isEqualTo(replyDue);
        complete(task(pi), withVariables("replyText", "已补发", "correctiveMeasures", "已发放"));

        // the enterprise is a party while its task is open, and not after its reply
        assertThat(engine.invocations(ENTERPRISE_PARTY)).containsExactly(
                new Invoked("Task_EnterpriseReply", "create"), new Invoked("Task_EnterpriseReply", "complete"));
        assertThat(pi).hasPassedInOrder("Task_EnterpriseReply", "Task_RecordReply").isWaitingAtExactly("Task_FollowUpCheck");
        // the follow-up check is due after the notice's correction period, as the reply step set it
        assertThat(task(pi)).hasDueDate(followUpDue);
        complete(task(pi), withVariables("corrected", true, "followUpNote", "经核实已足额发放"));

        assertThat(pi).hasPassedInOrder("Gateway_Corrected", "Gateway_JoinCorrected", "Task_ConfirmCorrection",
                "Event_Corrected").hasNotPassed("Task_SignRecommendation").isEnded();
        verify(engine.delegate(ISSUE_NOTICE)).execute(any());
        verify(engine.delegate(RECORD_REPLY)).execute(any());
    }

    @Test
    void aDraftTheLeadRejectsGoesBackToTheInspectors() throws Exception {
        ProcessInstance pi = noticeDrafting();
        complete(task(pi), withVariables("requiredCorrection", "补发工资"));

        complete(task(pi), withVariables("approved", false, "approvalNote", "整改期限要写明"));

        assertThat(pi).hasPassedInOrder("Task_ApproveNotice", "Gateway_NoticeApproved", "Gateway_JoinDraft")
                .isWaitingAtExactly("Task_DraftNotice");
        verify(engine.delegate(ISSUE_NOTICE), never()).execute(any());
        complete(task(pi), withVariables("requiredCorrection", "于10月31日前补发工资"));
        verify(engine.taskListener(FOUR_EYES), times(2)).notify(any(DelegateTask.class));
    }

    // --- recommendation to the labour department ---

    @Test
    void noReplyInTimeLeadsToARecommendation_andEndsTheEnterprisesAccessAllTheSame() throws Exception {
        ProcessInstance pi = replyAwaited();

        execute(job("Event_ReplyOverdue", pi));

        assertThat(pi).hasPassedInOrder("Event_ReplyOverdue", "Gateway_JoinRecommendation")
                .hasNotPassed("Task_RecordReply").isWaitingAtExactly("Task_SignRecommendation");
        assertThat(task(pi)).hasCandidateGroup("inspectionLeads");
        assertThat(engine.invocations(ENTERPRISE_PARTY)).containsExactly(
                new Invoked("Task_EnterpriseReply", "create"), new Invoked("Task_EnterpriseReply", "delete"));
        verify(engine.delegate(RECORD_REPLY), never()).execute(any());
    }

    @Test
    void aReplyWithoutCorrectionLeadsToARecommendation_andTheDepartmentMayRefuseTheCase() throws Exception {
        ProcessInstance pi = replyAwaited();
        complete(task(pi), withVariables("replyText", "我单位无违法行为"));
        complete(task(pi), withVariables("corrected", false, "followUpNote", "仍未支付"));

        assertThat(pi).hasPassedInOrder("Gateway_Corrected", "Gateway_JoinRecommendation")
                .isWaitingAtExactly("Task_SignRecommendation");
        complete(task(pi), withVariables("signNote", "同意"));

        // the department's clock waits for its receipt of the 建议书, signed in WorkRight or served on paper
        assertThat(pi).hasPassedInOrder("Task_SignRecommendation", "Task_IssueRecommendation")
                .isWaitingAtExactly("Task_ReceiveRecommendation");
        assertThat(task(pi)).hasCandidateGroup("labourBureau").hasCandidateGroup("inspectors");
        complete(task(pi), RECEIPT);

        assertThat(pi).hasPassedInOrder("Task_ReceiveRecommendation", "Task_StartAnswerClock", "StartEvent_DepartmentAnswer")
                .isWaitingAtExactly("SubProcess_DepartmentAnswer", "Task_DepartmentAnswer");
        verify(engine.delegate(START_ANSWER_CLOCK)).execute(any());
        assertThat(task(pi)).hasCandidateGroup("labourBureau").hasDueDate(answerDue);
        assertThat(job("Event_AnswerOverdue", pi).getDuedate()).isEqualTo(answerDue);
        complete(task(pi), withVariables("caseOpened", false, "answerNote", "已超过查处时效"));

        assertThat(pi).hasPassed("Event_DepartmentAnswerDone", "SubProcess_DepartmentAnswer")
                .hasPassedInOrder("Task_RecordAnswer", "Gateway_CaseOpened", "Event_DepartmentRefused")
                .hasNotPassed("SubProcess_InspectionOutcome").isEnded();
        verify(engine.delegate(RECORD_ANSWER)).execute(any());
    }

    @Test
    void aLateDepartmentIsChased_whileItsAnswerStaysOpen() {
        ProcessInstance pi = answerAwaited();

        execute(job("Event_AnswerOverdue", pi));

        assertThat(pi).hasPassed("Event_AnswerOverdue").isWaitingAtExactly("SubProcess_DepartmentAnswer",
                "Task_DepartmentAnswer", "SubProcess_DepartmentAnswerChase", "Task_ChaseAnswer");
        assertThat(task("Task_ChaseAnswer", pi)).hasCandidateGroup("inspectionLeads");
        complete(task("Task_ChaseAnswer", pi), withVariables("chaseNote", "已电话催办"));

        assertThat(pi).hasPassed("Event_AnswerChased")
                .isWaitingAtExactly("SubProcess_DepartmentAnswer", "Task_DepartmentAnswer");
    }

    @Test
    void theDepartmentsAnswerWithdrawsAnOpenChase() {
        ProcessInstance pi = answerAwaited();
        execute(job("Event_AnswerOverdue", pi));

        complete(task("Task_DepartmentAnswer", pi), withVariables("caseOpened", true, "answerNote", "已立案"));

        assertThat(pi).hasPassed("Event_DepartmentAnswerDone").hasNotPassed("Event_AnswerChased")
                .isWaitingAtExactly("SubProcess_InspectionOutcome", "Task_InspectionOutcome");
    }

    // --- the department's inspection ---

    @Test
    void anOpenedCaseIsExtendedAndThenConcluded() throws Exception {
        ProcessInstance pi = answerAwaited();
        complete(task(pi), withVariables("caseOpened", true, "answerNote", "已立案查处"));

        assertThat(pi).hasPassedInOrder("Task_RecordAnswer", "Gateway_CaseOpened", "Gateway_JoinInspection",
                "StartEvent_InspectionOutcome").isWaitingAtExactly("SubProcess_InspectionOutcome", "Task_InspectionOutcome");
        assertThat(task(pi)).hasCandidateGroup("labourBureau").hasDueDate(inspectionDue);
        assertThat(job("Event_InspectionOverdue", pi).getDuedate()).isEqualTo(inspectionDue);
        complete(task(pi), withVariables("inspectionAction", "EXTEND", "extensionNote", "经局长批准延长"));

        assertThat(pi).hasPassedInOrder("Event_InspectionOutcomeDone", "Gateway_InspectionAction", "Task_ExtendInspection")
                .isWaitingAtExactly("SubProcess_InspectionOutcome", "Task_InspectionOutcome");
        // the clock starts again from the extended deadline
        assertThat(task(pi)).hasDueDate(extendedInspectionDue);
        assertThat(job("Event_InspectionOverdue", pi).getDuedate()).isEqualTo(extendedInspectionDue);
        complete(task(pi), withVariables("inspectionAction", "CONCLUDE", "outcome", "责令补发工资并处罚款"));

        assertThat(pi).hasPassedInOrder("Gateway_InspectionAction", "Task_RecordOutcome", "Event_Concluded").isEnded();
        verify(engine.delegate(EXTEND)).execute(any());
        verify(engine.delegate(RECORD_OUTCOME)).execute(any());
    }

    @Test
    void aLateInspectionIsChased_whileItsOutcomeStaysOpen() {
        ProcessInstance pi = inspectionUnderway();

        execute(job("Event_InspectionOverdue", pi));

        assertThat(pi).hasPassed("Event_InspectionOverdue").isWaitingAtExactly("SubProcess_InspectionOutcome",
                "Task_InspectionOutcome", "SubProcess_InspectionOutcomeChase", "Task_ChaseInspection");
        assertThat(task("Task_ChaseInspection", pi)).hasCandidateGroup("inspectionLeads");
        complete(task("Task_ChaseInspection", pi), withVariables("chaseNote", "已发函催办"));

        assertThat(pi).hasPassed("Event_InspectionChased")
                .isWaitingAtExactly("SubProcess_InspectionOutcome", "Task_InspectionOutcome");
    }

    @Test
    void anExtensionWithdrawsAnOpenChase_andRestartsTheClock() {
        ProcessInstance pi = inspectionUnderway();
        execute(job("Event_InspectionOverdue", pi));

        complete(task("Task_InspectionOutcome", pi),
                withVariables("inspectionAction", "EXTEND", "extensionNote", "经批准延长"));

        assertThat(pi).hasPassed("Task_ExtendInspection").hasNotPassed("Event_InspectionChased")
                .isWaitingAtExactly("SubProcess_InspectionOutcome", "Task_InspectionOutcome");
        assertThat(job("Event_InspectionOverdue", pi).getDuedate()).isEqualTo(extendedInspectionDue);
    }

    // --- driving to a step ---

    private ProcessInstance referral() {
        return engine.getRuntimeService().createMessageCorrelation(REFERRAL)
                .processInstanceBusinessKey("LS-2025-" + (++cases))
                .setVariables(engine.withTextVariables(Map.of()))
                .correlateStartMessage();
    }

    private ProcessInstance investigating() {
        ProcessInstance pi = referral();
        complete(task(pi), withVariables("accepted", true));
        assertThat(pi).hasPassedInOrder("Gateway_Accepted", "Task_AcceptCase").isWaitingAtExactly("Task_Investigate");
        return pi;
    }

    private ProcessInstance noticeDrafting() {
        ProcessInstance pi = investigating();
        complete(task(pi), withVariables("sendWarning", false));
        assertThat(pi).isWaitingAtExactly("Task_DraftNotice");
        return pi;
    }

    private ProcessInstance replyAwaited() {
        ProcessInstance pi = noticeDrafting();
        complete(task(pi), withVariables("requiredCorrection", "补发工资"));
        complete(task(pi), withVariables("approved", true));
        complete(task(pi), withVariables("serviceDate", "2025-09-26", "serviceMethod", "DIRECT"));
        assertThat(pi).isWaitingAtExactly("Task_EnterpriseReply");
        return pi;
    }

    private ProcessInstance answerAwaited() {
        ProcessInstance pi = replyAwaited();
        execute(job("Event_ReplyOverdue", pi));
        complete(task(pi), withVariables("signNote", "同意"));
        complete(task(pi), RECEIPT);
        assertThat(pi).isWaitingAtExactly("SubProcess_DepartmentAnswer", "Task_DepartmentAnswer");
        return pi;
    }

    private ProcessInstance inspectionUnderway() {
        ProcessInstance pi = answerAwaited();
        complete(task(pi), withVariables("caseOpened", true, "answerNote", "已立案"));
        assertThat(pi).isWaitingAtExactly("SubProcess_InspectionOutcome", "Task_InspectionOutcome");
        return pi;
    }
}
