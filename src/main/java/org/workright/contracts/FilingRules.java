package org.workright.contracts;

/**
 * The numbers a collective-contract filing is checked against. Kunming follows Yunnan's rules by
 * default; the national ones stay selectable ({@link #NATIONAL}). Each number is configuration.
 *
 * @param approval            how many of ALL the representatives must approve the draft
 * @param quorumNumerator     with {@code quorumDenominator}: the share of all representatives present
 *                            for the vote to count (Collective Contract Provisions art 36: two thirds)
 * @param minNegotiatorsPerSide  art 19: at least three a side, equal numbers
 * @param outsiderShareNumerator with {@code outsiderShareDenominator}: the most of a side that may come
 *                            from outside the enterprise (art 23: one third), never its chief
 * @param minTermYears        art 38: one to three years
 * @param filingDays          days from signing to filing: 7 under Yunnan's Regulations, 10 nationally (art 42)
 * @param refuseLateFiling    whether a late filing is refused, or accepted and flagged
 */
@org.springframework.boot.context.properties.ConfigurationProperties("workright.collective-contracts")
public record FilingRules(Approval approval, int quorumNumerator, int quorumDenominator, int minNegotiatorsPerSide,
        int outsiderShareNumerator, int outsiderShareDenominator, int minTermYears, int maxTermYears, int filingDays,
        boolean refuseLateFiling) {

    /** How many of all the representatives must vote in favour. */
    public enum Approval {
        /** Yunnan Collective Contract Regulations art 11: more than half of all representatives. */
        MORE_THAN_HALF("须经全体职工代表过半数同意（《云南省集体合同条例》第十一条）"),
        /** Collective Contract Provisions art 36: at least half of all representatives. */
        AT_LEAST_HALF("须经全体职工代表半数以上（含半数）同意（《集体合同规定》第三十六条）");

        private final String rule;

        Approval(String rule) {
            this.rule = rule;
        }

        public String rule() {
            return rule;
        }

        boolean passes(int inFavour, int total) {
            return this == MORE_THAN_HALF ? 2L * inFavour > total : 2L * inFavour >= total;
        }
    }

    /** Kunming's default: Yunnan's rules. */
    public static final FilingRules YUNNAN = new FilingRules(Approval.MORE_THAN_HALF, 2, 3, 3, 1, 3, 1, 3, 7, false);

    /** The national rules (Collective Contract Provisions 2004). */
    public static final FilingRules NATIONAL = new FilingRules(Approval.AT_LEAST_HALF, 2, 3, 3, 1, 3, 1, 3, 10, false);

    public FilingRules {
        if (quorumDenominator <= 0 || outsiderShareDenominator <= 0 || minTermYears < 1 || maxTermYears < minTermYears
                || filingDays < 1 || minNegotiatorsPerSide < 1) {
            throw new IllegalArgumentException("collective-contract filing rules out of range");
        }
    }

    boolean quorate(int present, int total) {
        return (long) present * quorumDenominator >= (long) total * quorumNumerator;
    }

    boolean outsidersWithin(int outsiders, int side) {
        return (long) outsiders * outsiderShareDenominator <= (long) side * outsiderShareNumerator;
    }
}
