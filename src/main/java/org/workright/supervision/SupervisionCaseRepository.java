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

    /** One statement per step: the column names are constants of the callers, never user input. */
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

    void update(String caseNo, SupervisionStatus status, String assignments, Object... values) {
        Object[] params = new Object[values.length + 2];
        params[0] = status.name();
        System.arraycopy(values, 0, params, 1, values.length);
        params[params.length - 1] = caseNo;
        jdbc.sql("update supervision_case set status = ?" + (assignments.isEmpty() ? "" : ", " + assignments)
                + " where case_no = ?").params(params).update();
    }

    private static SupervisionCase map(ResultSet rs, int row) throws SQLException {
        return new SupervisionCase(rs.getString("case_no"), rs.getString("source"), rs.getString("source_ref"),
                rs.getString("credit_code"), rs.getString("employer_name"), rs.getString("facts"),
                rs.getString("complainant_name"), rs.getBoolean("complainant_consents"),
                SupervisionStatus.valueOf(rs.getString("status")), rs.getString("rejection_reason"),
                rs.getString("inspectors"), rs.getString("findings"), rs.getString("evidence"),
                rs.getString("articles_breached"), rs.getString("required_correction"),
                rs.getObject("served_on", LocalDate.class), rs.getString("service_method"),
                rs.getString("service_recipient"), rs.getObject("reply_due", LocalDate.class),
                rs.getString("reply_text"), rs.getString("corrective_measures"),
                rs.getObject("replied_on", LocalDate.class), rs.getString("labour_department"),
                rs.getObject("answer_due", LocalDate.class), (Boolean) rs.getObject("case_opened"),
                rs.getString("answer_note"), rs.getObject("inspection_due", LocalDate.class),
                rs.getBoolean("inspection_extended"), rs.getString("inspection_extension_note"),
                rs.getString("inspection_extended_by"), rs.getString("outcome"),
                rs.getObject("created_at", OffsetDateTime.class));
    }
}
