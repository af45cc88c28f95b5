package org.workright.letters;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class LetterRepository {

    private static final String COLUMNS =
            "id, number, kind, title, case_ref, step_key, template, html, sha256, issued_at, issued_by";

    private final JdbcClient jdbc;

    LetterRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Letter> findByCaseAndStep(String caseRef, String stepKey) {
        return jdbc.sql("select " + COLUMNS + " from letter where case_ref = ? and step_key = ?")
                .params(caseRef, stepKey).query(LetterRepository::map).optional();
    }

    Optional<Letter> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from letter where id = ?").param(id)
                .query(LetterRepository::map).optional();
    }

    Optional<Letter> findByNumber(String number) {
        return jdbc.sql("select " + COLUMNS + " from letter where number = ?").param(number)
                .query(LetterRepository::map).optional();
    }

    List<Letter> findByCase(String caseRef) {
        return jdbc.sql("select " + COLUMNS + " from letter where case_ref = ? order by issued_at, id")
                .param(caseRef).query(LetterRepository::map).list();
    }

    Letter insert(Letter l) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into letter (number, kind, title, case_ref, step_key, template, html, sha256, issued_at, issued_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(l.number(), l.kind(), l.title(), l.caseRef(), l.stepKey(), l.template(), l.html(),
                        l.sha256(), l.issuedAt(), l.issuedBy())
                .update(keys, "id");
        // read back, so callers see exactly what the archive holds (timestamp precision and offset)
        return findById(keys.getKeyAs(Number.class).longValue()).orElseThrow();
    }

    private static Letter map(ResultSet rs, int row) throws SQLException {
        return new Letter(rs.getLong("id"), rs.getString("number"), rs.getString("kind"), rs.getString("title"),
                rs.getString("case_ref"), rs.getString("step_key"), rs.getString("template"), rs.getString("html"),
                rs.getString("sha256"), rs.getObject("issued_at", OffsetDateTime.class), rs.getString("issued_by"));
    }
}
