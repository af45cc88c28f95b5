package org.workright.legalaid;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.workright.casework.CaseSearch;
import org.workright.casework.CaseSearch.Field;
import org.workright.casework.Deadline;
import org.workright.casework.CaseSql;
import org.workright.casework.CaseworkProcess;
import org.workright.people.Roles;
import org.workright.system.Zones;

/**
 * Legal-aid cases in the workspace's search, in SQL: office staff see all, a lawyer only those
 * assigned to them, as the case API does. Searchable by case number, applicant, employer or its code.
 */
@Component
class LegalAidSearch implements CaseSearch.Source {

    private static final String FROM = "legal_aid_case c";
    private static final String DUE = CaseSql.dueColumn("c.process_instance_id");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final LegalAidQueries queries;

    private final LawyerRepository lawyers;

    LegalAidSearch(JdbcClient jdbc, Clock clock, LegalAidQueries queries, LawyerRepository lawyers) {
        this.lawyers = lawyers;
        this.jdbc = jdbc;
        this.clock = clock;
        this.queries = queries;
    }

    /** The case page, from the same detail as the case API: masked ID, the lawyer's view of the client. */
    @Override
    public Optional<List<CaseSearch.Section>> sections(String caseRef, Authentication user) {
        return queries.detail(caseRef, user).map(d -> List.of(
                new CaseSearch.Section("申请人", List.of(
                        Field.of("姓名或名称", d.summary().applicantName()),
                        Field.of("申请人类别", d.applicantKind()),
                        Field.of("证件号码", d.maskedIdNumber()),
                        Field.of("联系人", d.contactPerson()),
                        Field.of("联系电话", d.applicantPhone()),
                        Field.of("申请方式", "ONLINE".equals(d.channel()) ? "网上申请" : "窗口或电话登记"))),
                new CaseSearch.Section("请求事项", List.of(
                        Field.of("对方单位", d.summary().employerName()),
                        Field.of("统一社会信用代码", d.employerCreditCode()),
                        Field.of("案由", d.summary().claimType()),
                        Field.of("请求金额（元）", d.summary().claimAmount()),
                        Field.of("事实与理由", d.facts()),
                        Field.of("知道权利受侵害之日", d.infringementKnownOn()),
                        Field.of("程序期限", d.proceduralDeadline()),
                        Field.of("先行援助", d.summary().urgent()))),
                new CaseSearch.Section("办理情况", List.of(
                        Field.of("状态", d.summary().statusLabel()),
                        Field.of("需补充的材料", d.missingItems()),
                        Field.of("决定理由", d.decisionReason()),
                        Field.of("决定日期", d.decidedOn()),
                        Field.of("承办律师", d.summary().lawyerId() == null ? null
                                : lawyers.contact(d.summary().lawyerId()).describe()),
                        Field.of("指派日期", d.assignedOn()),
                        Field.of("当前阶段", d.disputeStage()),
                        Field.of("办理结果", d.closureOutcome()),
                        Field.of("终止事由", d.terminationReason()),
                        Field.of("办结日期", d.endedOn()))),
                new CaseSearch.Section("律师记录的办案阶段", d.stages().stream()
                        .map(e -> Field.of(Deadline.chineseDate(e.occurredOn()), e.stage().label()
                                + (e.note() == null || e.note().isBlank() ? "" : "：" + e.note())))
                        .toList())));
    }

    @Override
    public CaseworkProcess process() {
        return LegalAidModule.DECLARATION;
    }

    @Override
    public String title() {
        return "工会法律援助";
    }

    /** The office sees who did what; a lawyer sees the steps of their case, not colleagues' names. */
    @Override
    public boolean seesPeople(Authentication user) {
        return LegalAidQueries.isOffice(user);
    }

    @Override
    public boolean searchableBy(Authentication user) {
        return LegalAidQueries.isOffice(user) || Roles.any(user, LegalAidModule.LAWYERS);
    }

    @Override
    public List<CaseSearch.Option> statuses() {
        return Arrays.stream(CaseStatus.values()).map(s -> new CaseSearch.Option(s.name(), s.label())).toList();
    }

    @Override
    public long count(CaseSearch.Query query, Authentication user) {
        return where(query, user).count(jdbc, FROM);
    }

    @Override
    public List<CaseSearch.Row> top(CaseSearch.Query query, Authentication user, int limit) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return where(query, user).top(jdbc,
                "select c.case_no, c.status, c.applicant_name, c.employer_name, c.claim_type, c.created_at, " + DUE + " due",
                FROM, query.sort(), "c.created_at", "c.case_no", DUE, limit, (rs, i) -> row(rs, now));
    }

    private CaseSql where(CaseSearch.Query query, Authentication user) {
        CaseSql sql = new CaseSql().common(query, "c.case_no", "c.created_at", "c.process_instance_id",
                List.of("c.applicant_name", "c.employer_name", "c.employer_credit_code"), clock);
        if (!LegalAidQueries.isOffice(user)) {
            sql.and("c.lawyer_id = ?", user.getName());
        }
        if (query.status() != null && !query.status().isBlank()) {
            sql.and("c.status = ?", query.status());
        }
        return sql;
    }

    private CaseSearch.Row row(ResultSet rs, OffsetDateTime now) throws SQLException {
        CaseStatus status = CaseStatus.valueOf(rs.getString("status"));
        Timestamp due = rs.getTimestamp("due");
        OffsetDateTime dueAt = due == null ? null : due.toInstant().atZone(Zones.KUNMING).toOffsetDateTime();
        return new CaseSearch.Row(rs.getString("case_no"), process().module(), title(),
                rs.getString("applicant_name") + " 与 " + rs.getString("employer_name") + "（"
                        + ClaimType.valueOf(rs.getString("claim_type")).label() + "）",
                status.name(), status.label(), rs.getObject("created_at", OffsetDateTime.class), dueAt,
                dueAt != null && dueAt.isBefore(now));
    }
}
