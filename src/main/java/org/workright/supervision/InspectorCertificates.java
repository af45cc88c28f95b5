package org.workright.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * inspector_certificate: each labour-law inspector's 监督证 (ACFTU Labour-Law Supervision Measures
 * art 18), by user id, with the day it ends (none: no end). Only the supervision package reads it.
 */
@Repository
class InspectorCertificates {

    private final JdbcClient jdbc;

    InspectorCertificates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The certificates these inspectors hold on {@code day}, by user id (one statement for a team). */
    Map<String, String> validOn(List<String> userIds, LocalDate day) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select user_id, certificate_no from inspector_certificate where user_id in (:ids)"
                + " and (valid_until is null or valid_until >= :day)")
                .param("ids", userIds).param("day", day)
                .query((rs, i) -> Map.entry(rs.getString("user_id"), rs.getString("certificate_no"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** A certificate on the register, with who last recorded it and when. */
    record Certificate(String userId, String certificateNo, LocalDate validUntil, String recordedBy,
            java.time.OffsetDateTime recordedAt) {
    }

    List<Certificate> all() {
        return jdbc.sql("""
                select user_id, certificate_no, valid_until, recorded_by, recorded_at
                from inspector_certificate order by user_id""")
                .query((rs, i) -> new Certificate(rs.getString("user_id"), rs.getString("certificate_no"),
                        rs.getObject("valid_until", LocalDate.class), rs.getString("recorded_by"),
                        rs.getObject("recorded_at", java.time.OffsetDateTime.class))).list();
    }

    /** Who holds a certificate number, if anyone: a number belongs to one inspector. */
    Optional<String> holder(String certificateNo) {
        return jdbc.sql("select user_id from inspector_certificate where certificate_no = ?").param(certificateNo)
                .query(String.class).optional();
    }

    Certificate save(String userId, String certificateNo, LocalDate validUntil, String by,
            java.time.OffsetDateTime at) {
        if (jdbc.sql("""
                update inspector_certificate set certificate_no = ?, valid_until = ?, recorded_by = ?, recorded_at = ?
                where user_id = ?""").params(certificateNo, validUntil, by, at, userId).update() == 0) {
            jdbc.sql("""
                    insert into inspector_certificate (user_id, certificate_no, valid_until, recorded_by, recorded_at)
                    values (?, ?, ?, ?, ?)""").params(userId, certificateNo, validUntil, by, at).update();
        }
        return new Certificate(userId, certificateNo, validUntil, by, at);
    }
}
