package org.workright.democracy;

import static org.workright.casework.Deadline.chineseDate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.workright.casework.CaseSearch;
import org.workright.casework.CaseSearch.Field;
import org.workright.casework.CaseSql;
import org.workright.casework.CaseTable;
import org.workright.casework.CaseworkProcess;

/**
 * Checks in the workspace's search, in SQL: officers find their district's checks (the city's all
 * of them) by case number, enterprise name or credit code; the case page shows every report, its
 * findings with their rules and the outcome.
 */
@Component
class DemocracySearch extends CaseTable {

    private final DemocracyQueries queries;
    private final DemocracyDistricts districts;

    DemocracySearch(JdbcClient jdbc, Clock clock, DemocracyQueries queries, DemocracyDistricts districts) {
        super(jdbc, clock);
        this.queries = queries;
        this.districts = districts;
    }

    @Override
    public CaseworkProcess process() {
        return DemocracyModule.DECLARATION;
    }

    @Override
    public String title() {
        return "职代会和厂务公开检查";
    }

    @Override
    public boolean seesPeople(Authentication user) {
        return districts.isStaff(user);
    }

    @Override
    public boolean searchableBy(Authentication user) {
        return districts.isStaff(user);
    }

    @Override
    public List<CaseSearch.Option> statuses() {
        return Arrays.stream(DemocracyCheck.Status.values()).map(s -> new CaseSearch.Option(s.name(), s.label())).toList();
    }

    @Override
    protected String table() {
        return "democracy_check c";
    }

    @Override
    protected String columns() {
        return "c.enterprise_name, c.check_year";
    }

    @Override
    protected List<String> textColumns(Authentication user) {
        return List.of("c.enterprise_name", "c.credit_code");
    }

    @Override
    protected void scope(CaseSql sql, Authentication user) {
        sql.inDistricts("c.district_code", districts.visibleTo(user));
    }

    @Override
    protected CaseSearch.Row row(ResultSet rs, OffsetDateTime dueAt, boolean overdue) throws SQLException {
        DemocracyCheck.Status status = DemocracyCheck.Status.valueOf(rs.getString("status"));
        return new CaseSearch.Row(rs.getString("case_no"), process().module(), title(),
                rs.getString("enterprise_name") + rs.getInt("check_year") + "年度", status.name(), status.label(),
                rs.getObject("created_at", OffsetDateTime.class), dueAt, overdue);
    }

    @Override
    public Optional<List<CaseSearch.Section>> sections(String caseRef, Authentication user) {
        return queries.detail(caseRef, user).map(d -> {
            DemocracyCheck c = d.check();
            List<CaseSearch.Section> sections = new ArrayList<>();
            sections.add(new CaseSearch.Section("检查", List.of(Field.of("被检查企业", c.enterpriseName()),
                    Field.of("统一社会信用代码", c.creditCode()), Field.of("检查年度", c.year() + "年"),
                    Field.of("所在县（市、区）", districts.of(c.districtCode()).name()),
                    Field.of("企业性质", c.stateOwned() ? "国有企业" : "非公企业"), Field.of("状态", c.status().label()),
                    Field.of("发起", c.startedBy() == null ? "年度检查" : "检查员发起"),
                    Field.of("报送期限", c.submissionDue()), Field.of("已催报", c.remindedOn()),
                    Field.of("最后报送期限", c.remindedOn() == null ? null : c.finalDue()),
                    Field.of("未按期报送", c.submissionMissed() ? true : null), Field.of("报送日期", c.submittedOn()),
                    Field.of("检查结论", c.compliant() == null ? null : c.compliant() ? "合格" : "不合格"),
                    Field.of("认定日期", c.decidedOn()), Field.of("说明", c.reviewNote()),
                    Field.of("整改期限", c.rectificationDue()), Field.of("整改合格日期", c.correctedOn()),
                    Field.of("移送劳动法律监督案件", c.supervisionCaseNo()))));
            for (Report r : d.reports()) {
                sections.add(new CaseSearch.Section(r.number() == 1 ? "年度报送" : "第" + (r.number() - 1) + "次整改报告",
                        reportFields(r)));
            }
            List<Field> findings = d.findings().stream().map(n -> Field.of(
                    n.reportNo() <= 1 ? "年度检查" : "整改复查" + (n.reportNo() - 1), n.finding().line()
                            + "（" + n.finding().source().label() + "）")).toList();
            sections.add(new CaseSearch.Section("发现的问题", findings.isEmpty()
                    ? List.of(Field.of("结果", c.status() == DemocracyCheck.Status.AWAITING_REPORT ? "尚未报送" : "未发现问题"))
                    : findings));
            return sections;
        });
    }

    private static List<Field> reportFields(Report r) {
        return List.of(Field.of("报送时间", r.submittedAt().toLocalDate()), Field.of("民主管理形式", r.form().label()),
                Field.of("职工", r.staff() + "人（女职工" + r.womenStaff() + "人，劳务派遣" + r.dispatchedStaff() + "人）"),
                Field.of("职工代表", r.form() != Report.Form.CONGRESS ? null : r.representatives() + "人（中层以上管理人员"
                        + r.managers() + "人，一线职工" + r.frontline() + "人，女职工" + r.womenRepresentatives()
                        + "人，劳务派遣" + r.dispatchedRepresentatives() + "人）"),
                Field.of("本届", r.termStartsOn() == null ? null : chineseDate(r.termStartsOn()) + "起，任期" + r.termYears() + "年"),
                Field.of("全体会议", r.sessions().isEmpty() ? "本年度未召开" : r.sessions().stream()
                        .map(s -> chineseDate(s.heldOn()) + "，出席" + s.attendance() + "人，决议最少赞成" + s.fewestInFavour()
                                + "票：" + s.agenda()).collect(Collectors.joining("；"))),
                Field.of("规章制度和重大事项", r.rulesNote() + (r.rulesPublished() ? "（已公示或告知）" : "（未公示或告知）")),
                Field.of("厂务公开事项", r.opennessItems().isEmpty() ? "未公开" : r.opennessItems().stream()
                        .map(Openness.Item::label).collect(Collectors.joining("、"))),
                Field.of("公开方式", r.opennessChannels().stream().map(Openness.Channel::label).collect(Collectors.joining("、"))),
                Field.of("组织形式", r.companyKind().label()),
                Field.of("职工董事", r.companyKind() == Report.CompanyKind.NONE ? null : r.employeeDirector() ? "有" : "无"),
                Field.of("监督机构", r.companyKind() == Report.CompanyKind.NONE ? null : r.oversight().label()
                        + (r.oversight() == Report.Oversight.SUPERVISORY_BOARD ? "（监事" + r.supervisors() + "人，其中职工代表"
                                + r.employeeSupervisors() + "人）" : "")),
                Field.of("整改措施", r.correctionNote()));
    }
}
