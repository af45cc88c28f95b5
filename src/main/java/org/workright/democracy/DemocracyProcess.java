package org.workright.democracy;

import java.util.Set;

/** The names processes/workplace-democracy-check.bpmn and its forms use. */
final class DemocracyProcess {

    static final String KEY = "workplace-democracy-check";
    static final String DECISION = "workplace-democracy-compliance";
    /** The yearly round (and the API) start a recorded check with this message. */
    static final String MESSAGE_DUE = "Message_DemocracyCheckDue";

    private DemocracyProcess() {
    }

    /** Process variables, each from the record (see {@link DemocracyVariables}) unless a form sets it. */
    static final class Var {
        static final String CASE_NO = "caseNo";
        static final String CASE_SUMMARY = "caseSummary";
        static final String CREDIT_CODE = "creditCode";
        static final String CHECK_YEAR = "checkYear";
        static final String ENTERPRISE_GROUP = "enterpriseGroup";
        static final String SUBMISSION_DUE_AT = "submissionDueAt";
        static final String SUBMISSION_DUE_TEXT = "submissionDueText";
        static final String FINAL_DUE_AT = "finalDueAt";
        static final String FINAL_DUE_TEXT = "finalDueText";
        static final String FINDINGS_TEXT = "findingsText";
        static final String RECTIFICATION_DUE_AT = "rectificationDueAt";
        static final String RECTIFICATION_DUE_TEXT = "rectificationDueText";
        static final String COMPLIANT = "compliant";
        static final String CORRECTED = "corrected";
        static final String DEADLINE_PASSED = "deadlinePassed";

        // the inspector's forms
        static final String OBSERVATIONS = "observations";
        static final String REVIEW_NOTE = "reviewNote";
        static final String VERIFY_NOTE = "verifyNote";

        // the enterprise's report (Task_Submit, and Task_ReportCorrection with its note)
        static final String FORM = "form";
        static final String STAFF = "staff";
        static final String WOMEN_STAFF = "womenStaff";
        static final String DISPATCHED_STAFF = "dispatchedStaff";
        static final String REPRESENTATIVES = "representatives";
        static final String MANAGERS = "managers";
        static final String FRONTLINE = "frontline";
        static final String WOMEN_REPRESENTATIVES = "womenRepresentatives";
        static final String DISPATCHED_REPRESENTATIVES = "dispatchedRepresentatives";
        static final String TERM_STARTS_ON = "termStartsOn";
        static final String TERM_YEARS = "termYears";
        static final String SESSIONS = "sessions";
        static final String RULES_NOTE = "rulesNote";
        static final String RULES_PUBLISHED = "rulesPublished";
        static final String OPENNESS_PREFIX = "openness_";
        static final String CHANNEL_PREFIX = "channel_";
        static final String COMPANY_KIND = "companyKind";
        static final String EMPLOYEE_DIRECTOR = "employeeDirector";
        static final String OVERSIGHT = "oversight";
        static final String SUPERVISORS = "supervisors";
        static final String EMPLOYEE_SUPERVISORS = "employeeSupervisors";
        static final String CORRECTION_NOTE = "correctionNote";

        private Var() {
        }
    }

    static final class Activity {
        static final String SUBMIT = "Task_Submit";
        static final String SUBMIT_AFTER_REMINDER = "Task_SubmitAfterReminder";
        static final String REVIEW = "Task_Review";
        static final String REPORT_CORRECTION = "Task_ReportCorrection";
        static final String VERIFY_CORRECTION = "Task_VerifyCorrection";
        static final String SUBMISSION_OVERDUE = "Event_SubmissionOverdue";
        static final String REMIND_SUBMISSION = "Task_RemindSubmission";
        static final String SUBMISSION_MISSED = "Event_SubmissionMissed";
        static final String RECTIFICATION_OVERDUE = "Event_RectificationOverdue";

        private Activity() {
        }
    }

    /** The report's own fields, as both of the enterprise's forms hold them. */
    static Set<String> reportFields() {
        Set<String> fields = new java.util.HashSet<>(Set.of(Var.FORM, Var.STAFF, Var.WOMEN_STAFF, Var.DISPATCHED_STAFF,
                Var.REPRESENTATIVES, Var.MANAGERS, Var.FRONTLINE, Var.WOMEN_REPRESENTATIVES,
                Var.DISPATCHED_REPRESENTATIVES, Var.TERM_STARTS_ON, Var.TERM_YEARS, Var.SESSIONS, Var.RULES_NOTE,
                Var.RULES_PUBLISHED, Var.COMPANY_KIND, Var.EMPLOYEE_DIRECTOR, Var.OVERSIGHT, Var.SUPERVISORS,
                Var.EMPLOYEE_SUPERVISORS));
        for (Openness.Item item : Openness.Item.values()) {
            fields.add(Var.OPENNESS_PREFIX + item.name());
        }
        for (Openness.Channel channel : Openness.Channel.values()) {
            fields.add(Var.CHANNEL_PREFIX + channel.name());
        }
        return Set.copyOf(fields);
    }
}
