package org.workright.supervision;

/** The names processes/labour-law-supervision.bpmn and its forms share with the code. */
public final class SupervisionProcess {

    public static final String KEY = "labour-law-supervision";
    public static final String MESSAGE_REFERRAL = "Message_SupervisionReferral";

    /** Process variables. The complainant's name is never one of them once the case is registered. */
    public static final class Var {
        public static final String CASE_NO = "caseNo";
        public static final String CASE_SUMMARY = "caseSummary";
        public static final String CREDIT_CODE = "creditCode";
        public static final String ENTERPRISE_GROUP = "enterpriseGroup";
        public static final String SOURCE = "source";
        public static final String FACTS = "facts";
        public static final String COMPLAINANT_NAME = "complainantName";
        public static final String COMPLAINANT_CONSENTS = "complainantConsents";
        /** For the inspectors' triage and investigation only; removed before anything reaches the enterprise. */
        public static final String COMPLAINT_FACTS = "complaintFacts";
        public static final String COMPLAINANT = "complainant";
        public static final String ACCEPTED = "accepted";
        /** When the breach ended (or happened), as triage finds; the two-year rule counts from it. */
        public static final String CONDUCT_ENDED_ON = "conductEndedOn";
        /** The two-year rule's warning for the lead who signs a 建议书, or an empty text. */
        public static final String TWO_YEAR_WARNING = "twoYearWarning";
        public static final String REJECTION_REASON = "rejectionReason";
        public static final String REJECTION_NOTE = "rejectionNote";
        public static final String INSPECTORS = "inspectors";
        public static final String FINDINGS = "findings";
        public static final String EVIDENCE = "evidence";
        public static final String ARTICLES_BREACHED = "articlesBreached";
        public static final String SEND_WARNING = "sendWarning";
        public static final String CORRECTED = "corrected";
        public static final String REQUIRED_CORRECTION = "requiredCorrection";
        /** The correction period the notice sets, in days from its service (整改期限). */
        public static final String CORRECTION_DAYS = "correctionDays";
        public static final String FOLLOW_UP_DUE_AT = "followUpDueAt";
        public static final String FOLLOW_UP_DUE_TEXT = "followUpDueText";
        public static final String APPROVED = "approved";
        public static final String NOTICE_NUMBER = "noticeNumber";
        public static final String NOTICE_LETTER_ID = "noticeLetterId";
        public static final String SERVICE_DATE = "serviceDate";
        public static final String SERVICE_METHOD = "serviceMethod";
        public static final String SERVICE_RECIPIENT = "serviceRecipient";
        public static final String REPLY_DUE_AT = "replyDueAt";
        public static final String REPLY_DUE_TEXT = "replyDueText";
        public static final String REPLY_TEXT = "replyText";
        public static final String CORRECTIVE_MEASURES = "correctiveMeasures";
        public static final String REPLY_EVIDENCE = "replyEvidence";
        public static final String FOLLOW_UP_NOTE = "followUpNote";
        public static final String CHECK_NOTE = "checkNote";
        public static final String APPROVAL_NOTE = "approvalNote";
        /** Who issues the 建议书 and which department receives it, as the lead's task shows them (art 21). */
        public static final String RECOMMENDATION_ROUTE = "recommendationRoute";
        public static final String RECOMMENDATION_NUMBER = "recommendationNumber";
        /** Lets the department's answer form link to the 建议书 itself. */
        public static final String RECOMMENDATION_LETTER_ID = "recommendationLetterId";
        public static final String ANSWER_DUE_AT = "answerDueAt";
        public static final String ANSWER_DUE_TEXT = "answerDueText";
        /** The 建议书's receipt, signed in WorkRight by the department or recorded from paper service. */
        public static final String RECEIVED_ON = "recommendationReceivedOn";
        public static final String RECEIPT_METHOD = "recommendationReceiptMethod";
        public static final String RECEIPT_RECIPIENT = "recommendationRecipient";
        /** The day the department opened its case (立案), as it reports. */
        public static final String CASE_OPENED_ON = "caseOpenedOn";
        public static final String CASE_OPENED = "caseOpened";
        public static final String ANSWER_NOTE = "answerNote";
        public static final String INSPECTION_DUE_AT = "inspectionDueAt";
        public static final String INSPECTION_DUE_TEXT = "inspectionDueText";
        /** The department head's approval of the +30 working days, as the reviewer records it. */
        public static final String EXTENSION_NOTE = "extensionNote";
        public static final String INSPECTION_ACTION = "inspectionAction";
        public static final String OUTCOME = "outcome";

        private Var() {
        }
    }

    /** Activity ids the tests and services refer to. */
    public static final class Activity {
        public static final String REGISTER = "Task_RegisterCase";
        public static final String TRIAGE = "Task_Triage";
        public static final String REJECT = "Task_RejectCase";
        public static final String ACCEPT = "Task_AcceptCase";
        public static final String INVESTIGATE = "Task_Investigate";
        public static final String RECORD_INVESTIGATION = "Task_RecordInvestigation";
        public static final String ISSUE_WARNING = "Task_IssueWarning";
        public static final String CHECK_AFTER_WARNING = "Task_CheckAfterWarning";
        public static final String DRAFT_NOTICE = "Task_DraftNotice";
        public static final String APPROVE_NOTICE = "Task_ApproveNotice";
        public static final String ISSUE_NOTICE = "Task_IssueNotice";
        public static final String RECORD_SERVICE = "Task_RecordService";
        public static final String START_REPLY_CLOCK = "Task_StartReplyClock";
        public static final String ENTERPRISE_REPLY = "Task_EnterpriseReply";
        public static final String REPLY_OVERDUE = "Event_ReplyOverdue";
        public static final String FOLLOW_UP = "Task_FollowUpCheck";
        public static final String CONFIRM_CORRECTION = "Task_ConfirmCorrection";
        public static final String SIGN_RECOMMENDATION = "Task_SignRecommendation";
        public static final String ISSUE_RECOMMENDATION = "Task_IssueRecommendation";
        public static final String RECEIVE_RECOMMENDATION = "Task_ReceiveRecommendation";
        public static final String START_ANSWER_CLOCK = "Task_StartAnswerClock";
        public static final String DEPARTMENT_ANSWER = "Task_DepartmentAnswer";
        public static final String ANSWER_OVERDUE = "Event_AnswerOverdue";
        public static final String CHASE_ANSWER = "Task_ChaseAnswer";
        public static final String INSPECTION_OUTCOME = "Task_InspectionOutcome";
        public static final String INSPECTION_OVERDUE = "Event_InspectionOverdue";
        public static final String CHASE_INSPECTION = "Task_ChaseInspection";
        public static final String EXTEND_INSPECTION = "Task_ExtendInspection";
        public static final String END_REJECTED = "Event_Rejected";
        public static final String END_CORRECTED = "Event_Corrected";
        public static final String END_DEPARTMENT_REFUSED = "Event_DepartmentRefused";
        public static final String END_CONCLUDED = "Event_Concluded";

        private Activity() {
        }
    }

    private SupervisionProcess() {
    }
}
