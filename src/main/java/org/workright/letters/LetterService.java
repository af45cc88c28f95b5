package org.workright.letters;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workright.people.CurrentUser;
import org.workright.casework.YearlySequence;
import java.util.Set;

/**
 * Issues official letters: render, number, archive, in the caller's transaction. Issuing is
 * idempotent per (case, step): a retried job gets the letter it already issued, and if the
 * caller rolls back, the number goes back too.
 */
@Service
public class LetterService {

    private final LetterProperties properties;
    private final LetterRenderer renderer;
    private final LetterRepository repository;
    private final YearlySequence sequence;
    private final CurrentUser currentUser;
    private final Clock clock;

    LetterService(LetterProperties properties, LetterRenderer renderer, LetterRepository repository,
            YearlySequence sequence, CurrentUser currentUser, Clock clock) {
        this.properties = properties;
        this.renderer = renderer;
        this.repository = repository;
        this.sequence = sequence;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional
    public Letter issue(LetterRequest request) {
        return repository.findByCaseAndStep(request.caseRef(), request.stepKey())
                .orElseGet(() -> repository.insert(create(request)));
    }

    /**
     * Issues a case's letter in one call: the case's view is the template's {@code $case}, the
     * step's own values come beside it. Idempotent per (case, step) like {@link #issue(LetterRequest)}.
     */
    @Transactional
    public Letter issue(String kind, CaseView c, String step, String addressee, Map<String, ?> values) {
        Map<String, Object> model = new HashMap<>(values);
        model.put("case", c.fields());
        return issue(new LetterRequest(kind, c.caseNo(), step, addressee, model, c.issuer()));
    }

    private Letter create(LetterRequest request) {
        LetterProperties.Kind kind = properties.kind(request.kind());
        OffsetDateTime now = OffsetDateTime.now(clock);
        int year = now.getYear();
        String prefix = properties.prefix(kind, request.issuer());
        // the default issuer keeps the series it always had; another issuer numbers its own
        String series = "letter:" + request.kind() + (prefix.equals(kind.prefix()) ? "" : "@" + prefix);
        String number = LetterProperties.number(prefix, year, sequence.next(series, year));
        String html = render(request, number, now.toLocalDate(), false);
        return new Letter(0, number, request.kind(), kind.title(), request.caseRef(), request.stepKey(),
                LetterProperties.template(request.kind()), html, sha256(html), now, currentUser.id());
    }

    /** Renders without numbering or archiving: for golden-file tests and previews. */
    String render(LetterRequest request, String number, LocalDate issuedOn) {
        return render(request, number, issuedOn, false);
    }

    private String render(LetterRequest request, String number, LocalDate issuedOn, boolean draft) {
        LetterProperties.Kind kind = properties.kind(request.kind());
        return renderer.render(LetterProperties.template(request.kind()), model(request, kind, number, issuedOn, draft));
    }

    /**
     * The letter as it would be issued today, marked as a draft, without a number and not archived:
     * for whoever approves it to read the letter itself before it goes out.
     */
    public String preview(String kind, CaseView c, String addressee, Map<String, ?> values) {
        Map<String, Object> model = new HashMap<>(values);
        model.put("case", c.fields());
        return render(new LetterRequest(kind, c.caseNo(), "preview", addressee, model, c.issuer()),
                "（审批后编号）", LocalDate.now(clock), true);
    }

    /** The kinds configured, each of which must have its template. */
    Set<String> kinds() {
        return properties.kinds().keySet();
    }

    private Map<String, Object> model(LetterRequest request, LetterProperties.Kind kind, String number,
            LocalDate issuedOn, boolean draft) {
        Map<String, Object> model = new HashMap<>(request.model());
        model.put("letter", Map.of(
                "title", kind.title(),
                "number", number,
                "addressee", request.addressee(),
                "issuer", request.issuer() != null ? request.issuer().name()
                        : kind.issuer() != null ? kind.issuer() : properties.issuer(),
                "office", request.issuer() != null ? request.issuer().name()
                        : kind.office() != null ? kind.office() : properties.office(),
                "issuedOn", issuedOn,
                "verifyUrl", properties.verifyUrl(),
                "draft", draft));
        return model;
    }

    public List<Letter> lettersOf(String caseRef) {
        return repository.findByCase(caseRef);
    }

    public Optional<Letter> find(long id) {
        return repository.findById(id);
    }

    public Optional<Letter> findByNumber(String number) {
        return repository.findByNumber(number);
    }

    public Optional<Letter> findIssued(String caseRef, String stepKey) {
        return repository.findByCaseAndStep(caseRef, stepKey);
    }

    static String sha256(String html) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(html.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
