package org.workright.letters;

import java.time.OffsetDateTime;

/**
 * A letter as a case's page lists it, with the address its reader opens it at: staff through the
 * letters API, an enterprise's representative through the enterprise's own door (which checks the
 * letter was served on it).
 */
public record LetterLink(long id, String title, String number, OffsetDateTime issuedAt, String href) {

    public static LetterLink of(Letter letter, boolean staff) {
        return new LetterLink(letter.id(), letter.title(), letter.number(), letter.issuedAt(),
                (staff ? "/api/letters/" : "/api/enterprise/letters/") + letter.id() + "/html");
    }
}
