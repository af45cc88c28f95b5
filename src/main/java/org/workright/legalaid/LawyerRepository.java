package org.workright.legalaid;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The volunteer-lawyer roster with each lawyer's open caseload (cases in hand and offers not yet
 * answered, so simultaneous proposals cannot overload anyone) and declared conflicts.
 */
@Repository
class LawyerRepository {

    private final JdbcClient jdbc;

    LawyerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Lawyer> activeLawyers() {
        Map<String, List<Lawyer.Conflict>> conflicts = jdbc
                .sql("select user_id, employer_name, employer_credit_code from lawyer_conflict")
                .query((rs, i) -> Map.entry(rs.getString("user_id"),
                        new Lawyer.Conflict(rs.getString("employer_name"), rs.getString("employer_credit_code"))))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc.sql("""
                select l.user_id, l.name, l.law_firm, l.practice_areas, l.max_open_cases,
                       (select count(*) from legal_aid_case c
                        where (c.lawyer_id = l.user_id and c.status = 'HANDLING')
                           or (c.proposed_lawyer_id = l.user_id and c.status = 'GRANTED')) open_cases
                from lawyer l where l.active = true order by l.user_id""")
                .query((rs, i) -> new Lawyer(rs.getString("user_id"), rs.getString("name"), rs.getString("law_firm"),
                        areas(rs.getString("practice_areas")), rs.getInt("max_open_cases"), rs.getInt("open_cases"),
                        conflicts.getOrDefault(rs.getString("user_id"), List.of())))
                .list();
    }

    Lawyer.Contact contact(String userId) {
        return jdbc.sql("select name, law_firm, phone from lawyer where user_id = ?").param(userId)
                .query((rs, i) -> new Lawyer.Contact(rs.getString("name"), rs.getString("law_firm"),
                        rs.getString("phone") == null ? "" : rs.getString("phone")))
                .single();
    }

    void save(String userId, String name, String lawFirm, String phone, EnumSet<ClaimType> areas, int maxOpenCases) {
        String codes = areas.stream().map(Enum::name).collect(Collectors.joining(","));
        int updated = jdbc.sql("""
                update lawyer set name = ?, law_firm = ?, phone = ?, practice_areas = ?, max_open_cases = ?
                where user_id = ?""")
                .params(name, lawFirm, phone, codes, maxOpenCases, userId).update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into lawyer (user_id, name, law_firm, phone, practice_areas, max_open_cases, active)
                    values (?, ?, ?, ?, ?, ?, true)""")
                    .params(userId, name, lawFirm, phone, codes, maxOpenCases).update();
        }
    }

    void addConflict(String userId, String employerName, String employerCreditCode, String reason) {
        boolean exists = jdbc.sql("select count(*) from lawyer_conflict where user_id = ? and employer_name = ?")
                .params(userId, employerName).query(Integer.class).single() > 0;
        if (!exists) {
            jdbc.sql("insert into lawyer_conflict (user_id, employer_name, employer_credit_code, reason) values (?, ?, ?, ?)")
                    .params(userId, employerName, employerCreditCode, reason).update();
        }
    }

    private static EnumSet<ClaimType> areas(String codes) {
        EnumSet<ClaimType> set = EnumSet.noneOf(ClaimType.class);
        Arrays.stream(codes.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(ClaimType::valueOf).forEach(set::add);
        return set;
    }
}
