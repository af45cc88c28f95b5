package org.workright.casework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.workright.system.Zones;

/**
 * A process's case table as the workspace searches it, by the columns every case table has
 * ({@code case_no}, {@code status}, {@code created_at}, {@code process_instance_id}, as {@code c}):
 * the process says which further columns the text matches, what the user may see, and how a row
 * reads; counting, ordering, limiting and the due dates of the open tasks are done here, in SQL.
 */
public abstract class CaseTable implements CaseSearch.Source {

    private static final String DUE = CaseSql.dueColumn("c.process_instance_id");

    private final JdbcClient jdbc;
    private final Clock clock;

    protected CaseTable(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The table, aliased c: "legal_aid_case c". */
    protected abstract String table();

    /** The columns a row reads besides case_no, status and created_at. */
    protected abstract String columns();

    /** The columns the text also matches, for this user (never one they may not see). */
    protected abstract List<String> textColumns(Authentication user);

    /** Narrows the search to the cases the user may see. */
    protected abstract void scope(CaseSql sql, Authentication user);

    /** A result row: its title and its status's label, from the row as selected. */
    protected abstract CaseSearch.Row row(ResultSet rs, OffsetDateTime dueAt, boolean overdue) throws SQLException;

    @Override
    public long count(CaseSearch.Query query, Authentication user) {
        return where(query, user).count(jdbc, table());
    }

    @Override
    public List<CaseSearch.Row> top(CaseSearch.Query query, Authentication user, int limit) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return where(query, user).top(jdbc, "select c.case_no, c.status, c.created_at, " + columns() + ", " + DUE + " due",
                table(), query.sort(), "c.created_at", "c.case_no", DUE, limit, (rs, i) -> {
                    Timestamp due = rs.getTimestamp("due");
                    OffsetDateTime dueAt = due == null ? null : due.toInstant().atZone(Zones.KUNMING).toOffsetDateTime();
                    return row(rs, dueAt, dueAt != null && dueAt.isBefore(now));
                });
    }

    private CaseSql where(CaseSearch.Query query, Authentication user) {
        CaseSql sql = new CaseSql().common(query, "c.case_no", "c.created_at", "c.process_instance_id",
                textColumns(user), clock);
        scope(sql, user);
        if (query.status() != null && !query.status().isBlank()) {
            sql.and("c.status = ?", query.status());
        }
        return sql;
    }
}
