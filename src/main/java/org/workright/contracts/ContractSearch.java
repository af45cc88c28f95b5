package org.workright.contracts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.workright.casework.CaseSearch;
import org.workright.casework.CaseSearch.Field;
import org.workright.casework.CaseSql;
import org.workright.casework.CaseTable;
import org.workright.casework.CaseworkProcess;
import static org.workright.casework.Deadline.chineseDate;

/**
 * Collective contracts in the workspace's search, in SQL: reviewers and union officers find their
 * district's filings (the city's all of them) by case number, title, either party or credit code;
 * the case page shows every version with its negotiators (names only), vote, documents and outcome.
 */
@Component
class ContractSearch extends CaseTable {

    private final ContractQueries queries;
    private final ContractDistricts districts;

    ContractSearch(JdbcClient jdbc, Clock clock, ContractQueries queries, ContractDistricts districts) {
        super(jdbc, clock);
        this.queries = queries;
        this.districts = districts;
    }

    @Override
    public CaseworkProcess process() {
        return ContractsModule.DECLARATION;
    }

    @Override
    public String title() {
        return "集体合同报送审查";
    }

    @Override
    public boolean seesPeople(Authentication user) {
        return ContractQueries.isStaff(user);
    }

    @Override
    public boolean searchableBy(Authentication user) {
        return ContractQueries.isStaff(user);
    }

    @Override
    public List<CaseSearch.Option> statuses() {
        return Arrays.stream(Contract.Status.values()).map(s -> new CaseSearch.Option(s.name(), s.label())).toList();
    }

    @Override
    protected String table() {
        return "collective_contract c";
    }

    @Override
    protected String columns() {
        return "c.title";
    }

    @Override
    protected List<String> textColumns(Authentication user) {
        return List.of("c.title", "c.employer_party", "c.union_party", "c.credit_code");
    }

    @Override
    protected void scope(CaseSql sql, Authentication user) {
        sql.inDistricts("c.district_code", districts.visibleTo(user));
    }

    @Override
    protected CaseSearch.Row row(ResultSet rs, OffsetDateTime dueAt, boolean overdue) throws SQLException {
        Contract.Status status = Contract.Status.valueOf(rs.getString("status"));
        return new CaseSearch.Row(rs.getString("case_no"), process().module(), title(), rs.getString("title"),
                status.name(), status.label(), rs.getObject("created_at", OffsetDateTime.class), dueAt, overdue);
    }

    @Override
    public Optional<String> page(String caseRef) {
        return Optional.of(ContractQueries.page(caseRef));
    }

    @Override
    public Optional<List<CaseSearch.Section>> sections(String caseRef, Authentication user) {
        return queries.detail(caseRef, user).map(d -> {
            ContractQueries.Summary s = d.summary();
            List<CaseSearch.Section> sections = new ArrayList<>();
            sections.add(new CaseSearch.Section("合同", List.of(Field.of("名称", s.title()), Field.of("种类", s.kind()),
                    Field.of("范围", s.scope()), Field.of("用人单位一方", s.employerParty()), Field.of("职工一方", s.unionParty()),
                    Field.of("审查机关所在地", s.district()), Field.of("状态", s.statusLabel()),
                    Field.of("是否有效", s.valid()), Field.of("生效日期", s.effectiveOn()),
                    Field.of("期限", s.startsOn() == null ? null : chineseDate(s.startsOn()) + "至" + chineseDate(s.endsOn())),
                    Field.of("公布期限", s.publicationDue()), Field.of("公布日期", s.publishedOn()),
                    Field.of("未按期公布", s.publicationMissed() ? true : null),
                    Field.of("已提醒续订", s.renewalRemindedOn()), Field.of("续订打算", s.renewalIntent()),
                    Field.of("续订说明", s.renewalNote()))));
            if (d.coverage().size() > 1 || Contract.Scope.REGIONAL.label().equals(s.scope())) {
                sections.add(new CaseSearch.Section("覆盖企业", d.coverage().stream()
                        .map(v -> Field.of(v.enterprise(), v.workers() + "人")).toList()));
            }
            List<ContractQueries.FilingView> newestFirst = new ArrayList<>(d.filings());
            Collections.reverse(newestFirst);
            for (ContractQueries.FilingView f : newestFirst) {
                List<Field> fields = new ArrayList<>(List.of(Field.of("报送原因", f.reason()), Field.of("报送日期", f.filedOn()),
                        Field.of("签订日期", f.signedOn()), Field.of("逾期报送", f.lateFiling() ? "是，应于"
                                + chineseDate(f.lastFilingDay()) + "前报送" : null),
                        Field.of("收到日期", f.receivedOn()), Field.of("审查期限", f.reviewDue()),
                        Field.of("覆盖职工", f.workersCovered() + "人"),
                        Field.of("表决", "全体" + f.voteTotal() + "人，出席" + f.votePresent() + "人，同意" + f.voteInFavour()
                                + "人（" + chineseDate(f.voteHeldOn()) + "）"),
                        Field.of("最低月工资", f.lowestMonthlyWage() + "元"), Field.of("每周工作时间", f.weeklyHours() + "小时"),
                        Field.of("工资调整幅度", f.wageIncrease()), Field.of("用人单位首席代表", f.employerChief()),
                        Field.of("协商代表", String.join("；", f.negotiators().stream().map(n -> n.name() + "（" + n.side()
                                + (n.chief() ? "，首席" : "") + (n.outsider() ? "，外聘" : "") + "）").toList())),
                        Field.of("工会意见", f.unionOpinion()), Field.of("合法性预审", f.precheck()),
                        Field.of("审查结果", f.outcome()), Field.of("审查意见", f.opinion()), Field.of("决定日期", f.decidedOn()),
                        Field.of("报送材料", String.join("；", d.documents().stream().filter(doc -> doc.version() == f.version())
                                .map(doc -> doc.purpose() + "：" + doc.fileName()).toList()))));
                sections.add(new CaseSearch.Section("第" + f.version() + "次报送", fields));
            }
            return sections;
        });
    }
}
