package org.workright.democracy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.workright.casework.Upload;
import org.workright.democracy.DemocracyCheck.Status;

/** The check's tables (V23, V24); no other module reads or writes them. */
@Repository
class DemocracyRepository {

    /** The credit codes that already have a check in a year (one parameter: the year), for the register. */
    static final String CHECKED_IN_YEAR = "select d.credit_code from democracy_check d where d.check_year = ?";

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;

    DemocracyRepository(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Locks the year's round row until the transaction ends, creating it first if need be: checks of
     * a year are only created under this lock, so two schedulers (or a scheduler and an inspector)
     * take turns and each sees the other's checks before it chooses.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void lockRound(int year, OffsetDateTime now) {
        if (touchRound(year, now) == 0) {
            // created in a transaction of its own: on PostgreSQL a lost race (duplicate key) would abort the caller's
            try {
                ownTransaction.executeWithoutResult(status -> jdbc.sql(
                        "insert into democracy_round (check_year, started_at, last_batch_at, checks_started) values (?, ?, ?, 0)")
                        .params(year, now, now).update());
            } catch (DuplicateKeyException createdMeanwhile) {
                // the other scheduler created it first; the update below queues behind its lock
            }
            if (touchRound(year, now) == 0) {
                throw new IllegalStateException("democracy round " + year + " could not be locked");
            }
        }
    }

    private int touchRound(int year, OffsetDateTime now) {
        return jdbc.sql("update democracy_round set last_batch_at = ? where check_year = ?").params(now, year).update();
    }

    void countStarted(int year, int checks) {
        jdbc.sql("update democracy_round set checks_started = checks_started + ? where check_year = ?")
                .params(checks, year).update();
    }

    boolean hasCheck(String creditCode, int year) {
        return jdbc.sql("select count(*) from democracy_check where credit_code = ? and check_year = ?")
                .params(creditCode, year).query(Integer.class).single() > 0;
    }

    void insert(DemocracyCheck c) {
        jdbc.sql("""
                insert into democracy_check (case_no, credit_code, check_year, enterprise_name, enterprise_address,
                  district_code, state_owned, status, started_by, submission_due, final_due, submission_missed, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(c.caseNo(), c.creditCode(), c.year(), c.enterpriseName(), c.enterpriseAddress(),
                        c.districtCode(), c.stateOwned(), c.status().name(), c.startedBy(), c.submissionDue(),
                        c.finalDue(), false, c.createdAt())
                .update();
    }

    boolean claimProcess(String caseNo, String processInstanceId) {
        return jdbc.sql("update democracy_check set process_instance_id = ? where case_no = ? and process_instance_id is null")
                .params(processInstanceId, caseNo).update() == 1;
    }

    Optional<DemocracyCheck> find(String caseNo) {
        return jdbc.sql("select * from democracy_check where case_no = ?").param(caseNo)
                .query(DemocracyRepository::check).optional();
    }

    /** The check, its row held for this transaction (a document is counted and added against its state). */
    Optional<DemocracyCheck> lock(String caseNo) {
        return jdbc.sql("select * from democracy_check where case_no = ? for update").param(caseNo)
                .query(DemocracyRepository::check).optional();
    }

    DemocracyCheck require(String caseNo) {
        return find(caseNo).orElseThrow(() -> new IllegalStateException("No democracy check " + caseNo));
    }

    /** An enterprise's checks, newest year first. */
    List<DemocracyCheck> ofEnterprise(String creditCode) {
        return jdbc.sql("select * from democracy_check where credit_code = ? order by check_year desc, created_at desc")
                .param(creditCode).query(DemocracyRepository::check).list();
    }

    void setStatus(String caseNo, Status status) {
        jdbc.sql("update democracy_check set status = ? where case_no = ?").params(status.name(), caseNo).update();
    }

    void recordReminder(String caseNo, LocalDate on) {
        jdbc.sql("update democracy_check set status = ?, reminded_on = ? where case_no = ?")
                .params(Status.REMINDED.name(), on, caseNo).update();
    }

    void recordMissedReport(String caseNo) {
        jdbc.sql("update democracy_check set status = ?, submission_missed = ?, congress_system = ?, openness_system = ?"
                + " where case_no = ?").params(Status.UNDER_REVIEW.name(), true, false, false, caseNo).update();
    }

    /** A report's answers the figures count, and the check's new state. */
    void recordReportReceived(String caseNo, Status status, LocalDate on, boolean congress, boolean openness) {
        jdbc.sql("update democracy_check set status = ?, submitted_on = coalesce(submitted_on, ?), congress_system = ?,"
                + " openness_system = ? where case_no = ?").params(status.name(), on, congress, openness, caseNo).update();
    }

    void recordDecision(String caseNo, boolean compliant, String note, LocalDate on, String by, LocalDate rectificationDue) {
        jdbc.sql("update democracy_check set status = ?, compliant = ?, review_note = ?, decided_on = ?, decided_by = ?,"
                        + " rectification_due = ? where case_no = ?")
                .params((compliant ? Status.COMPLIANT : Status.RECTIFYING).name(), compliant, note, on, by,
                        rectificationDue, caseNo).update();
    }

    void recordCorrected(String caseNo, LocalDate on, String note) {
        jdbc.sql("update democracy_check set status = ?, corrected_on = ?, review_note = ? where case_no = ?")
                .params(Status.CORRECTED.name(), on, note, caseNo).update();
    }

    void recordEscalation(String caseNo, String supervisionCaseNo) {
        jdbc.sql("update democracy_check set status = ?, supervision_case_no = ? where case_no = ?")
                .params(Status.ESCALATED.name(), supervisionCaseNo, caseNo).update();
    }

    // --- reports

    int lastReportNo(String caseNo) {
        return jdbc.sql("select coalesce(max(report_no), 0) from democracy_submission where case_no = ?").param(caseNo)
                .query(Integer.class).single();
    }

    void insertReport(Report r) {
        jdbc.sql("""
                insert into democracy_submission (case_no, report_no, submitted_at, submitted_by, form, staff, women_staff,
                  dispatched_staff, representatives, managers, frontline, women_representatives, dispatched_representatives,
                  term_starts_on, term_years, rules_note, rules_published, openness_items, openness_channels, company_kind,
                  employee_director, oversight, supervisors, employee_supervisors, correction_note)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(r.caseNo(), r.number(), r.submittedAt(), r.submittedBy(), r.form().name(), r.staff(),
                        r.womenStaff(), r.dispatchedStaff(), r.representatives(), r.managers(), r.frontline(),
                        r.womenRepresentatives(), r.dispatchedRepresentatives(), r.termStartsOn(), r.termYears(),
                        r.rulesNote(), r.rulesPublished(), codes(r.opennessItems()), codes(r.opennessChannels()),
                        r.companyKind().name(), r.employeeDirector(), r.oversight().name(), r.supervisors(),
                        r.employeeSupervisors(), r.correctionNote())
                .update();
        int seq = 0;
        for (Report.Session s : r.sessions()) {
            jdbc.sql("insert into democracy_session (case_no, report_no, seq, held_on, attendance, fewest_in_favour, agenda)"
                    + " values (?, ?, ?, ?, ?, ?, ?)").params(r.caseNo(), r.number(), ++seq, s.heldOn(), s.attendance(),
                    s.fewestInFavour(), s.agenda()).update();
        }
    }

    List<Report> reports(String caseNo) {
        List<Report.Session>[] sessions = sessionsByReport(caseNo);
        return jdbc.sql("select * from democracy_submission where case_no = ? order by report_no").param(caseNo)
                .query((rs, i) -> report(rs, sessions)).list();
    }

    @SuppressWarnings("unchecked")
    private List<Report.Session>[] sessionsByReport(String caseNo) {
        List<Object[]> rows = jdbc.sql("select * from democracy_session where case_no = ? order by report_no, seq")
                .param(caseNo).query((rs, i) -> new Object[] {rs.getInt("report_no"), new Report.Session(
                        rs.getObject("held_on", LocalDate.class), rs.getInt("attendance"), rs.getInt("fewest_in_favour"),
                        rs.getString("agenda"))}).list();
        int most = rows.stream().mapToInt(r -> (Integer) r[0]).max().orElse(0);
        List<Report.Session>[] byReport = new List[most + 2];
        for (int i = 0; i < byReport.length; i++) {
            byReport[i] = new ArrayList<>();
        }
        rows.forEach(r -> byReport[(Integer) r[0]].add((Report.Session) r[1]));
        return byReport;
    }

    // --- supporting documents

    private static final String DOCUMENT_COLUMNS =
            "id, case_no, report_no, purpose, file_name, content_type, size_bytes, sha256, uploaded_at, uploaded_by";

    long insertDocument(String caseNo, int reportNo, Upload<DemocracyDocument.Purpose> upload, OffsetDateTime at,
            String by) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into democracy_document (case_no, report_no, purpose, file_name, content_type, size_bytes,"
                        + " sha256, content, uploaded_at, uploaded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(caseNo, reportNo, upload.purpose().name(), upload.fileName(), upload.contentType(),
                        upload.size(), upload.sha256(), upload.content(), at, by)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    List<DemocracyDocument> documents(String caseNo) {
        return jdbc.sql("select " + DOCUMENT_COLUMNS + " from democracy_document where case_no = ? order by report_no, id")
                .param(caseNo).query(DemocracyRepository::document).list();
    }

    Optional<DemocracyDocument> document(long id) {
        return jdbc.sql("select " + DOCUMENT_COLUMNS + " from democracy_document where id = ?").param(id)
                .query(DemocracyRepository::document).optional();
    }

    void deleteDocument(long id) {
        jdbc.sql("delete from democracy_document where id = ?").param(id).update();
    }

    byte[] content(long id) {
        return jdbc.sql("select content from democracy_document where id = ?").param(id).query(byte[].class).single();
    }

    private static DemocracyDocument document(ResultSet rs, int row) throws SQLException {
        return new DemocracyDocument(rs.getLong("id"), rs.getString("case_no"), rs.getInt("report_no"),
                DemocracyDocument.Purpose.valueOf(rs.getString("purpose")), rs.getString("file_name"),
                rs.getString("content_type"), rs.getInt("size_bytes"), rs.getString("sha256"),
                rs.getObject("uploaded_at", OffsetDateTime.class), rs.getString("uploaded_by"));
    }

    // --- findings

    void insertFindings(String caseNo, int reportNo, List<Finding> findings) {
        int seq = jdbc.sql("select coalesce(max(seq), 0) from democracy_finding where case_no = ? and report_no = ?")
                .params(caseNo, reportNo).query(Integer.class).single();
        for (Finding f : findings) {
            jdbc.sql("insert into democracy_finding (case_no, report_no, seq, source, finding, rule, weight) values (?, ?, ?, ?, ?, ?, ?)")
                    .params(caseNo, reportNo, ++seq, f.source().name(), f.finding(), f.rule(), f.weight().name()).update();
        }
    }

    /** The findings of one report (0: the missed report), in order. */
    List<Finding> findings(String caseNo, int reportNo) {
        return jdbc.sql("select * from democracy_finding where case_no = ? and report_no = ? order by seq")
                .params(caseNo, reportNo).query(DemocracyRepository::finding).list();
    }

    record NumberedFinding(int reportNo, Finding finding) {
    }

    List<NumberedFinding> allFindings(String caseNo) {
        return jdbc.sql("select * from democracy_finding where case_no = ? order by report_no, seq").param(caseNo)
                .query((rs, i) -> new NumberedFinding(rs.getInt("report_no"), finding(rs, i))).list();
    }

    private static Finding finding(ResultSet rs, int row) throws SQLException {
        return new Finding(Finding.Source.valueOf(rs.getString("source")), rs.getString("finding"), rs.getString("rule"),
                Finding.Weight.valueOf(rs.getString("weight")));
    }

    private static String codes(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static <E extends Enum<E>> Set<E> decode(String codes, Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        if (codes != null && !codes.isBlank()) {
            Arrays.stream(codes.split(",")).map(c -> Enum.valueOf(type, c)).forEach(set::add);
        }
        return set;
    }

    private static Report report(ResultSet rs, List<Report.Session>[] sessions) throws SQLException {
        int number = rs.getInt("report_no");
        return new Report(rs.getString("case_no"), number, rs.getObject("submitted_at", OffsetDateTime.class),
                rs.getString("submitted_by"), Report.Form.valueOf(rs.getString("form")), rs.getInt("staff"),
                rs.getInt("women_staff"), rs.getInt("dispatched_staff"), rs.getInt("representatives"),
                rs.getInt("managers"), rs.getInt("frontline"), rs.getInt("women_representatives"),
                rs.getInt("dispatched_representatives"), rs.getObject("term_starts_on", LocalDate.class),
                rs.getInt("term_years"), number < sessions.length ? List.copyOf(sessions[number]) : List.of(),
                rs.getString("rules_note"), rs.getBoolean("rules_published"),
                decode(rs.getString("openness_items"), Openness.Item.class),
                decode(rs.getString("openness_channels"), Openness.Channel.class),
                Report.CompanyKind.valueOf(rs.getString("company_kind")), rs.getBoolean("employee_director"),
                Report.Oversight.valueOf(rs.getString("oversight")), rs.getInt("supervisors"),
                rs.getInt("employee_supervisors"), rs.getString("correction_note"));
    }

    private static DemocracyCheck check(ResultSet rs, int row) throws SQLException {
        return new DemocracyCheck(rs.getString("case_no"), rs.getString("credit_code"), rs.getInt("check_year"),
                rs.getString("enterprise_name"), rs.getString("enterprise_address"), rs.getString("district_code"),
                rs.getBoolean("state_owned"), Status.valueOf(rs.getString("status")), rs.getString("started_by"),
                rs.getObject("submission_due", LocalDate.class), rs.getObject("final_due", LocalDate.class),
                rs.getObject("reminded_on", LocalDate.class), rs.getObject("submitted_on", LocalDate.class),
                rs.getBoolean("submission_missed"), (Boolean) rs.getObject("compliant"), rs.getString("review_note"),
                rs.getObject("decided_on", LocalDate.class), rs.getObject("rectification_due", LocalDate.class),
                rs.getObject("corrected_on", LocalDate.class), rs.getString("supervision_case_no"),
                (Boolean) rs.getObject("congress_system"), (Boolean) rs.getObject("openness_system"),
                rs.getString("process_instance_id"), rs.getObject("created_at", OffsetDateTime.class));
    }
}
