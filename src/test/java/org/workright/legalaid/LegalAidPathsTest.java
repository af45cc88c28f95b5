package org.workright.legalaid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.util.Arrays;
import java.util.Date;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.workright.casework.BareEngine;

/**
 * Fast tier: every path of processes/legal-aid-request.bpmn on a bare engine with its delegates
 * mocked; {@link LegalAidProcessTest} runs the same model with the real application. Ids are the
 * model's own, written out, so that a renamed element fails here rather than being followed.
 */
class LegalAidPathsTest {

    @RegisterExtension
    static final BareEngine engine = BareEngine.of("processes/legal-aid-request.bpmn")
            // the eligibility delegates evaluate it; deployed so the model travels as it does in production
            .alsoDeploying("processes/legal-aid-eligibility.dmn")
            .clockAt("2026-01-05T10:00:00+08:00")
            // shown in task documentation; the mocked delegates do not set them
            .textVariables("caseNo", "caseSummary", "eligibilityReason", "missingItems", "reminderText",
                    "decisionDueText", "supplementDueText", "caseProfile")
            .requireEveryPath();

    private static final String KEY = "legal-aid-request";
    private static final String SUBMITTED = "Message_LegalAidApplicationSubmitted";

    private static final String REGISTER = "legalAidRequestRegisterApplication";
    private static final String CASE_START = "legalAidRequestCaseStart";
    private static final String DISCARD_CODE = "legalAidRequestDiscardAccessCode";
    private static final String SUPPLEMENT_NOTICE = "legalAidRequestIssueSupplementNotice";
    private static final String WITHDRAW = "legalAidRequestWithdrawApplication";
    private static final String ASSESS = "legalAidRequestAssessEligibility";
    private static final String START_DECISION_CLOCK = "legalAidRequestStartDecisionClock";
    private static final String RESUME_DECISION_CLOCK = "legalAidRequestResumeDecisionClock";
    private static final String WATCH_URGENCY = "legalAidRequestWatchUrgency";
    private static final String REFUSE = "legalAidRequestRefuseAid";
    private static final String GRANT = "legalAidRequestGrantAid";
    private static final String ASSESS_URGENT = "legalAidRequestAssessUrgentAid";
    private static final String TERMINATE_URGENT = "legalAidRequestTerminateUrgentAid";
    private static final String PROPOSE = "legalAidRequestProposeLawyer";
    private static final String RECORD_DECLINE = "legalAidRequestRecordDecline";
    private static final String CONFIRM_ASSIGNMENT = "legalAidRequestConfirmAssignment";
    private static final String SCHEDULE_REMINDER = "legalAidRequestScheduleReminder";
    private static final String RECORD_REMINDER = "legalAidRequestRecordReminder";
    private static final String RECORD_STAGE = "legalAidRequestRecordStage";
    private static final String REFER = "legalAidRequestReferToSupervision";
    private static final String CLOSE = "legalAidRequestCloseCase";
    private static final String TERMINATE = "legalAidRequestTerminateAid";

    private static final String LAWYER = "lawyer1";
    // distinct deadlines, so an assertion shows which variable a due date or timer was read from
    private final Date decisionDue = engine.later(Duration.ofDays(8));
    private final Date completenessDue = engine.later(Duration.ofDays(3));
    private final Date supplementDue = engine.later(Duration.ofDays(16));
    private final Date assignmentDue = engine.later(Duration.ofDays(4));
    private final Date paperworkDue = engine.later(Duration.ofDays(9));
    private final Date reminderDue = engine.later(Duration.ofDays(30));

    private int cases;

    @BeforeEach
    void delegatesSetWhatTheModelReads() {
        engine.setsVariables(START_DECISION_CLOCK, "decisionDue", decisionDue, "completenessDue", completenessDue);
        engine.setsVariables(RESUME_DECISION_CLOCK, "decisionDue", decisionDue, "completenessDue", completenessDue);
        engine.setsVariables(ASSESS, "decisionDue", decisionDue);
        engine.setsVariables(SUPPLEMENT_NOTICE, "supplementDue", supplementDue);
        engine.setsVariables(GRANT, "assignmentDue", assignmentDue, "urgentAidGranted", false);
        engine.setsVariables(ASSESS_URGENT, "urgentAidUpheld", true);
        engine.setsVariables(PROPOSE, "lawyerFound", true, "lawyerId", LAWYER);
        engine.setsVariables(SCHEDULE_REMINDER, "nextReminderAt", reminderDue);
        engine.setsVariables(WATCH_URGENCY, "urgencyArisen", false);
    }

    // --- registration ---

    @Test
    void anApplicationTakenByTheOfficeIsRegisteredAndItsReceiptHandedOverByWhoeverTookIt() throws Exception {
        ProcessInstance pi;
        engine.getIdentityService().setAuthentication("office1", List.of("legalAidOffice"));
        try {
            pi = engine.getRuntimeService().startProcessInstanceByKey(KEY, engine.withTextVariables(Map.of("urgent", false)));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }

        assertThat(pi).hasPassedInOrder("StartEvent_FormApplication", "Task_RegisterApplication")
                .isWaitingAtExactly("Task_HandOverReceipt");
        assertThat(task(pi)).isAssignedTo("office1").hasCandidateGroupAssociated("legalAidOffice");
        verify(engine.delegate(REGISTER)).execute(any());
        assertThat(engine.invokedAt(CASE_START)).containsExactly("Task_RegisterApplication");

        complete(task(pi), withVariables("receiptGiven", true));

        assertThat(pi).hasPassedInOrder("Task_HandOverReceipt", "Task_DiscardAccessCode", "Gateway_Registered",
                "Gateway_Urgent", "Gateway_JoinCompleteness").isWaitingAtExactly("Task_CheckCompleteness");
        verify(engine.delegate(DISCARD_CODE)).execute(any());
    }

    @Test
    void anOnlineApplicationStartsByMessage_andItsDecisionClockRunsFromReceipt() throws Exception {
        ProcessInstance pi = applyOnline(false);

        assertThat(pi).hasPassedInOrder("StartEvent_OnlineApplication", "Gateway_Registered", "Gateway_Urgent")
                .hasNotPassed("Task_RegisterApplication", "Task_ConfirmUrgentAid")
                .isWaitingAtExactly("Task_CheckCompleteness");
        assertThat(engine.invokedAt(CASE_START)).containsExactly("StartEvent_OnlineApplication");
        verify(engine.delegate(REGISTER), never()).execute(any());
        // the clock starts as the application is registered, whichever door it came through
        assertThat(engine.invocations(START_DECISION_CLOCK))
                .containsExactly(new BareEngine.Invoked("Gateway_Registered", "start"));
        assertThat(task(pi)).hasCandidateGroup("legalAidOffice").hasDueDate(completenessDue);
        assertThat(task(pi).getPriority()).isEqualTo(50);
    }

    // --- completeness ---

    @Test
    void anIncompleteApplicationGetsASupplementNoticeAndIsCheckedAgainOnceSupplied() throws Exception {
        ProcessInstance pi = applyOnline(false);
        complete(task(pi), withVariables("complete", false, "missingItems", "劳动合同"));

        assertThat(pi).hasPassedInOrder("Gateway_Complete", "Task_IssueSupplementNotice")
                .isWaitingAtExactly("Task_ReceiveSupplement");
        assertThat(task(pi)).hasDueDate(supplementDue);
        assertThat(job("Event_SupplementDeadline", pi).getDuedate()).isEqualTo(supplementDue);

        complete(task(pi), withVariables("supplementNote", "已补交劳动合同"));

        // the material in, the decision clock runs on before the check
        assertThat(pi).hasPassedInOrder("Task_ReceiveSupplement", "Task_ResumeDecisionClock", "Gateway_JoinCompleteness")
                .isWaitingAtExactly("Task_CheckCompleteness").hasNotPassed("Task_AssessEligibility");
        verify(engine.delegate(RESUME_DECISION_CLOCK)).execute(any());
        assertThat(task(pi)).hasDueDate(completenessDue);
        assertThat(engine.invokedAt(SUPPLEMENT_NOTICE)).containsExactly("Task_IssueSupplementNotice");
        complete(task(pi), withVariables("complete", true));
        assertThat(pi).hasPassed("Task_AssessEligibility").isWaitingAt("Task_DecideAid");
    }

    @Test
    void anApplicationIsWithdrawnWhenTheSupplementDeadlinePasses() throws Exception {
        ProcessInstance pi = applyOnline(false);
        complete(task(pi), withVariables("complete", false, "missingItems", "劳动合同"));

        execute(job("Event_SupplementDeadline", pi));

        assertThat(pi).hasPassedInOrder("Event_SupplementDeadline", "Task_WithdrawApplication", "Event_Withdrawn")
                .isEnded();
        verify(engine.delegate(WITHDRAW)).execute(any());
        verify(engine.delegate(ASSESS), never()).execute(any());
    }

    // --- decision ---

    @Test
    void anEligibleApplicationIsGrantedAndTheAcceptingLawyerTakesTheCase() throws Exception {
        ProcessInstance pi = decisionPending();
        assertThat(pi).hasPassedInOrder("Gateway_Complete", "Task_AssessEligibility", "StartEvent_Decision");
        assertThat(task(pi)).hasDueDate(decisionDue).hasCandidateGroup("legalAidOffice");
        assertThat(job("Event_DecisionOverdue", pi).getDuedate()).isEqualTo(decisionDue);

        complete(task(pi), withVariables("grantAid", true, "decisionReason", "符合条件"));

        assertThat(pi).hasPassed("Event_Decided", "SubProcess_Decision", "Gateway_Decision", "Gateway_JoinGrant")
                .hasPassedInOrder("Task_GrantAid", "Gateway_UrgentPaperwork", "Gateway_JoinAssignment",
                        "StartEvent_Assignment", "Gateway_JoinProposal", "Task_ProposeLawyer", "Gateway_LawyerFound")
                .hasNotPassed("Fork_UrgentPaperwork", "Task_RefuseAid")
                .isWaitingAtExactly("SubProcess_Assignment", "Task_AcceptAssignment");
        // the decision was made in time: its escalation timer went with the subprocess
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(pi.getId())
                .activityId("Event_DecisionOverdue").count()).isZero();
        assertThat(task(pi)).isAssignedTo(LAWYER).hasDueDate(assignmentDue);
        assertThat(job("Event_AssignmentOverdue", pi).getDuedate()).isEqualTo(assignmentDue);

        complete(task(pi), withVariables("accepted", true));

        assertThat(pi).hasPassedInOrder("Gateway_Accepted", "Task_ConfirmAssignment", "Event_Assigned")
                .hasPassed("SubProcess_Assignment", "Gateway_JoinHandling", "Task_ScheduleReminder")
                .isWaitingAtExactly("Task_HandleCase");
        assertThat(task(pi)).isAssignedTo(LAWYER).hasCandidateGroupAssociated("legalAidLead");
        assertThat(job("Event_ClockReminder", pi).getDuedate()).isEqualTo(reminderDue);
        verify(engine.delegate(GRANT)).execute(any());
        verify(engine.delegate(CONFIRM_ASSIGNMENT)).execute(any());
    }

    @Test
    void anIneligibleApplicationIsRefused() throws Exception {
        ProcessInstance pi = decisionPending();

        complete(task(pi), withVariables("grantAid", false, "decisionReason", "不符合经济困难标准"));

        assertThat(pi).hasPassedInOrder("Event_Decided", "Gateway_Decision", "Task_RefuseAid", "Event_Refused")
                .hasNotPassed("Task_GrantAid").isEnded();
        verify(engine.delegate(REFUSE)).execute(any());
        verify(engine.delegate(GRANT), never()).execute(any());
    }

    @Test
    void aMissedDecisionDeadlineIsEscalatedToTheLead_whileTheDecisionStaysOpen() {
        ProcessInstance pi = decisionPending();

        execute(job("Event_DecisionOverdue", pi));

        assertThat(pi).hasPassed("Event_DecisionOverdue").isWaitingAtExactly("SubProcess_Decision", "Task_DecideAid",
                "SubProcess_EscalateDecision", "Task_EscalateDecision");
        assertThat(task("Task_EscalateDecision", pi)).hasCandidateGroup("legalAidLead");
        complete(task("Task_EscalateDecision", pi), withVariables("escalationNote", "已督办"));

        assertThat(pi).hasPassed("Event_DecisionEscalated").isWaitingAtExactly("SubProcess_Decision", "Task_DecideAid");
    }

    @Test
    void decidingWithdrawsAnOpenEscalation() {
        ProcessInstance pi = decisionPending();
        execute(job("Event_DecisionOverdue", pi));

        complete(task("Task_DecideAid", pi), withVariables("grantAid", false));

        assertThat(pi).hasPassed("Event_Refused").hasNotPassed("Event_DecisionEscalated").isEnded();
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
    }

    // --- urgent aid ---

    @Test
    void urgentAidIsGrantedAtOnce_andThePaperworkIsReviewedBesideTheAssignment() throws Exception {
        ProcessInstance pi = applyOnline(true);
        assertThat(pi).hasPassed("Gateway_Urgent").isWaitingAtExactly("Task_ConfirmUrgentAid");
        assertThat(task(pi)).hasCandidateGroup("legalAidOffice");

        urgentAidConfirmed(pi);

        assertThat(pi).hasPassedInOrder("Gateway_UrgentConfirmed", "Gateway_JoinGrant", "Task_GrantAid",
                        "Gateway_UrgentPaperwork", "Fork_UrgentPaperwork")
                .hasNotPassed("Task_CheckCompleteness", "Task_AssessEligibility", "Task_DecideAid")
                .isWaitingAtExactly("SubProcess_Assignment", "Task_AcceptAssignment", "Task_ReviewUrgentPaperwork");
        assertThat(task("Task_ReviewUrgentPaperwork", pi)).hasDueDate(paperworkDue).hasCandidateGroup("legalAidOffice");
        assertThat(task("Task_AcceptAssignment", pi).getPriority()).isEqualTo(80);

        complete(task("Task_ReviewUrgentPaperwork", pi), withVariables("paperworkComplete", true));

        assertThat(pi).hasPassedInOrder("Gateway_PaperworkComplete", "Task_AssessUrgentAid", "Gateway_UrgentAidUpheld",
                "Event_UrgentAidUpheld").isWaitingAtExactly("SubProcess_Assignment", "Task_AcceptAssignment");
        verify(engine.delegate(ASSESS_URGENT)).execute(any());
        verify(engine.delegate(TERMINATE_URGENT), never()).execute(any());
    }

    /** The urgency check answers yes once (it marks the case), then no: as the real one does. */
    private void urgencyArisesAtTheCompletenessCheck() {
        Iterator<Boolean> answers = List.of(true, false).iterator();
        engine.onExecute(WATCH_URGENCY, execution -> execution.setVariable("urgencyArisen", answers.next()));
    }

    @Test
    void urgencyArisingByTheCompletenessCheck_isPutToTheOffice_andDeclinedTheCheckStands() {
        ProcessInstance pi = applyOnline(false);
        urgencyArisesAtTheCompletenessCheck();

        complete(task(pi), withVariables("complete", true));

        assertThat(pi).hasPassedInOrder("Task_CheckCompleteness", "Gateway_UrgencyArisen")
                .isWaitingAtExactly("Task_ConfirmUrgentAid");
        complete(task(pi), withVariables("urgentConfirmed", false));

        // the material was checked already: on to the decision, not to a second check
        assertThat(pi).hasPassedInOrder("Task_ConfirmUrgentAid", "Gateway_UrgentConfirmed", "Gateway_UrgencyArisen",
                "Gateway_Complete", "Task_AssessEligibility").isWaitingAtExactly("SubProcess_Decision", "Task_DecideAid");
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
                .activityId("Task_CheckCompleteness").count()).isEqualTo(1);
        assertThat(engine.invocations(WATCH_URGENCY)).extracting(BareEngine.Invoked::activityId)
                .containsExactly("Gateway_UrgencyArisen", "Gateway_UrgencyArisen");
    }

    @Test
    void urgencyArisingWhileMaterialIsMissing_confirmedGivesAidFirst() throws Exception {
        ProcessInstance pi = applyOnline(false);
        urgencyArisesAtTheCompletenessCheck();
        complete(task(pi), withVariables("complete", false, "missingItems", "劳动合同"));

        urgentAidConfirmed(pi);

        // aid first (LAL art 44): no 补充材料通知书 now, the paperwork follows with the lawyer
        assertThat(pi).hasPassedInOrder("Gateway_UrgencyArisen", "Task_ConfirmUrgentAid", "Task_GrantAid")
                .hasNotPassed("Gateway_Complete", "Task_IssueSupplementNotice");
        verify(engine.delegate(SUPPLEMENT_NOTICE), never()).execute(any());
    }

    @Test
    void eachDayWhileADecisionIsAwaitedUrgencyIsLookedAtAgain() throws Exception {
        ProcessInstance pi = decisionPending();

        execute(job("Event_DecisionUrgencyWatch", pi));
        execute(job("Event_DecisionUrgencyWatch", pi));

        assertThat(engine.invocations(WATCH_URGENCY)).extracting(BareEngine.Invoked::activityId)
                .containsExactly("Gateway_UrgencyArisen", "Task_WatchUrgency", "Task_WatchUrgency");
        // a watch, not a step: the decision stays open and the next look is tomorrow
        assertThat(pi).hasPassed("Event_DecisionUrgencyWatched").isWaitingAtExactly("SubProcess_Decision", "Task_DecideAid");
        assertThat(job("Event_DecisionUrgencyWatch", pi)).isNotNull();
        complete(task(pi), withVariables("grantAid", true));
        assertThat(job("Event_DecisionUrgencyWatch", pi)).isNull();
    }

    @Test
    void eachDayWhileALawyerIsAwaitedUrgencyIsLookedAtAgain() throws Exception {
        ProcessInstance pi = assignmentPending();

        execute(job("Event_AssignmentUrgencyWatch", pi));

        assertThat(pi).hasPassed("Task_WatchUrgencyWhileAssigning", "Event_AssignmentUrgencyWatched")
                .isWaitingAtExactly("SubProcess_Assignment", "Task_AcceptAssignment");
        assertThat(job("Event_AssignmentUrgencyWatch", pi)).isNotNull();
        complete(task(pi), withVariables("accepted", true));
        assertThat(job("Event_AssignmentUrgencyWatch", pi)).isNull();
    }

    @Test
    void urgencyTheOfficeCannotConfirmTakesTheOrdinaryRoute() {
        ProcessInstance pi = applyOnline(true);

        complete(task(pi), withVariables("urgentConfirmed", false));

        assertThat(pi).hasPassedInOrder("Task_ConfirmUrgentAid", "Gateway_UrgentConfirmed", "Gateway_JoinCompleteness")
                .hasNotPassed("Task_GrantAid").isWaitingAtExactly("Task_CheckCompleteness");
        // still urgent, so ahead of the ordinary applications
        assertThat(task(pi).getPriority()).isEqualTo(80);
    }

    @Test
    void urgentAidEnds_andWithItTheAssignment_whenThePaperworkDoesNotUpholdIt() throws Exception {
        ProcessInstance pi = applyOnline(true);
        urgentAidConfirmed(pi);
        engine.setsVariables(ASSESS_URGENT, "urgentAidUpheld", false);

        complete(task("Task_ReviewUrgentPaperwork", pi), withVariables("paperworkComplete", true));

        assertThat(pi).hasPassedInOrder("Gateway_UrgentAidUpheld", "Gateway_JoinUrgentTermination",
                "Task_TerminateUrgentAid", "Event_UrgentAidTerminated").hasNotPassed("Event_UrgentAidUpheld").isEnded();
        verify(engine.delegate(TERMINATE_URGENT)).execute(any());
    }

    @Test
    void missingUrgentPaperworkGetsANoticeAndIsReviewedAgainOnceSupplied() {
        ProcessInstance pi = applyOnline(true);
        urgentAidConfirmed(pi);

        complete(task("Task_ReviewUrgentPaperwork", pi),
                withVariables("paperworkComplete", false, "missingItems", "身份证复印件"));

        assertThat(pi).hasPassedInOrder("Gateway_PaperworkComplete", "Task_IssueUrgentSupplement")
                .isWaitingAtExactly("SubProcess_Assignment", "Task_AcceptAssignment", "Task_ReceiveUrgentSupplement");
        // one notice delegate serves both supplement requests
        assertThat(engine.invokedAt(SUPPLEMENT_NOTICE)).containsExactly("Task_IssueUrgentSupplement");
        assertThat(task("Task_ReceiveUrgentSupplement", pi)).hasDueDate(supplementDue);
        assertThat(job("Event_UrgentSupplementDeadline", pi).getDuedate()).isEqualTo(supplementDue);

        complete(task("Task_ReceiveUrgentSupplement", pi), withVariables("supplementNote", "已补交"));

        assertThat(pi).hasPassed("Gateway_JoinUrgentReview").hasNotPassed("Task_AssessUrgentAid")
                .isWaitingAtExactly("SubProcess_Assignment", "Task_AcceptAssignment", "Task_ReviewUrgentPaperwork");
    }

    @Test
    void urgentAidEndsWhenThePaperworkDeadlinePasses() throws Exception {
        ProcessInstance pi = applyOnline(true);
        urgentAidConfirmed(pi);
        complete(task("Task_ReviewUrgentPaperwork", pi),
                withVariables("paperworkComplete", false, "missingItems", "身份证复印件"));

        execute(job("Event_UrgentSupplementDeadline", pi));

        assertThat(pi).hasPassedInOrder("Event_UrgentSupplementDeadline", "Gateway_JoinUrgentTermination",
                "Task_TerminateUrgentAid", "Event_UrgentAidTerminated").hasNotPassed("Task_AssessUrgentAid").isEnded();
        verify(engine.delegate(TERMINATE_URGENT)).execute(any());
    }

    // --- assignment ---

    @Test
    void withNoLawyerAvailableTheLeadFindsOneAndMatchingRunsAgain() {
        proposes(null, "lawyer2");
        ProcessInstance pi = decisionPending();
        complete(task(pi), withVariables("grantAid", true));

        assertThat(pi).hasPassed("Gateway_LawyerFound").isWaitingAtExactly("SubProcess_Assignment", "Task_FindLawyer");
        assertThat(task(pi)).hasCandidateGroup("legalAidLead");
        complete(task(pi), withVariables("findLawyerNote", "已增补律师"));

        assertThat(pi).isWaitingAtExactly("SubProcess_Assignment", "Task_AcceptAssignment");
        assertThat(task(pi)).isAssignedTo("lawyer2");
        assertThat(engine.invokedAt(PROPOSE)).containsExactly("Task_ProposeLawyer", "Task_ProposeLawyer");
    }

    @Test
    void aDecliningLawyerIsRecordedAndTheNextOneProposed() throws Exception {
        proposes(LAWYER, "lawyer2");
        ProcessInstance pi = assignmentPending();

        complete(task(pi), withVariables("accepted", false, "declineReason", "开庭安排已满"));

        assertThat(pi).hasPassedInOrder("Gateway_Accepted", "Task_RecordDecline")
                .isWaitingAtExactly("SubProcess_Assignment", "Task_AcceptAssignment");
        assertThat(task(pi)).isAssignedTo("lawyer2");
        verify(engine.delegate(RECORD_DECLINE)).execute(any());
        verify(engine.delegate(CONFIRM_ASSIGNMENT), never()).execute(any());
    }

    @Test
    void aMissedAssignmentDeadlineIsEscalatedToTheLead_whileTheAssignmentStaysOpen() {
        ProcessInstance pi = assignmentPending();

        execute(job("Event_AssignmentOverdue", pi));

        assertThat(pi).hasPassed("Event_AssignmentOverdue")
                .isWaitingAtExactly("SubProcess_Assignment", "Task_AcceptAssignment",
                        "SubProcess_EscalateAssignment", "Task_EscalateAssignment");
        assertThat(task("Task_EscalateAssignment", pi)).hasCandidateGroup("legalAidLead");
        complete(task("Task_EscalateAssignment", pi), withVariables("escalationNote", "已督办"));

        assertThat(pi).hasPassed("Event_AssignmentEscalated")
                .isWaitingAtExactly("SubProcess_Assignment", "Task_AcceptAssignment");
    }

    @Test
    void acceptingWithdrawsAnOpenAssignmentEscalation() {
        ProcessInstance pi = assignmentPending();
        execute(job("Event_AssignmentOverdue", pi));

        complete(task("Task_AcceptAssignment", pi), withVariables("accepted", true));

        assertThat(pi).hasPassed("Event_Assigned").hasNotPassed("Event_AssignmentEscalated")
                .isWaitingAtExactly("Task_HandleCase");
    }

    // --- handling ---

    @Test
    void aRecordedStageReturnsToTheCaseWithTheNextReminderWorkedOutAgain() throws Exception {
        ProcessInstance pi = handling();

        complete(task(pi), withVariables("handlingAction", "RECORD_STAGE", "stage", "ARBITRATION"));

        assertThat(pi).hasPassedInOrder("Gateway_HandlingAction", "Task_RecordStage", "Gateway_JoinHandling")
                .isWaitingAtExactly("Task_HandleCase");
        verify(engine.delegate(RECORD_STAGE)).execute(any());
        assertThat(engine.invokedAt(SCHEDULE_REMINDER)).containsExactly("Task_ScheduleReminder", "Task_ScheduleReminder");
    }

    @Test
    void aReferralToSupervisionReturnsToTheCase() throws Exception {
        ProcessInstance pi = handling();

        complete(task(pi), withVariables("handlingAction", "REFER_SUPERVISION", "note", "普遍拖欠工资"));

        assertThat(pi).hasPassedInOrder("Gateway_HandlingAction", "Task_ReferToSupervision", "Gateway_JoinHandling")
                .isWaitingAtExactly("Task_HandleCase");
        verify(engine.delegate(REFER)).execute(any());
    }

    @Test
    void aDueReminderInterruptsTheCaseUntilTheLawyerAcknowledgesIt() throws Exception {
        ProcessInstance pi = handling();

        execute(job("Event_ClockReminder", pi));

        assertThat(pi).hasPassed("Event_ClockReminder").isWaitingAtExactly("Task_AcknowledgeReminder");
        assertThat(task(pi)).isAssignedTo(LAWYER);
        complete(task(pi), withVariables("reminderNote", "已联系受援人"));

        assertThat(pi).hasPassedInOrder("Task_AcknowledgeReminder", "Task_RecordReminder", "Gateway_JoinHandling")
                .isWaitingAtExactly("Task_HandleCase");
        verify(engine.delegate(RECORD_REMINDER)).execute(any());
        assertThat(engine.invokedAt(SCHEDULE_REMINDER)).hasSize(2);
    }

    @Test
    void aClosureReportTheOfficeRejectsGoesBackToTheLawyer_andAnApprovedOneClosesTheCase() throws Exception {
        ProcessInstance pi = handling();

        complete(task(pi), withVariables("handlingAction", "REQUEST_CLOSURE", "closureReport", "调解成功"));
        assertThat(pi).isWaitingAtExactly("Task_ReviewClosure");
        assertThat(task(pi)).hasCandidateGroup("legalAidOffice");
        complete(task(pi), withVariables("approved", false, "reviewNote", "请补充调解协议"));
        assertThat(pi).hasPassed("Gateway_ClosureApproved").isWaitingAtExactly("Task_HandleCase");
        verify(engine.delegate(CLOSE), never()).execute(any());

        complete(task(pi), withVariables("handlingAction", "REQUEST_CLOSURE", "closureReport", "调解成功，附协议"));
        complete(task(pi), withVariables("approved", true));

        assertThat(pi).hasPassedInOrder("Gateway_ClosureApproved", "Task_CloseCase", "Event_Closed").isEnded();
        verify(engine.delegate(CLOSE)).execute(any());
    }

    @Test
    void aTerminationTheOfficeRejectsGoesBackToTheLawyer_andAnApprovedOneEndsTheAid() throws Exception {
        ProcessInstance pi = handling();

        complete(task(pi), withVariables("handlingAction", "REQUEST_TERMINATION", "terminationReason", "OWN_LAWYER"));
        assertThat(pi).isWaitingAtExactly("Task_ReviewTermination");
        assertThat(task(pi)).hasCandidateGroup("legalAidOffice");
        complete(task(pi), withVariables("approved", false));
        assertThat(pi).hasPassed("Gateway_TerminationApproved").isWaitingAtExactly("Task_HandleCase");
        verify(engine.delegate(TERMINATE), never()).execute(any());

        complete(task(pi), withVariables("handlingAction", "REQUEST_TERMINATION", "terminationReason", "OWN_LAWYER"));
        complete(task(pi), withVariables("approved", true));

        assertThat(pi).hasPassedInOrder("Gateway_TerminationApproved", "Task_TerminateAid", "Event_Terminated").isEnded();
        verify(engine.delegate(TERMINATE)).execute(any());
    }

    // --- driving to a step ---

    private ProcessInstance applyOnline(boolean urgent) {
        return engine.getRuntimeService().createMessageCorrelation(SUBMITTED)
                .processInstanceBusinessKey("LA-2026-" + (++cases))
                .setVariables(engine.withTextVariables(Map.of("urgent", urgent)))
                .correlateStartMessage();
    }

    private ProcessInstance decisionPending() {
        ProcessInstance pi = applyOnline(false);
        complete(task(pi), withVariables("complete", true));
        assertThat(pi).isWaitingAtExactly("SubProcess_Decision", "Task_DecideAid");
        return pi;
    }

    private ProcessInstance assignmentPending() {
        ProcessInstance pi = decisionPending();
        complete(task(pi), withVariables("grantAid", true));
        assertThat(pi).isWaitingAtExactly("SubProcess_Assignment", "Task_AcceptAssignment");
        return pi;
    }

    private ProcessInstance handling() {
        ProcessInstance pi = assignmentPending();
        complete(task(pi), withVariables("accepted", true));
        assertThat(pi).isWaitingAtExactly("Task_HandleCase");
        return pi;
    }

    /** The office confirms urgent aid; the grant delegate then says so, as the real one does. */
    private void urgentAidConfirmed(ProcessInstance pi) {
        engine.setsVariables(GRANT, "assignmentDue", assignmentDue, "urgentAidGranted", true, "paperworkDue", paperworkDue);
        complete(task("Task_ConfirmUrgentAid", pi),
                withVariables("urgentConfirmed", true, "urgentNote", "仲裁期限将届满"));
    }

    /** The matching proposes these lawyers in turn; null for none available. */
    private void proposes(String... lawyers) {
        Iterator<String> next = Arrays.asList(lawyers).iterator();
        engine.onExecute(PROPOSE, execution -> {
            String lawyer = next.next();
            execution.setVariable("lawyerFound", lawyer != null);
            execution.setVariable("lawyerId", lawyer);
        });
    }
}
