package org.workright.letters;

import java.util.Map;

/**
 * What a case's letters may say about it: its number, and the fields its templates read as
 * {@code $case}. Each process builds its view in its own letters class, so what reaches a letter
 * (a masked ID number, the complainant only with consent) is decided in one place.
 */
public record CaseView(String caseNo, Map<String, Object> fields, Issuer issuer) {

    public CaseView {
        fields = Map.copyOf(fields);
    }

    /** A case whose letters go out under the letter kinds' own issuers. */
    public CaseView(String caseNo, Map<String, Object> fields) {
        this(caseNo, fields, null);
    }
}
