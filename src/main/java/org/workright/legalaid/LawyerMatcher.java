package org.workright.legalaid;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Chooses the volunteer lawyer for a case: practising in the claim's area, with room in their
 * caseload, no conflict of interest with the employer and not having declined this case; among
 * those the least loaded, so cases spread evenly.
 */
final class LawyerMatcher {

    Optional<Lawyer> choose(List<Lawyer> lawyers, ClaimType claim, String employerName, String employerCreditCode,
            Collection<String> declined) {
        return lawyers.stream()
                .filter(l -> l.practiceAreas().contains(claim))
                .filter(l -> l.openCases() < l.maxOpenCases())
                .filter(l -> !declined.contains(l.userId()))
                .filter(l -> l.conflicts().stream().noneMatch(c -> conflicts(c, employerName, employerCreditCode)))
                .min(Comparator.comparingInt(Lawyer::openCases).thenComparing(Lawyer::userId));
    }

    /** Either identifier matching is a conflict: a worker may mistype a code that still passes its check. */
    static boolean conflicts(Lawyer.Conflict conflict, String employerName, String employerCreditCode) {
        boolean sameCode = conflict.employerCreditCode() != null && employerCreditCode != null
                && conflict.employerCreditCode().equalsIgnoreCase(employerCreditCode);
        String name = normalize(conflict.employerName());
        return sameCode || name != null && name.equals(normalize(employerName));
    }

    /** Employer names are typed by hand: ignore spaces and full- versus half-width brackets. */
    static String normalize(String name) {
        return name == null ? null : name.replaceAll("\\s+", "").replace('（', '(').replace('）', ')');
    }
}
