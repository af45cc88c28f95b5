package org.workright.letters;

import java.util.Map;
import java.util.Objects;

/**
 * What a process asks the archive to issue.
 *
 * @param kind      letter kind code, e.g. "legal-aid.grant" (configured title and number prefix)
 * @param caseRef   the case the letter belongs to
 * @param stepKey   the process step issuing it; (caseRef, stepKey) is issued at most once
 * @param addressee whom the letter is addressed to (称谓 line)
 * @param model     values for the kind's template
 * @param issuer    who issues it, when not the kind's configured issuer; may be null
 */
public record LetterRequest(String kind, String caseRef, String stepKey, String addressee, Map<String, Object> model,
        Issuer issuer) {

    public LetterRequest(String kind, String caseRef, String stepKey, String addressee, Map<String, Object> model) {
        this(kind, caseRef, stepKey, addressee, model, null);
    }

    public LetterRequest {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(caseRef, "caseRef");
        Objects.requireNonNull(stepKey, "stepKey");
        Objects.requireNonNull(addressee, "addressee");
        model = Map.copyOf(model);
    }
}
