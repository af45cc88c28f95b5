package org.workright.contracts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One filing of a contract (a version): the text as signed and voted on, when it was received,
 * the union's opinion, the legality pre-check and the review's outcome. Versions are never
 * rewritten; a re-filing or an amendment is the next version.
 */
record Filing(String caseNo, int version, Reason reason, LocalDate filedOn, String filedBy, LocalDate signedOn,
        LocalDate startsOn, LocalDate endsOn, int workersCovered, BigDecimal lowestWage, BigDecimal weeklyHours,
        String wageIncrease, ContractDraft.Vote vote, ChiefCapacity employerChief, boolean lateFiling,
        LocalDate lastFilingDay, LocalDate receivedOn, LocalDate reviewDue, String unionOpinion,
        String unionOpinionBy, LocalDate unionOpinionOn, String precheck, Outcome outcome, String opinion,
        LocalDate decidedOn, String decidedBy) {

    enum Reason {
        FIRST("首次报送"), REFILED("审查意见后重新报送"), AMENDED("变更后重新报送");

        private final String label;

        Reason(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    enum Outcome {
        OBJECTED("提出审查意见"), APPROVED("审查同意"), SILENCE("审查期限内未提出异议，自行生效");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    /** Who leads the employer's side (Collective Contract Provisions art 21). */
    enum ChiefCapacity {
        LEGAL_REPRESENTATIVE("法定代表人"), DELEGATE("法定代表人书面委托的代表");

        private final String label;

        ChiefCapacity(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }
}
