package org.workright.democracy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/**
 * One report of an enterprise: the yearly report (number 1) or a correction report.
 *
 * @param form the form of democratic management: a congress, an all-staff meeting, or none
 */
record Report(String caseNo, int number, OffsetDateTime submittedAt, String submittedBy, Form form, int staff,
        int womenStaff, int dispatchedStaff, int representatives, int managers, int frontline,
        int womenRepresentatives, int dispatchedRepresentatives, LocalDate termStartsOn, int termYears,
        List<Session> sessions, String rulesNote, boolean rulesPublished, Set<Openness.Item> opennessItems,
        Set<Openness.Channel> opennessChannels, CompanyKind companyKind, boolean employeeDirector, Oversight oversight,
        int supervisors, int employeeSupervisors, String correctionNote) {

    enum Form {
        CONGRESS("职工代表大会"), ALL_STAFF_MEETING("职工大会"), NONE("未建立");

        private final String label;

        Form(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    /** Company Law 2023: a limited company (art 68) or a joint-stock company (art 120); else no company. */
    enum CompanyKind {
        NONE("非公司制企业"), LIMITED("有限责任公司"), JOINT_STOCK("股份有限公司");

        private final String label;

        CompanyKind(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    /** A company's oversight: a supervisory board (arts 76, 130) or an audit committee of its board (arts 69, 121). */
    enum Oversight {
        SUPERVISORY_BOARD("监事会"), AUDIT_COMMITTEE("董事会审计委员会"), NONE("未设");

        private final String label;

        Oversight(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    /** A plenary session of the year: its day, attendance, the fewest votes any resolution had, its agenda. */
    record Session(LocalDate heldOn, int attendance, int fewestInFavour, String agenda) {
    }

    /** Whether the federation counts the enterprise as having a congress (or all-staff meeting) system. */
    boolean congressSystem() {
        return form != Form.NONE && !sessions.isEmpty();
    }

    /** Whether it counts as practising factory-affairs openness: it made matters known by some channel. */
    boolean opennessSystem() {
        return !opennessItems.isEmpty() && !opennessChannels.isEmpty();
    }

    /** Everyone at an all-staff meeting is a member; the quorum and majorities count them all. */
    int members() {
        return form == Form.ALL_STAFF_MEETING ? staff : representatives;
    }
}
