package org.workright.casework;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.workright.system.Zones;
import java.time.Clock;
import java.util.regex.Pattern;

/**
 * A case search's WHERE clause, built from what was asked only (an absent filter adds nothing, so
 * no untyped null reaches PostgreSQL), and the parts every process's search shares: the open tasks'
 * earliest due date and whether one is overdue, read from the engine's task table.
 */
public final class CaseSql {

    /** A case number as {@link CaseNumbers} writes it: LA-2026-00012. */
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[A-Z]{2,4}-\\d{4}-\\d{5,}");

    private final StringBuilder where = new StringBuilder(" where 1 = 1");
    private final List<Object> params = new ArrayList<>();

    public CaseSql and(String condition, Object... values) {
        where.append(" and (").append(condition).append(')');
        params.addAll(List.of(values));
        return this;
    }

    /**
     * Only the cases of these counties or districts (by their division codes, in {@code column}): a
     * role held by district sees its own; null for all (the city's officers, administrators).
     */
    public CaseSql inDistricts(String column, java.util.Set<String> codes) {
        if (codes == null) {
            return this;
        }
        return codes.isEmpty() ? and("1 = 0")
                : and(column + " in (" + String.join(", ", java.util.Collections.nCopies(codes.size(), "?")) + ")", codes.toArray());
    }

    /** The common filters: a case number or a text, the day range of opening, and overdue only. */
    public CaseSql common(CaseSearch.Query q, String caseNoColumn, String openedColumn, String instanceColumn,
            List<String> textColumns, Clock clock) {
        if (q.text() != null && WHOLE_NUMBER.matcher(q.caseNumber()).matches()) {
            // a whole case number, as people paste it: one row by the key, not a scan of every name
            and(caseNoColumn + " = ?", q.caseNumber());
        } else if (q.text() != null) {
            StringBuilder text = new StringBuilder("upper(replace(" + caseNoColumn + ", ' ', '')) like ? escape '\\'");
            List<Object> values = new ArrayList<>(List.of(contains(q.caseNumber())));
            for (String column : textColumns) {
                // credit codes and Latin names in any letter case
                text.append(" or upper(").append(column).append(") like ? escape '\\'");
                values.add(contains(q.text().toUpperCase()));
            }
            and(text.toString(), values.toArray());
        }
        if (q.from() != null) {
            and(openedColumn + " >= ?", startOf(q.from()));
        }
        if (q.to() != null) {
            and(openedColumn + " < ?", startOf(q.to().plusDays(1)));
        }
        if (q.overdue()) {
            and("exists (select 1 from act_ru_task t where t.proc_inst_id_ = " + instanceColumn
                    + " and t.due_date_ < ?)", new java.sql.Timestamp(clock.millis()));
        }
        return this;
    }

    /** A LIKE pattern finding the text anywhere, its own % and _ taken literally. */
    private static String contains(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** The earliest due date of the case's open tasks, as a column. */
    public static String dueColumn(String instanceColumn) {
        return "(select min(t.due_date_) from act_ru_task t where t.proc_inst_id_ = " + instanceColumn + ")";
    }

    public long count(JdbcClient jdbc, String from) {
        return jdbc.sql("select count(*) from " + from + where).params(params).query(Long.class).single();
    }

    /** The rows in the search's order, the first {@code limit} only. */
    public <T> List<T> top(JdbcClient jdbc, String select, String from, CaseSearch.Sort sort, String openedColumn,
            String caseNoColumn, String dueExpression, int limit, org.springframework.jdbc.core.RowMapper<T> mapper) {
        String newest = openedColumn + " desc, " + caseNoColumn + " desc";
        // nulls last on both databases: a case without an open task has no due date
        String order = sort == CaseSearch.Sort.DUE
                ? "case when " + dueExpression + " is null then 1 else 0 end, " + dueExpression + ", " + newest
                : newest;
        List<Object> all = new ArrayList<>(params);
        all.add(limit);
        return jdbc.sql(select + " from " + from + where + " order by " + order + " limit ?")
                .params(all).query(mapper).list();
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(Zones.KUNMING).toOffsetDateTime();
    }
}
