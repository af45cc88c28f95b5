package org.workright.supervision;

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
import org.workright.casework.CaseSql;
import org.workright.casework.CaseworkProcess;
import org.camunda.bpm.engine.IdentityService;
import java.util.stream.Collectors;

/**
 * Supervision cases in the workspace's search, in SQL: union inspectors and leads see all, the
 * labour bureau only the cases referred to it, as the case API does. Searchable by case number,
 * enterprise or its code; inspectors also by the complainant, whom the bureau never sees.
 */
@Component
class SupervisionSearch extends CaseTable {

    private final SupervisionQueries queries;

    private final IdentityService identity;

    SupervisionSearch(JdbcClient jdbc, Clock clock, SupervisionQueries queries,
            IdentityService identity) {
        super(jdbc, clock);
        this.identity = identity;
        this.queries = queries;
    }

    /** "inspector1,inspector2" as people read it: 李明、张华. */
    private String names(String ids) {
        if (ids == null || ids.isBlank()) {
            return null;
        }
        return Arrays.stream(ids.split("[,，、\\s]+")).filter(id -> !id.isBlank()).map(id -> {
            var user = identity.createUserQuery().userId(id).singleResult();
            return user == null || user.getFirstName() == null ? id : user.getFirstName();
        }).collect(Collectors.joining("、"));
    }

    /** The case page, from the same detail as the case API: the complainant only for union inspectors. */
    @Override
    public Optional<List<CaseSearch.Section>> sections(String caseRef, Authentication user) {
        return queries.detail(caseRef, user).map(d -> List.of(
                new CaseSearch.Section("被监督单位", List.of(
                        Field.of("单位名称", d.summary().employerName()),
                        Field.of("统一社会信用代码", d.summary().creditCode()))),
                new CaseSearch.Section("线索", List.of(
                        Field.of("来源", SupervisionCase.origin(d.summary().source())),
                        Field.of("移送案件", d.summary().sourceRef()),
                        Field.of("反映情况", d.facts()),
                        Field.of("投诉职工", d.complainant()),
                        Field.of("同意在文书中署名", d.complainant() == null ? null : d.complainantConsents()))),
                new CaseSearch.Section("调查与意见书", List.of(
                        Field.of("调查人员", names(d.inspectors())),
                        Field.of("查明的事实", d.findings()),
                        Field.of("证据", d.evidence()),
                        Field.of("违反的规定", d.articlesBreached()),
                        Field.of("整改要求", d.requiredCorrection()),
                        Field.of("送达日期", d.servedOn()),
                        Field.of("书面答复期限", d.summary().replyDue()),
                        Field.of("企业答复", d.replyText()),
                        Field.of("整改措施", d.correctiveMeasures()))),
                new CaseSearch.Section("建议书与劳动保障部门", List.of(
                        Field.of("接收部门", d.labourDepartment()),
                        Field.of("答复期限", d.summary().answerDue()),
                        Field.of("是否立案", d.caseOpened()),
                        Field.of("部门答复", d.answerNote()),
                        Field.of("监察办理期限", d.summary().inspectionDue()),
                        Field.of("延期批准", d.inspectionExtensionNote()),
                        Field.of("处理结果", d.outcome()))),
                new CaseSearch.Section("状态", List.of(Field.of("状态", d.summary().statusLabel())))));
    }

    @Override
    public CaseworkProcess process() {
        return SupervisionModule.DECLARATION;
    }

    @Override
    public String title() {
        return "劳动法律监督";
    }

    /** Union inspectors see who did what; the labour bureau sees the steps, not the inspectors' names. */
    @Override
    public boolean seesPeople(Authentication user) {
        return SupervisionQueries.isUnionSide(user);
    }

    @Override
    public boolean searchableBy(Authentication user) {
        return SupervisionQueries.mayRead(user);
    }

    @Override
    public List<CaseSearch.Option> statuses() {
        return Arrays.stream(SupervisionStatus.values()).map(s -> new CaseSearch.Option(s.name(), s.label())).toList();
    }

    @Override
    protected String table() {
        return "supervision_case c";
    }

    @Override
    protected String columns() {
        return "c.employer_name, c.source";
    }

    /** The complainant's name only for the union side: the bureau never learns it, not even by searching. */
    @Override
    protected List<String> textColumns(Authentication user) {
        return SupervisionQueries.isUnionSide(user) ? List.of("c.employer_name", "c.credit_code", "c.complainant_name")
                : List.of("c.employer_name", "c.credit_code");
    }

    /** The labour bureau only the cases referred to it. */
    @Override
    protected void scope(CaseSql sql, Authentication user) {
        if (!SupervisionQueries.isUnionSide(user)) {
            sql.and("c.labour_department is not null");
        }
    }

    @Override
    protected CaseSearch.Row row(ResultSet rs, OffsetDateTime dueAt, boolean overdue) throws SQLException {
        SupervisionStatus status = SupervisionStatus.valueOf(rs.getString("status"));
        return new CaseSearch.Row(rs.getString("case_no"), process().module(), title(),
                SupervisionCase.summary(rs.getString("employer_name"), rs.getString("source")),
                status.name(), status.label(), rs.getObject("created_at", OffsetDateTime.class), dueAt, overdue);
    }

}
