package org.workright.legalaid;

/** The names processes/legal-aid-request.bpmn and its forms share with the code. */
public final class LegalAidProcess {

    public static final String KEY = "legal-aid-request";
    public static final String DECISION_ELIGIBILITY = "legal-aid-eligibility";
    /** Starts the process for an application already registered through the public API. */
    public static final String MESSAGE_SUBMITTED = "Message_LegalAidApplicationSubmitted";

    /** Process variables. Personal data (ID number, phone, address) is never one of them. */
    public static final class Var {
        public static final String CASE_NO = "caseNo";
        public static final String CASE_SUMMARY = "caseSummary";
        /** What office staff and the lawyer read on every task: the facts and the applicant's situation. */
        public static final String CASE_FACTS = "caseFacts";
        public static final String CASE_PROFILE = "caseProfile";
        /** Shown once to the staff member who took the application, then discarded. */
        public static final String ACCESS_CODE = "accessCode";
        public static final String CLAIM_TYPE = "claimType";
        /** A DMN input only, taken from the case row: worker, union officer or union organisation. */
        public static final String APPLICANT_KIND = "applicantKind";
        public static final String MIGRANT_WORKER = "migrantWorker";
        public static final String MEANS_TEST_EXEMPTION = "meansTestExemption";
        /** Office staff saw the proof of the exemption claimed (LAL art 42): only then does it count. */
        public static final String EXEMPTION_PROOF_SEEN = "exemptionProofSeen";
        public static final String ECONOMIC_HARDSHIP = "economicHardship";
        public static final String SERIOUS_INFRINGEMENT = "seriousInfringement";
        public static final String URGENT = "urgent";
        /** Set by the urgency check after the completeness check: urgency arose since the application came in. */
        public static final String URGENCY_ARISEN = "urgencyArisen";
        /** Office staff confirmed urgent aid (先行援助) after checking the claimed deadline. */
        public static final String URGENT_CONFIRMED = "urgentConfirmed";
        public static final String URGENT_NOTE = "urgentNote";
        public static final String COMPLETE = "complete";
        public static final String MISSING_ITEMS = "missingItems";
        public static final String SUPPLEMENT_ROUND = "supplementRound";
        public static final String SUPPLEMENT_DUE = "supplementDue";
        public static final String DECISION_DUE = "decisionDue";
        public static final String COMPLETENESS_DUE = "completenessDue";
        /** Deadlines as task texts print them, with the provisional mark where it applies. */
        public static final String DECISION_DUE_TEXT = "decisionDueText";
        public static final String SUPPLEMENT_DUE_TEXT = "supplementDueText";
        /** The day the worker handed in the material, as the office registers it. */
        public static final String SUPPLIED_ON = "suppliedOn";
        public static final String ELIGIBLE = "eligible";
        public static final String ELIGIBILITY_CODE = "eligibilityCode";
        public static final String ELIGIBILITY_REASON = "eligibilityReason";
        public static final String GRANT_AID = "grantAid";
        public static final String DECISION_REASON = "decisionReason";
        public static final String ASSIGNMENT_DUE = "assignmentDue";
        /** Urgent aid was granted: the paperwork is reviewed alongside the lawyer's work (LAL art 44). */
        public static final String URGENT_AID_GRANTED = "urgentAidGranted";
        public static final String PAPERWORK_DUE = "paperworkDue";
        public static final String PAPERWORK_COMPLETE = "paperworkComplete";
        public static final String PAPERWORK_ECONOMIC_HARDSHIP = "paperworkEconomicHardship";
        public static final String PAPERWORK_SERIOUS_INFRINGEMENT = "paperworkSeriousInfringement";
        public static final String PAPERWORK_NOTE = "paperworkNote";
        public static final String URGENT_AID_UPHELD = "urgentAidUpheld";
        public static final String URGENT_REVIEW_REASON = "urgentReviewReason";
        public static final String LAWYER_ID = "lawyerId";
        public static final String LAWYER_FOUND = "lawyerFound";
        public static final String ACCEPTED = "accepted";
        public static final String DECLINE_REASON = "declineReason";
        public static final String ACTION = "handlingAction";
        public static final String STAGE = "stage";
        public static final String STAGE_DATE = "stageDate";
        /** For an award: what it decided and, for a claim of money, its amount (LDMAL art 47). */
        public static final String AWARD_SUBJECT = "awardSubject";
        public static final String AWARD_AMOUNT = "awardAmount";
        /** Every dispute clock now running, one per line, as the lawyer's task shows them. */
        public static final String DISPUTE_CLOCKS = "disputeClocks";
        public static final String NOTE = "note";
        public static final String CLOSURE_OUTCOME = "closureOutcome";
        public static final String CLOSURE_REPORT = "closureReport";
        public static final String TERMINATION_REASON = "terminationReason";
        public static final String APPROVED = "approved";
        public static final String SUPERVISION_CASE_NO = "supervisionCaseNo";
        public static final String NEXT_REMINDER_AT = "nextReminderAt";
        public static final String REMINDER_TEXT = "reminderText";
        public static final String REMINDER_KEY = "reminderKey";
        /** Reminders already acknowledged, one key per line, so a reminder is given once. */
        public static final String ACKNOWLEDGED_REMINDERS = "acknowledgedReminders";

        private Var() {
        }
    }

    /** Values of {@link Var#ACTION}, chosen by the lawyer in Task_HandleCase. */
    public static final class Action {
        public static final String RECORD_STAGE = "RECORD_STAGE";
        public static final String REQUEST_CLOSURE = "REQUEST_CLOSURE";
        public static final String REQUEST_TERMINATION = "REQUEST_TERMINATION";
        public static final String REFER_SUPERVISION = "REFER_SUPERVISION";

        private Action() {
        }
    }

    /** Activity ids the tests and services refer to. */
    public static final class Activity {
        public static final String REGISTER = "Task_RegisterApplication";
        public static final String HAND_OVER_RECEIPT = "Task_HandOverReceipt";
        public static final String DISCARD_ACCESS_CODE = "Task_DiscardAccessCode";
        public static final String CONFIRM_URGENT = "Task_ConfirmUrgentAid";
        public static final String CHECK_COMPLETENESS = "Task_CheckCompleteness";
        public static final String URGENCY_ARISEN = "Gateway_UrgencyArisen";
        public static final String WATCH_URGENCY = "Task_WatchUrgency";
        public static final String DECISION_URGENCY_WATCH = "Event_DecisionUrgencyWatch";
        public static final String ASSIGNMENT_URGENCY_WATCH = "Event_AssignmentUrgencyWatch";
        public static final String WATCH_URGENCY_WHILE_ASSIGNING = "Task_WatchUrgencyWhileAssigning";
        public static final String RESUME_DECISION_CLOCK = "Task_ResumeDecisionClock";
        public static final String ISSUE_SUPPLEMENT_NOTICE = "Task_IssueSupplementNotice";
        public static final String RECEIVE_SUPPLEMENT = "Task_ReceiveSupplement";
        public static final String SUPPLEMENT_DEADLINE = "Event_SupplementDeadline";
        public static final String WITHDRAW = "Task_WithdrawApplication";
        public static final String ASSESS_ELIGIBILITY = "Task_AssessEligibility";
        public static final String DECIDE = "Task_DecideAid";
        public static final String DECISION_OVERDUE = "Event_DecisionOverdue";
        public static final String ESCALATE_DECISION = "Task_EscalateDecision";
        public static final String REFUSE = "Task_RefuseAid";
        public static final String GRANT = "Task_GrantAid";
        public static final String REVIEW_URGENT_PAPERWORK = "Task_ReviewUrgentPaperwork";
        public static final String ASSESS_URGENT_AID = "Task_AssessUrgentAid";
        public static final String TERMINATE_URGENT_AID = "Task_TerminateUrgentAid";
        public static final String ISSUE_URGENT_SUPPLEMENT = "Task_IssueUrgentSupplement";
        public static final String RECEIVE_URGENT_SUPPLEMENT = "Task_ReceiveUrgentSupplement";
        public static final String URGENT_SUPPLEMENT_DEADLINE = "Event_UrgentSupplementDeadline";
        public static final String END_URGENT_AID_UPHELD = "Event_UrgentAidUpheld";
        public static final String END_URGENT_AID_TERMINATED = "Event_UrgentAidTerminated";
        public static final String ASSIGNMENT = "SubProcess_Assignment";
        public static final String ASSIGNMENT_OVERDUE = "Event_AssignmentOverdue";
        public static final String ESCALATE_ASSIGNMENT = "Task_EscalateAssignment";
        public static final String PROPOSE_LAWYER = "Task_ProposeLawyer";
        public static final String FIND_LAWYER = "Task_FindLawyer";
        public static final String ACCEPT_ASSIGNMENT = "Task_AcceptAssignment";
        public static final String SCHEDULE_REMINDER = "Task_ScheduleReminder";
        public static final String HANDLE_CASE = "Task_HandleCase";
        public static final String CLOCK_REMINDER = "Event_ClockReminder";
        public static final String ACKNOWLEDGE_REMINDER = "Task_AcknowledgeReminder";
        public static final String RECORD_REMINDER = "Task_RecordReminder";
        public static final String RECORD_STAGE = "Task_RecordStage";
        public static final String REVIEW_CLOSURE = "Task_ReviewClosure";
        public static final String CLOSE = "Task_CloseCase";
        public static final String REVIEW_TERMINATION = "Task_ReviewTermination";
        public static final String TERMINATE = "Task_TerminateAid";
        public static final String REFER_TO_SUPERVISION = "Task_ReferToSupervision";
        public static final String END_REFUSED = "Event_Refused";
        public static final String END_WITHDRAWN = "Event_Withdrawn";
        public static final String END_CLOSED = "Event_Closed";
        public static final String END_TERMINATED = "Event_Terminated";

        private Activity() {
        }
    }

    private LegalAidProcess() {
    }
}
