package org.workright.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** supervision_case; only the supervision package reads it. */
@Repository
class SupervisionCaseRepository {

    private final JdbcClient jdbc;

    SupervisionCaseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String caseNo, String source, String sourceRef, String creditCode, String employerName, String facts,
            String complainantName, boolean consents, OffsetDateTime at, String by) {
        jdbc.sql("""
                insert into supervision_case (case_no, source, source_ref, credit_code, employer_name, facts,
                  complainant_name, complainant_consents, status, created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(caseNo, source, sourceRef, creditCode, employerName, facts, complainantName, consents,
                        SupervisionStatus.REGISTERED.name(), at, by)
                .update();
    }

    Optional<SupervisionCase> find(String caseNo) {
        return jdbc.sql("select * from supervision_case where case_no = ?").param(caseNo)
                .query(SupervisionCaseRepository::map).optional();
    }

    /** A case a process step works on: it exists, or the instance is not this application's. */
    SupervisionCase require(String caseNo) {
        return find(caseNo).orElseThrow(() -> new IllegalStateException("No supervision case " + caseNo));
    }

    /** The enterprise a case is about, without reading the whole case. */
    String creditCode(String caseNo) {
        return jdbc.sql("select credit_code from supervision_case where case_no = ?").param(caseNo)
                .query(String.class).single();
    }

    List<SupervisionCase> findByEnterprise(String creditCode) {
        return jdbc.sql("select * from supervision_case where credit_code = ? order by case_no").param(creditCode)
                .query(SupervisionCaseRepository::map).list();
    }

    List<SupervisionCase> list(SupervisionStatus status) {
        return jdbc.sql("""
                select * from supervision_case where cast(? as varchar(32)) is null or status = ?
                order by created_at desc, case_no desc""")
                .params(status == null ? null : status.name(), status == null ? null : status.name())
                .query(SupervisionCaseRepository::map).list();
    }

    /** One process instance per case, ever: the conditional update is atomic, so two starts cannot both win. */
    boolean claimProcess(String caseNo, String processInstanceId) {
        return jdbc.sql("update supervision_case set process_instance_id = ? where case_no = ? and process_instance_id is null")
                .params(processInstanceId, caseNo).update() == 1;
    }

    void setDrafter(String caseNo, String userId) {
        jdbc.sql("update supervision_case set notice_drafted_by = ? where case_no = ?").params(userId, caseNo).update();
    }

    String drafter(String caseNo) {
        return jdbc.sql("select notice_drafted_by from supervision_case where case_no = ?").param(caseNo)
                .query(String.class).optional().orElse(null);
    }

    void reject(String caseNo, RejectionReason reason, String note, LocalDate on) {
        set(caseNo, SupervisionStatus.REJECTED, "rejection_reason = ?, rejection_note = ?, ended_on = ?",
                reason.name(), note, on);
    }

    void accept(String caseNo, LocalDate conductEndedOn) {
        set(caseNo, SupervisionStatus.INVESTIGATING, "conduct_ended_on = ?", conductEndedOn);
    }

    void recordInvestigation(String caseNo, List<String> inspectors, String certificates, String findings,
            String evidence, String articles) {
        set(caseNo, SupervisionStatus.INVESTIGATING, "inspectors = ?, inspector_certificates = ?, findings = ?, "
                + "evidence = ?, articles_breached = ?", String.join(",", inspectors), certificates, findings, evidence,
                articles);
    }

    /** Who investigated, each with their 监督证 number, as recorded. */
    String inspectorCertificates(String caseNo) {
        return jdbc.sql("select inspector_certificates from supervision_case where case_no = ?").param(caseNo)
                .query(String.class).optional().orElse(null);
    }

    void recordWarning(String caseNo) {
        set(caseNo, SupervisionStatus.WARNED, "");
    }

    void recordNotice(String caseNo, String requiredCorrection, int correctionDays) {
        set(caseNo, SupervisionStatus.NOTICE_ISSUED, "required_correction = ?, correction_days = ?", requiredCorrection,
                correctionDays);
    }

    void recordService(String caseNo, LocalDate servedOn, ServiceMethod method, String recipient, LocalDate replyDue,
            LocalDate correctionDue) {
        set(caseNo, SupervisionStatus.AWAITING_REPLY,
                "served_on = ?, service_method = ?, service_recipient = ?, reply_due = ?, correction_due = ?",
                servedOn, method.name(), recipient, replyDue, correctionDue);
    }

    void recordReply(String caseNo, String reply, String measures, String evidence, LocalDate on) {
        set(caseNo, SupervisionStatus.FOLLOW_UP,
                "reply_text = ?, corrective_measures = ?, reply_evidence = ?, replied_on = ?",
                reply, measures, evidence, on);
    }

    void recordCorrection(String caseNo, String note, LocalDate on) {
        set(caseNo, SupervisionStatus.CORRECTED, "follow_up_note = ?, ended_on = ?", note, on);
    }

    void recordReferral(String caseNo, String department, String followUpNote) {
        set(caseNo, SupervisionStatus.REFERRED, "labour_department = ?, follow_up_note = ?", department, followUpNote);
    }

    void recordRecommendationReceipt(String caseNo, LocalDate receivedOn, ServiceMethod method, String recipient,
            LocalDate answerDue) {
        set(caseNo, SupervisionStatus.REFERRED, "recommendation_received_on = ?, recommendation_receipt_method = ?, "
                + "recommendation_recipient = ?, answer_due = ?", receivedOn, method.name(), recipient, answerDue);
    }

    void recordRefusal(String caseNo, String note, LocalDate on) {
        set(caseNo, SupervisionStatus.DEPARTMENT_REFUSED,
                "case_opened = ?, answer_note = ?, answered_on = ?, ended_on = ?", false, note, on, on);
    }

    void recordOpening(String caseNo, String note, LocalDate on, LocalDate openedOn, LocalDate inspectionDue) {
        set(caseNo, SupervisionStatus.UNDER_INSPECTION,
                "case_opened = ?, answer_note = ?, answered_on = ?, case_opened_on = ?, inspection_due = ?", true, note, on,
                openedOn, inspectionDue);
    }

    void recordExtension(String caseNo, LocalDate inspectionDue, String approval, String by) {
        set(caseNo, SupervisionStatus.UNDER_INSPECTION, "inspection_due = ?, inspection_extended = ?, "
                + "inspection_extension_note = ?, inspection_extended_by = ?", inspectionDue, true, approval, by);
    }

    void recordOutcome(String caseNo, String outcome, LocalDate on) {
        set(caseNo, SupervisionStatus.CONCLUDED, "outcome = ?, ended_on = ?", outcome, on);
    }

    /**
     * One statement per step, which also proves the case exists (a step of an instance whose case is
     * not on record fails rather than writing nothing); the column lists are this class's constants.
     */
    private void set(String caseNo, SupervisionStatus status, String assignments, Object... values) {
        Object[] params = new Object[values.length + 2];
        params[0] = status.name();
        System.arraycopy(values, 0, params, 1, values.length);
        params[params.length - 1] = caseNo;
        int updated = jdbc.sql("update supervision_case set status = ?" + (assignments.isEmpty() ? "" : ", " + assignments)
                + " where case_no = ?").params(params).update();
        if (updated != 1) {
            throw new IllegalStateException("No supervision case " + caseNo);
        }
    }

    private static SupervisionCase map(ResultSet rs, int row) throws SQLException {
        return new SupervisionCase(rs.getString("case_no"), rs.getString("source"), rs.getString("source_ref"),
                rs.getString("credit_code"), rs.getString("employer_name"), rs.getString("facts"),
                rs.getString("complainant_name"), rs.getBoolean("complainant_consents"),
                SupervisionStatus.valueOf(rs.getString("status")), rs.getString("rejection_reason"),
                rs.getString("inspectors"), rs.getString("findings"), rs.getString("evidence"),
                rs.getString("articles_breached"), rs.getString("required_correction"),
                (Integer) rs.getObject("correction_days"), rs.getObject("correction_due", LocalDate.class),
                rs.getObject("served_on", LocalDate.class), rs.getString("service_method"),
                rs.getString("service_recipient"), rs.getObject("reply_due", LocalDate.class),
                rs.getString("reply_text"), rs.getString("corrective_measures"),
                rs.getObject("replied_on", LocalDate.class), rs.getString("labour_department"),
                rs.getObject("answer_due", LocalDate.class), (Boolean) rs.getObject("case_opened"),
                rs.getString("answer_note"), rs.getObject("recommendation_received_on", LocalDate.class),
                rs.getObject("case_opened_on", LocalDate.class), rs.getObject("inspection_due", LocalDate.class),
                rs.getBoolean("inspection_extended"), rs.getString("inspection_extension_note"),
                rs.getString("inspection_extended_by"), rs.getString("outcome"),
                rs.getObject("conduct_ended_on", LocalDate.class),
                rs.getObject("created_at", OffsetDateTime.class));
    }
}
