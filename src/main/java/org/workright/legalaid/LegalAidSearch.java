package org.workright.legalaid;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.workright.casework.CaseSearch;
import org.workright.casework.CaseTable;
import org.workright.casework.CaseSearch.Field;
import org.workright.casework.Deadline;
import org.workright.casework.CaseSql;
import org.workright.casework.CaseworkProcess;
import org.workright.people.Roles;

/**
 * Legal-aid cases in the workspace's search, in SQL: office staff see all, a lawyer only those
 * assigned to them, as the case API does. Searchable by case number, applicant, employer or its code.
 */
@Component
class LegalAidSearch extends CaseTable {

    private final LegalAidQueries queries;

    private final LawyerRepository lawyers;

    LegalAidSearch(JdbcClient jdbc, Clock clock, LegalAidQueries queries, LawyerRepository lawyers) {
        super(jdbc, clock);
        this.lawyers = lawyers;
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
    protected String table() {
        return "legal_aid_case c";
    }

    @Override
    protected String columns() {
        return "c.applicant_name, c.employer_name, c.claim_type";
    }

    @Override
    protected List<String> textColumns(Authentication user) {
        return List.of("c.applicant_name", "c.employer_name", "c.employer_credit_code");
    }

    /** A lawyer only their own cases. */
    @Override
    protected void scope(CaseSql sql, Authentication user) {
        if (!LegalAidQueries.isOffice(user)) {
            sql.and("c.lawyer_id = ?", user.getName());
        }
    }

    @Override
    protected CaseSearch.Row row(ResultSet rs, OffsetDateTime dueAt, boolean overdue) throws SQLException {
        CaseStatus status = CaseStatus.valueOf(rs.getString("status"));
        return new CaseSearch.Row(rs.getString("case_no"), process().module(), title(),
                rs.getString("applicant_name") + " 与 " + rs.getString("employer_name") + "（"
                        + ClaimType.valueOf(rs.getString("claim_type")).label() + "）",
                status.name(), status.label(), rs.getObject("created_at", OffsetDateTime.class), dueAt, overdue);
    }

}
