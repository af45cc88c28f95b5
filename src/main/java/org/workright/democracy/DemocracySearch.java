package org.workright.democracy;

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
import org.workright.casework.CaseSql;
import org.workright.casework.CaseTable;
import org.workright.casework.CaseworkProcess;

/**
 * Checks in the workspace's search, in SQL: officers find their district's checks (the city's all
 * of them) by case number, enterprise name or credit code; the case page shows the check as
 * {@link DemocracyPage} does, and links to that page for the documents.
 */
@Component
class DemocracySearch extends CaseTable {

    private final DemocracyQueries queries;
    private final DemocracyDistricts districts;
    private final DemocracyPage page;

    DemocracySearch(JdbcClient jdbc, Clock clock, DemocracyQueries queries, DemocracyDistricts districts,
            DemocracyPage page) {
        super(jdbc, clock);
        this.queries = queries;
        this.districts = districts;
        this.page = page;
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
        return queries.detail(caseRef, user).map(page::sections);
    }

    @Override
    public Optional<String> page(String caseRef) {
        return Optional.of(DemocracyPage.address(caseRef));
    }
}
