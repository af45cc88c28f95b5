package org.workright.enterprises;

import java.util.List;
import java.util.function.Predicate;

import org.springframework.stereotype.Service;
import org.springframework.security.core.Authentication;
import org.workright.letters.Letter;
import org.workright.letters.LetterService;

/** 一企一档: everything WorkRight holds about one enterprise, for staff or for the enterprise itself. */
@Service
public class EnterpriseFile {

    private final EnterpriseRegister register;
    private final List<EnterpriseFileSection> sections;
    private final LetterService letters;

    EnterpriseFile(EnterpriseRegister register, List<EnterpriseFileSection> sections, LetterService letters) {
        this.register = register;
        this.sections = sections;
        this.letters = letters;
    }

    public record View(Enterprise enterprise, List<Section> sections) {
    }

    public record Section(String title, List<EnterpriseFileSection.Entry> entries, List<LetterSummary> letters) {
    }

    /** What a file lists of a letter: enough to find and open it, nothing about who issued it or how. */
    public record LetterSummary(long id, String number, String title, String caseRef, java.time.OffsetDateTime issuedAt) {
        static LetterSummary of(Letter l) {
            return new LetterSummary(l.id(), l.number(), l.title(), l.caseRef(), l.issuedAt());
        }
    }

    private static final Predicate<EnterpriseFileSection> ALL_SECTIONS = s -> true;

    /** Staff see every section, and in each the cases (with every letter) its process lets them see. */
    View forStaff(String creditCode, Authentication user) {
        return view(creditCode, ALL_SECTIONS, (s, e) -> s.shows(e.caseRef(), user), (s, l) -> true);
    }

    /** The enterprise sees only what concerns it as a party, never who complained or applied for aid. */
    View forEnterprise(String creditCode) {
        return view(creditCode, EnterpriseFileSection::visibleToEnterprise, (s, e) -> true,
                EnterpriseFileSection::servedOnEnterprise);
    }

    /**
     * For the enterprise, a case shows only once a letter has been served on it (no tip-offs),
     * unless its process asks the enterprise to act from the start.
     */
    private View view(String creditCode, Predicate<EnterpriseFileSection> sectionFilter,
            java.util.function.BiPredicate<EnterpriseFileSection, EnterpriseFileSection.Entry> entryFilter,
            java.util.function.BiPredicate<EnterpriseFileSection, Letter> letterFilter) {
        Enterprise enterprise = register.require(creditCode);
        boolean onlyServed = sectionFilter != ALL_SECTIONS;
        List<Section> view = sections.stream().filter(sectionFilter).map(section -> {
            List<EnterpriseFileSection.Entry> entries = new java.util.ArrayList<>();
            List<LetterSummary> sectionLetters = new java.util.ArrayList<>();
            for (EnterpriseFileSection.Entry entry : section.entries(enterprise)) {
                if (!entryFilter.test(section, entry)) {
                    continue;
                }
                List<Letter> shown = letters.lettersOf(entry.caseRef()).stream()
                        .filter(l -> letterFilter.test(section, l)).toList();
                if (!onlyServed || !shown.isEmpty() || section.enterpriseKnowsFromTheStart()) {
                    entries.add(entry);
                    shown.stream().map(LetterSummary::of).forEach(sectionLetters::add);
                }
            }
            return new Section(section.title(), entries, sectionLetters);
        }).toList();
        return new View(enterprise, view);
    }

    /** Whether a letter may be shown to the enterprise's representatives. */
    boolean enterpriseMayRead(String creditCode, Letter letter) {
        return forEnterprise(creditCode).sections().stream()
                .flatMap(s -> s.letters().stream()).anyMatch(l -> l.id() == letter.id());
    }

}
