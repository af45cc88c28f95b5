package org.workright.legalaid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class LawyerMatcherTest {

    private final LawyerMatcher matcher = new LawyerMatcher();

    private static Lawyer lawyer(String id, int open, Set<ClaimType> areas, Lawyer.Conflict... conflicts) {
        return new Lawyer(id, id, "律所", areas, 5, open, List.of(conflicts));
    }

    @Test
    void choosesTheLeastLoadedLawyerInTheClaimsArea() {
        List<Lawyer> lawyers = List.of(
                lawyer("busy", 3, Set.of(ClaimType.WAGE_ARREARS)),
                lawyer("free", 1, Set.of(ClaimType.WAGE_ARREARS)),
                lawyer("injury", 0, Set.of(ClaimType.WORK_INJURY)));

        assertThat(matcher.choose(lawyers, ClaimType.WAGE_ARREARS, "甲公司", null, Set.of()))
                .map(Lawyer::userId).contains("free");
    }

    @Test
    void skipsALawyerWithAConflictByNameIgnoringSpacesAndBracketWidth() {
        List<Lawyer> lawyers = List.of(
                lawyer("conflicted", 0, Set.of(ClaimType.WAGE_ARREARS), new Lawyer.Conflict("昆明甲（集团）公司", null)),
                lawyer("other", 2, Set.of(ClaimType.WAGE_ARREARS)));

        assertThat(matcher.choose(lawyers, ClaimType.WAGE_ARREARS, "昆明甲 (集团)公司", null, Set.of()))
                .map(Lawyer::userId).contains("other");
    }

    @Test
    void aCreditCodeConflictWinsOverADifferentlySpelledName() {
        Lawyer conflicted = lawyer("conflicted", 0, Set.of(ClaimType.WAGE_ARREARS),
                new Lawyer.Conflict("昆明甲公司", "91530100MA6K000001"));

        assertThat(matcher.choose(List.of(conflicted), ClaimType.WAGE_ARREARS, "甲公司昆明分部", "91530100MA6K000001",
                Set.of())).isEmpty();
    }

    @Test
    void theSameNameIsAConflictEvenWhenTheWorkerTypedAnotherValidCode() {
        Lawyer conflicted = lawyer("conflicted", 0, Set.of(ClaimType.WAGE_ARREARS),
                new Lawyer.Conflict("昆明甲公司", "91530100MA6K000001"));

        assertThat(matcher.choose(List.of(conflicted), ClaimType.WAGE_ARREARS, "昆明甲公司", "91530111MA6K7XQ34D",
                Set.of())).isEmpty();
    }

    @Test
    void skipsLawyersWhoDeclinedAndLawyersAtCapacity() {
        List<Lawyer> lawyers = List.of(
                lawyer("declined", 0, Set.of(ClaimType.WAGE_ARREARS)),
                lawyer("full", 5, Set.of(ClaimType.WAGE_ARREARS)));

        assertThat(matcher.choose(lawyers, ClaimType.WAGE_ARREARS, "甲公司", null, Set.of("declined"))).isEmpty();
    }

    @Test
    void breaksTiesByUserIdSoTheChoiceIsStable() {
        List<Lawyer> lawyers = List.of(
                lawyer("b", 1, Set.of(ClaimType.WAGE_ARREARS)),
                lawyer("a", 1, Set.of(ClaimType.WAGE_ARREARS)));

        assertThat(matcher.choose(lawyers, ClaimType.WAGE_ARREARS, "甲公司", null, Set.of()))
                .map(Lawyer::userId).contains("a");
    }
}
