package org.workright.contracts;

/** The names processes/collective-contract-filing.bpmn and its forms share with the code. */
public final class ContractProcess {

    public static final String KEY = "collective-contract-filing";
    /** A filing made through the API (or by a union for a regional contract), on record before it starts. */
    public static final String MESSAGE_FILED = "Message_ContractFiled";
    /** An amended contract filed again while the contract is in force (Collective Contract Provisions art 42). */
    public static final String MESSAGE_AMENDED = "Message_ContractAmended";

    /** Process variables. Negotiators' identity numbers never become one once the filing is on record. */
    public static final class Var {
        public static final String CASE_NO = "caseNo";
        public static final String CASE_SUMMARY = "caseSummary";
        public static final String CREDIT_CODE = "creditCode";
        public static final String ENTERPRISE_GROUP = "enterpriseGroup";
        public static final String REGIONAL = "regional";
        public static final String VERSION = "version";
        public static final String DOCUMENTS_COMPLETE = "documentsComplete";
        public static final String RECEIPT_NUMBER = "receiptNumber";
        public static final String REVIEW_DUE_AT = "reviewDueAt";
        public static final String REVIEW_DUE_TEXT = "reviewDueText";
        public static final String UNION_OPINION_DUE_AT = "unionOpinionDueAt";
        public static final String LATE_FILING_NOTE = "lateFilingNote";
        public static final String UNION_OPINION = "unionOpinion";
        /** How many findings the pre-check made, for the reviewer's task (the findings are on the contract's page). */
        public static final String PRECHECK_SUMMARY = "precheckSummary";
        public static final String OBJECTS = "objects";
        public static final String OPINION = "opinion";
        public static final String OBJECTED = "objected";
        /** After a re-filing lapsed: whether an earlier version is still in force. */
        public static final String IN_FORCE = "inForce";
        public static final String OBJECTION_NUMBER = "objectionNumber";
        public static final String REFILE_DUE_AT = "refileDueAt";
        public static final String PUBLICATION_DUE_AT = "publicationDueAt";
        public static final String PUBLICATION_DUE_TEXT = "publicationDueText";
        public static final String PUBLICATION_REMINDER_AT = "publicationReminderAt";
        public static final String PUBLISHED_ON = "publishedOn";
        public static final String PUBLICATION_NOTE = "publicationNote";
        public static final String RENEWAL_REMINDER_AT = "renewalReminderAt";
        public static final String EXPIRES_AT = "expiresAt";
        public static final String EXPIRES_TEXT = "expiresText";
        /** The party's answer to the renewal reminder (RENEW, RENEGOTIATE, END) and what it adds. */
        public static final String RENEWAL_INTENT = "renewalIntent";
        public static final String RENEWAL_NOTE = "renewalNote";

        // the filing's fields, on the start form and the re-filing form
        public static final String KIND = "kind";
        public static final String SIGNED_ON = "signedOn";
        public static final String STARTS_ON = "startsOn";
        public static final String ENDS_ON = "endsOn";
        public static final String WORKERS_COVERED = "workersCovered";
        public static final String NEGOTIATORS = "negotiators";
        public static final String WORKERS_CHIEF_IS_UNION_CHAIR = "workersChiefIsUnionChair";
        public static final String EMPLOYER_CHIEF_CAPACITY = "employerChiefCapacity";
        public static final String VOTE_TOTAL = "voteTotal";
        public static final String VOTE_PRESENT = "votePresent";
        public static final String VOTE_IN_FAVOUR = "voteInFavour";
        public static final String VOTE_HELD_ON = "voteHeldOn";
        public static final String LOWEST_MONTHLY_WAGE = "lowestMonthlyWage";
        public static final String WEEKLY_HOURS = "weeklyHours";
        public static final String WAGE_INCREASE = "wageIncrease";

        private Var() {
        }
    }

    /** Activity ids the tests and services refer to. */
    public static final class Activity {
        public static final String REGISTER = "Task_RegisterFiling";
        public static final String ATTACH_DOCUMENTS = "Task_AttachDocuments";
        public static final String ACCEPT = "Task_AcceptFiling";
        public static final String REVIEW_PERIOD = "SubProcess_Review";
        public static final String UNION_OPINION = "Task_UnionOpinion";
        public static final String UNION_OPINION_OVERDUE = "Event_UnionOpinionOverdue";
        public static final String PRECHECK = "Task_PreCheck";
        public static final String REVIEW = "Task_Review";
        public static final String REVIEW_OVER = "Event_ReviewPeriodOver";
        public static final String RECORD_REVIEW = "Task_RecordReview";
        public static final String RECORD_REFILING = "Task_RecordRefiling";
        public static final String RECORD_PUBLICATION = "Task_RecordPublication";
        public static final String RECORD_PUBLICATION_MISSED = "Task_RecordPublicationMissed";
        public static final String REFILE = "Task_Refile";
        public static final String REFILE_OVERDUE = "Event_RefileOverdue";
        public static final String TAKE_EFFECT = "Task_TakeEffect";
        public static final String CONFIRM_PUBLICATION = "Task_ConfirmPublication";
        public static final String PUBLICATION_REMINDER = "Event_PublicationReminder";
        public static final String CONFIRM_PUBLICATION_LATE = "Task_ConfirmPublicationLate";
        public static final String PUBLICATION_OVERDUE = "Event_PublicationOverdue";
        public static final String IN_FORCE = "SubProcess_InForce";
        public static final String AMENDED = "Event_Amended";
        public static final String RENEWAL_DUE = "Event_RenewalDue";
        public static final String CONSIDER_RENEWAL = "Task_ConsiderRenewal";
        public static final String EXPIRED_UNANSWERED = "Event_ExpiredUnanswered";
        public static final String EXPIRED = "Event_Expired";
        public static final String END_EXPIRED = "Event_ContractExpired";
        public static final String END_LAPSED = "Event_FilingLapsed";
        public static final String START_FORM = "StartEvent_File";

        private Activity() {
        }
    }

    private ContractProcess() {
    }
}
