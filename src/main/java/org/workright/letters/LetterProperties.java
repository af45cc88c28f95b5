package org.workright.letters;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Letter kinds are configuration: each issuer numbers its letters with its own prefix
 * ("昆工法援〔2026〕第0001号"), and a federation elsewhere changes prefixes and titles, not code.
 */
@ConfigurationProperties("workright.letters")
record LetterProperties(String issuer, String office, String issuerAbbreviation, String publicBaseUrl,
        Map<String, Kind> kinds) {

    /** The public verification page, as a letter prints it for whoever holds it. */
    String verifyUrl() {
        String base = publicBaseUrl == null ? "" : publicBaseUrl.replaceAll("/+$", "");
        return base + "/verify.html";
    }

    /**
     * @param issuer the organ in the letterhead; when absent, the default issuer
     * @param office who signs it; when absent, the default office
     * @param abbreviation how its prefix begins when that is not the default issuer's abbreviation
     *                     (a labour bureau's letter, 昆明人社集审): another issuer's replaces it
     */
    record Kind(String title, String prefix, String issuer, String office, String abbreviation) {
    }

    Kind kind(String code) {
        Kind kind = kinds.get(code);
        if (kind == null) {
            throw new IllegalArgumentException("Unknown letter kind " + code + "; configure workright.letters.kinds");
        }
        return kind;
    }

    /**
     * The number prefix under which {@code issuer} issues the kind: a kind's prefix begins with its
     * default issuer's abbreviation (昆工监意), which another issuer's replaces (官工监意).
     */
    String prefix(Kind kind, Issuer issuer) {
        String own = kind.abbreviation() != null ? kind.abbreviation() : issuerAbbreviation;
        if (issuer == null || own == null || !kind.prefix().startsWith(own)) {
            return kind.prefix();
        }
        return issuer.abbreviation() + kind.prefix().substring(own.length());
    }

    /** 昆工法援〔2026〕第0001号 */
    static String number(String prefix, int year, int sequence) {
        return "%s〔%d〕第%04d号".formatted(prefix, year, sequence);
    }

    /** Numbers typed by hand: [2026] or 【2026】 or (2026) for 〔2026〕, and no spaces. */
    static String normalizeNumber(String typed) {
        return typed.replaceAll("\\s+", "").replaceAll("[\\[【（(［]", "〔").replaceAll("[\\]】）)］]", "〕");
    }

    /** "legal-aid.grant" is rendered by letters/legal-aid/grant.vm. */
    static String template(String code) {
        int dot = code.indexOf('.');
        return "letters/" + code.substring(0, dot) + "/" + code.substring(dot + 1) + ".vm";
    }
}
