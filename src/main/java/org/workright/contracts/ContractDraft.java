package org.workright.contracts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A signed collective contract as its enterprise files it: who negotiated it, how the workers'
 * congress (or all the workers) voted on it, its term and the terms the review looks at first.
 */
public record ContractDraft(LocalDate signedOn, LocalDate filedOn, LocalDate startsOn, LocalDate endsOn,
        List<Negotiator> negotiators, Vote vote, BigDecimal lowestMonthlyWage) {

    /** The two sides at the table (Collective Contract Provisions arts 19-24). */
    public enum Side {
        WORKERS("职工方"), EMPLOYER("用人单位方");

        private final String label;

        Side(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One negotiator. {@code idNumber} tells people apart (two 王芳 are two people; one person on
     * both sides is not allowed); an outsider is not employed by the enterprise (an expert, a union
     * officer from above).
     */
    public record Negotiator(String name, String idNumber, Side side, boolean chief, boolean outsider) {
    }

    /** The vote on the draft: all representatives (or all workers), those present, those in favour. */
    public record Vote(int total, int present, int inFavour, LocalDate heldOn) {
    }
}
