package org.workright.enterprises;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import java.util.Locale;

@Repository
class EnterpriseRepository {

    private final JdbcClient jdbc;

    EnterpriseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Enterprise> find(String creditCode) {
        return jdbc.sql("select * from enterprise where credit_code = ?").param(creditCode)
                .query(EnterpriseRepository::map).optional();
    }

    /** Enterprises with a union, all of them or those whose codes the subquery selects. */
    long countUnionised(String creditCodes, List<Object> params) {
        return jdbc.sql("select count(*) from enterprise e where e.union_status = 'ESTABLISHED'"
                + (creditCodes == null ? "" : " and e.credit_code in (" + creditCodes + ")"))
                .params(params).query(Long.class).single();
    }

    /** Unionised enterprises after a credit code, in code order, outside a process's selection. */
    List<Enterprise> unionisedAfter(String after, String excluded, List<Object> params, int limit) {
        List<Object> all = new java.util.ArrayList<>();
        all.add(after);
        all.addAll(params);
        all.add(limit);
        return jdbc.sql("select * from enterprise e where e.union_status = 'ESTABLISHED' and e.credit_code > ?"
                        + " and e.credit_code not in (" + excluded + ") order by e.credit_code fetch first ? rows only")
                .params(all).query(EnterpriseRepository::map).list();
    }

    /** Unionised enterprises by district and ownership, each with how many of them are in each selection. */
    List<EnterpriseRegister.UnionisedCell> unionisedCells(List<String> selections, List<Object> params) {
        StringBuilder sql = new StringBuilder("select e.district, e.state_owned, count(*) unionised");
        for (int i = 0; i < selections.size(); i++) {
            sql.append(", sum(case when e.credit_code in (").append(selections.get(i)).append(") then 1 else 0 end) s").append(i);
        }
        sql.append(" from enterprise e where e.union_status = 'ESTABLISHED' group by e.district, e.state_owned");
        return jdbc.sql(sql.toString()).params(params).query((rs, row) -> {
            long[] selected = new long[selections.size()];
            for (int i = 0; i < selected.length; i++) {
                selected[i] = rs.getLong("s" + i);
            }
            return new EnterpriseRegister.UnionisedCell(rs.getString("district"), rs.getBoolean("state_owned"),
                    rs.getLong("unionised"), selected);
        }).list();
    }

    Optional<Enterprise> findByName(String name) {
        return jdbc.sql("select * from enterprise where name = ? order by credit_code fetch first 1 rows only")
                .param(name).query(EnterpriseRepository::map).optional();
    }

    /**
     * Enterprises whose name contains the text or whose credit code starts with it, at most
     * {@code limit}, in the database: a picker searches a register of tens of thousands.
     */
    List<Enterprise> list(String text, int limit) {
        String code = text == null ? null : text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT) + "%";
        return jdbc.sql("""
                select * from enterprise where cast(? as varchar(200)) is null or name like ? or credit_code like ?
                order by district, name, credit_code fetch first ? rows only""")
                .params(text, text == null ? null : "%" + text + "%", code, limit)
                .query(EnterpriseRepository::map).list();
    }

    boolean insert(Enterprise e, OffsetDateTime at) {
        if (find(e.creditCode()).isPresent()) {
            return false;
        }
        jdbc.sql("""
                insert into enterprise (credit_code, name, address, legal_representative, district, industry,
                  state_owned, staff_count, union_status, registered_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(e.creditCode(), e.name(), e.address(), e.legalRepresentative(), e.district(), e.industry(),
                        e.stateOwned(), e.staffCount(), e.unionStatus().name(), at)
                .update();
        return true;
    }

    Optional<String> enterpriseOf(String userId) {
        return jdbc.sql("select credit_code from enterprise_user where user_id = ?").param(userId)
                .query(String.class).optional();
    }

    void link(String userId, String creditCode) {
        jdbc.sql("insert into enterprise_user (user_id, credit_code) values (?, ?)").params(userId, creditCode).update();
    }

    private static Enterprise map(ResultSet rs, int row) throws SQLException {
        return new Enterprise(rs.getString("credit_code"), rs.getString("name"), rs.getString("address"),
                rs.getString("legal_representative"), rs.getString("district"), rs.getString("industry"),
                rs.getBoolean("state_owned"), rs.getInt("staff_count"),
                Enterprise.UnionStatus.valueOf(rs.getString("union_status")));
    }
}
