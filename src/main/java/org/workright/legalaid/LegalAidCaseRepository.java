package org.workright.legalaid;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.workright.system.Zones;

/** legal_aid_case, its declines and stages. Only the legalaid package reads these tables. */
@Repository
class LegalAidCaseRepository {

    private final JdbcClient jdbc;

    LegalAidCaseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(LegalAidCase c, String accessCodeHash) {
        jdbc.sql("""
                insert into legal_aid_case (case_no, access_code_hash, channel, status, applicant_kind, applicant_name,
                  applicant_id_number, applicant_phone, applicant_address, contact_person, migrant_worker, means_test_exemption,
                  per_capita_income, employer_name, employer_credit_code, claim_type, claim_amount, facts, infringement_known_on,
                  still_employed, left_employment_on, procedural_deadline, needs_preservation, needs_advance_execution, urgent,
                  dispute_stage, created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(c.caseNo(), accessCodeHash, c.channel(), c.status().name(), c.applicantKind().name(),
                        c.applicantName(), c.applicantIdNumber(), c.applicantPhone(), c.applicantAddress(),
                        c.contactPerson(), c.migrantWorker(),
                        c.meansTestExemption().name(), c.perCapitaIncome(), c.employerName(), c.employerCreditCode(), c.claimType().name(),
                        c.claimAmount(), c.facts(), c.infringementKnownOn(), c.stillEmployed(), c.leftEmploymentOn(),
                        c.proceduralDeadline(), c.needsPreservation(), c.needsAdvanceExecution(), c.urgent(), c.disputeStage().name(),
                        c.createdAt(), c.createdBy())
                .update();
    }

    /** One process instance per case, ever: the conditional update is atomic, so two starts cannot both win. */
    boolean claimProcess(String caseNo, String processInstanceId) {
        return jdbc.sql("update legal_aid_case set process_instance_id = ? where case_no = ? and process_instance_id is null")
                .params(processInstanceId, caseNo).update() == 1;
    }

    Optional<LegalAidCase> find(String caseNo) {
        return jdbc.sql("select * from legal_aid_case where case_no = ?").param(caseNo)
                .query(LegalAidCaseRepository::map).optional();
    }

    Optional<String> accessCodeHash(String caseNo) {
        return jdbc.sql("select access_code_hash from legal_aid_case where case_no = ?").param(caseNo)
                .query(String.class).optional();
    }

    /** A case a process step works on: it exists, or the instance is not this application's. */
    LegalAidCase require(String caseNo) {
        return find(caseNo).orElseThrow(() -> new IllegalStateException("No legal-aid case " + caseNo));
    }

    void updateAccessCodeHash(String caseNo, String hash) {
        jdbc.sql("update legal_aid_case set access_code_hash = ? where case_no = ?").params(hash, caseNo).update();
    }

    List<LegalAidCase> list(String lawyerId, CaseStatus status) {
        return jdbc.sql("""
                select * from legal_aid_case
                where (cast(? as varchar(64)) is null or lawyer_id = ?)
                  and (cast(? as varchar(32)) is null or status = ?)
                order by created_at desc, case_no desc""")
                .params(lawyerId, lawyerId, status == null ? null : status.name(), status == null ? null : status.name())
                .query(LegalAidCaseRepository::map).list();
    }

    List<LegalAidCase> findByEmployer(String creditCode, String employerName) {
        return jdbc.sql("select * from legal_aid_case where employer_credit_code = ? or employer_name = ? order by case_no")
                .params(creditCode, employerName).query(LegalAidCaseRepository::map).list();
    }

    void updateStatus(String caseNo, CaseStatus status) {
        jdbc.sql("update legal_aid_case set status = ? where case_no = ?").params(status.name(), caseNo).update();
    }

    /** A 补充材料通知书 went out: the decision clock stands still from that day until the material comes in. */
    void recordMissingItems(String caseNo, String missingItems, LocalDate on) {
        jdbc.sql("""
                update legal_aid_case set status = ?, missing_items = ?,
                  supplement_requested_on = coalesce(supplement_requested_on, ?) where case_no = ?""")
                .params(CaseStatus.AWAITING_SUPPLEMENT.name(), missingItems, on, caseNo).update();
    }

    /**
     * Urgent aid's paperwork asked for after aid began (LAL art 44): the case keeps its status, and
     * no decision clock stands still, since the decision is made.
     */
    void recordPaperworkItems(String caseNo, String missingItems) {
        jdbc.sql("update legal_aid_case set missing_items = ? where case_no = ?").params(missingItems, caseNo).update();
    }

    /** The decision clock's state: the day the application was received and what is left out. */
    DecisionClock decisionClock(String caseNo) {
        return jdbc.sql("select created_at, supplement_requested_on, decision_paused_days from legal_aid_case where case_no = ?")
                .param(caseNo)
                .query((rs, i) -> new DecisionClock(
                        rs.getObject("created_at", OffsetDateTime.class).atZoneSameInstant(Zones.KUNMING).toLocalDate(),
                        rs.getObject("supplement_requested_on", LocalDate.class), rs.getInt("decision_paused_days")))
                .single();
    }

    /** The material came in: the days the clock stood still are left out, and it runs again. */
    void resumeDecisionClock(String caseNo, int pausedDays) {
        jdbc.sql("update legal_aid_case set supplement_requested_on = null, decision_paused_days = ? where case_no = ?")
                .params(pausedDays, caseNo).update();
    }

    /** Marks the case urgent; false when it already was, so urgency arises once however often it is watched. */
    boolean markUrgent(String caseNo) {
        return jdbc.sql("update legal_aid_case set urgent = true where case_no = ? and urgent = false").param(caseNo)
                .update() == 1;
    }

    void recordDecision(String caseNo, CaseStatus status, String decision, String reason, LocalDate on, String by) {
        jdbc.sql("""
                update legal_aid_case set status = ?, decision = ?, decision_reason = ?, decided_on = ?, decided_by = ?
                where case_no = ?""")
                .params(status.name(), decision, reason, on, by, caseNo).update();
    }

    void assignLawyer(String caseNo, String lawyerId, LocalDate on) {
        jdbc.sql("update legal_aid_case set status = ?, lawyer_id = ?, assigned_on = ? where case_no = ?")
                .params(CaseStatus.HANDLING.name(), lawyerId, on, caseNo).update();
    }

    /** A stage becomes the case's current stage; an event only joins the record. */
    void recordStage(String caseNo, StageEntry entry, OffsetDateTime at) {
        if (entry.stage().isStage()) {
            jdbc.sql("update legal_aid_case set dispute_stage = ?, stage_date = ? where case_no = ?")
                    .params(entry.stage().name(), entry.occurredOn(), caseNo).update();
        }
        jdbc.sql("""
                insert into legal_aid_stage (case_no, stage, occurred_on, note, recorded_by, recorded_at, award_amount,
                  award_subject, award_final) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(caseNo, entry.stage().name(), entry.occurredOn(), entry.note(), entry.recordedBy(), at,
                        entry.awardAmount(), entry.awardSubject() == null ? null : entry.awardSubject().name(),
                        entry.awardFinal())
                .update();
    }

    List<StageEntry> stages(String caseNo) {
        return jdbc.sql("""
                select stage, occurred_on, note, recorded_by, award_amount, award_subject, award_final
                from legal_aid_stage where case_no = ? order by id""")
                .param(caseNo)
                .query((rs, i) -> new StageEntry(DisputeStage.valueOf(rs.getString("stage")),
                        rs.getObject("occurred_on", LocalDate.class), rs.getString("note"), rs.getString("recorded_by"),
                        rs.getObject("award_amount", BigDecimal.class),
                        rs.getString("award_subject") == null ? null : AwardSubject.valueOf(rs.getString("award_subject")),
                        (Boolean) rs.getObject("award_final")))
                .list();
    }

    void recordClosureReport(String caseNo, String outcome, String report) {
        jdbc.sql("update legal_aid_case set closure_outcome = ?, closure_report = ? where case_no = ?")
                .params(outcome, report, caseNo).update();
    }

    void end(String caseNo, CaseStatus status, TerminationReason reason, String note, LocalDate on) {
        jdbc.sql("""
                update legal_aid_case set status = ?, termination_reason = ?, termination_note = ?, ended_on = ?
                where case_no = ?""")
                .params(status.name(), reason == null ? null : reason.name(), note, on, caseNo).update();
    }

    void propose(String caseNo, String lawyerId) {
        jdbc.sql("update legal_aid_case set proposed_lawyer_id = ? where case_no = ?").params(lawyerId, caseNo).update();
    }

    Optional<String> proposedLawyer(String caseNo) {
        return jdbc.sql("select proposed_lawyer_id from legal_aid_case where case_no = ?").param(caseNo)
                .query(String.class).optional();
    }

    Optional<String> findBySubmissionKey(String key) {
        return jdbc.sql("select case_no from legal_aid_case where submission_key = ?").param(key)
                .query(String.class).optional();
    }

    void recordSubmissionKey(String caseNo, String key) {
        jdbc.sql("update legal_aid_case set submission_key = ? where case_no = ?").params(key, caseNo).update();
    }

    void recordDecline(String caseNo, String lawyerId, String reason, OffsetDateTime at) {
        jdbc.sql("insert into legal_aid_decline (case_no, user_id, reason, declined_at) values (?, ?, ?, ?)")
                .params(caseNo, lawyerId, reason, at).update();
    }

    List<String> declinedBy(String caseNo) {
        return jdbc.sql("select user_id from legal_aid_decline where case_no = ?").param(caseNo)
                .query(String.class).list();
    }

    /** One entry of the lawyer's record; the award fields only for {@link DisputeStage#AWARD}. */
    record StageEntry(DisputeStage stage, LocalDate occurredOn, String note, String recordedBy, BigDecimal awardAmount,
            AwardSubject awardSubject, Boolean awardFinal) {
    }

    private static LegalAidCase map(ResultSet rs, int row) throws SQLException {
        String termination = rs.getString("termination_reason");
        return new LegalAidCase(
                rs.getString("case_no"), rs.getString("channel"), CaseStatus.valueOf(rs.getString("status")),
                ApplicantKind.valueOf(rs.getString("applicant_kind")),
                rs.getString("applicant_name"), rs.getString("applicant_id_number"), rs.getString("applicant_phone"),
                rs.getString("applicant_address"), rs.getString("contact_person"), rs.getBoolean("migrant_worker"),
                MeansTestExemption.valueOf(rs.getString("means_test_exemption")),
                rs.getObject("per_capita_income", BigDecimal.class), rs.getString("employer_name"),
                rs.getString("employer_credit_code"), ClaimType.valueOf(rs.getString("claim_type")),
                rs.getObject("claim_amount", BigDecimal.class), rs.getString("facts"),
                rs.getObject("infringement_known_on", LocalDate.class), rs.getBoolean("still_employed"),
                rs.getObject("left_employment_on", LocalDate.class), rs.getObject("procedural_deadline", LocalDate.class),
                rs.getBoolean("needs_preservation"), rs.getBoolean("needs_advance_execution"), rs.getBoolean("urgent"),
                DisputeStage.valueOf(rs.getString("dispute_stage")), rs.getObject("stage_date", LocalDate.class),
                rs.getString("missing_items"), rs.getString("decision"), rs.getString("decision_reason"),
                rs.getObject("decided_on", LocalDate.class), rs.getString("decided_by"), rs.getString("lawyer_id"),
                rs.getObject("assigned_on", LocalDate.class), rs.getString("closure_outcome"),
                rs.getString("closure_report"), termination == null ? null : TerminationReason.valueOf(termination),
                rs.getString("termination_note"), rs.getObject("ended_on", LocalDate.class),
                rs.getObject("created_at", OffsetDateTime.class), rs.getString("created_by"));
    }
}
