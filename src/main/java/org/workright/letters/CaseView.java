package org.workright.letters;

import java.util.Map;

/**
 * What a case's letters may say about it: its number, and the fields its templates read as
 * {@code $case}. Each process builds its view in its own letters class, so what reaches a letter
 * (a masked ID number, the complainant only with consent) is decided in one place.
 */
public record CaseView(String caseNo, Map<String, Object> fields) {

    public CaseView {
        fields = Map.copyOf(fields);
    }
}
