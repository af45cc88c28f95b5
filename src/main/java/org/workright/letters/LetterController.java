package org.workright.letters;

import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.workright.system.RateLimited;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.workright.people.Roles;
import org.workright.system.ProblemException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The letter archive: a case's letters, one letter as data or as the printable HTML, public verification. */
@RestController
@Tag(name = "letters", description = "公文档案 Letter archive")
class LetterController {

    private final LetterService letters;
    private final List<CaseAccess> access;

    LetterController(LetterService letters, List<CaseAccess> access) {
        this.letters = letters;
        this.access = access;
    }

    @GetMapping("/api/cases/{caseRef}/letters")
    @Operation(summary = "案件的全部公文 Letters of a case")
    List<Letter> ofCase(@PathVariable String caseRef, Authentication user) {
        requireReadable(caseRef, user);
        return letters.lettersOf(caseRef);
    }

    @GetMapping("/api/letters/{id}")
    @Operation(summary = "公文元数据 One letter's record")
    Letter one(@PathVariable long id, Authentication user) {
        return readable(id, user);
    }

    @GetMapping(value = "/api/letters/{id}/html", produces = MediaType.TEXT_HTML_VALUE)
    @Operation(summary = "可打印的公文 The printable letter (A4 HTML)")
    ResponseEntity<String> html(@PathVariable long id, @RequestParam(defaultValue = "false") boolean download,
            Authentication user) {
        return PrintableLetter.response(readable(id, user), download);
    }

    /** Public: anyone holding a letter can check that it is genuine; the content is never returned. */
    @GetMapping("/api/public/letters/verify")
    @RateLimited("public-verification")
    @Operation(summary = "公文真伪核验 Verify a letter by number (and optionally its SHA-256)")
    Map<String, Object> verify(@RequestParam String number, @RequestParam(required = false) String sha256) {
        Letter letter = letters.findByNumber(LetterProperties.normalizeNumber(number))
                .orElseThrow(() -> ProblemException.notFound("未找到该文号的公文"));
        if (sha256 == null || sha256.isBlank()) {
            // the number exists; the archived hash is never handed out, only confirmed
            return Map.of("number", letter.number(), "title", letter.title(), "issuedAt", letter.issuedAt());
        }
        boolean genuine = letter.sha256().equalsIgnoreCase(sha256.strip());
        return genuine
                ? Map.of("number", letter.number(), "title", letter.title(), "issuedAt", letter.issuedAt(),
                        "genuine", true)
                : Map.of("number", letter.number(), "title", letter.title(), "genuine", false);
    }

    private Letter readable(long id, Authentication user) {
        // the same answer as for a letter the user may not read: an id says nothing of whether it exists
        Letter letter = letters.find(id).orElseThrow(() -> ProblemException.notFound("未找到该案件或无权查看"));
        requireReadable(letter.caseRef(), user);
        return letter;
    }

    private void requireReadable(String caseRef, Authentication user) {
        boolean admin = Roles.any(user, Roles.ADMIN);
        boolean allowed = admin || access.stream().anyMatch(a -> a.owns(caseRef) && a.canRead(caseRef, user));
        if (!allowed) {
            // same answer for "unknown" and "not yours", so case numbers cannot be probed
            throw ProblemException.notFound("未找到该案件或无权查看");
        }
    }
}
