package org.workright.democracy;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The local numbers a workplace-democracy check applies ([U]: Kunming's own standards were not
 * found, so each is configuration, not a literal of the decision table, which reads them as inputs).
 *
 * @param allStaffMeetingBelow  an enterprise with fewer staff may hold an all-staff meeting instead of a congress
 * @param minimumRepresentatives a congress has at least this many representatives
 * @param representativeShare   and at least this share of the workforce (0.05: 5%)
 * @param managerShareLimit     middle and senior managers "一般" (a warning) at most this share of the representatives
 * @param frontlineShareMinimum frontline workers at least this share of the representatives
 * @param employeeDirectorFrom  a company of this many staff has an employee director (Company Law 2023 arts 68, 120)
 */
public record DemocracyRules(int allStaffMeetingBelow, int minimumRepresentatives, BigDecimal representativeShare,
        BigDecimal managerShareLimit, BigDecimal frontlineShareMinimum, int employeeDirectorFrom) {

    /** The usual numbers, until Kunming's standards say otherwise. */
    public static final DemocracyRules USUAL = new DemocracyRules(100, 30, new BigDecimal("0.05"), new BigDecimal("0.20"),
            new BigDecimal("0.50"), 300);

    /** The rules as the decision table's inputs, each share also as its findings print it ("5", for 5%). */
    public Map<String, Object> variables() {
        return Map.of("allStaffMeetingBelow", allStaffMeetingBelow, "minimumRepresentatives", minimumRepresentatives,
                "representativeShare", representativeShare, "managerShareLimit", managerShareLimit,
                "frontlineShareMinimum", frontlineShareMinimum, "employeeDirectorFrom", employeeDirectorFrom,
                "representativeSharePercent", percent(representativeShare), "managerSharePercent", percent(managerShareLimit),
                "frontlineSharePercent", percent(frontlineShareMinimum));
    }

    private static String percent(BigDecimal share) {
        return share.movePointRight(2).stripTrailingZeros().toPlainString();
    }
}
