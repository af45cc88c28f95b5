package org.workright.letters;

/**
 * Who issues a case's letters when it is not the kind's configured issuer: a county-level federation
 * for a case of its county (ACFTU Labour-Law Supervision Measures art 21). Its letters are headed and
 * signed with its name and numbered in its own series, under its abbreviation in place of the
 * default issuer's ("官工监意〔2026〕第0001号" beside "昆工监意〔2026〕第0001号").
 */
public record Issuer(String name, String abbreviation) {
}
