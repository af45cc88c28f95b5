package org.workright.letters;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** An issued, archived letter. The HTML is served separately, so listings stay small. */
public record Letter(long id, String number, String kind, String title, String caseRef, String stepKey,
        String template, @JsonIgnore String html, String sha256, OffsetDateTime issuedAt, String issuedBy) {
}
