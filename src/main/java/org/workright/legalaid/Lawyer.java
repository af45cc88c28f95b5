package org.workright.legalaid;

import java.util.List;
import java.util.Set;

/** A volunteer lawyer as the matcher sees them: areas, load and conflicts. */
record Lawyer(String userId, String name, String lawFirm, Set<ClaimType> practiceAreas, int maxOpenCases,
        int openCases, List<Conflict> conflicts) {

    record Conflict(String employerName, String employerCreditCode) {
    }

    /** How letters name and reach a lawyer. */
    record Contact(String name, String lawFirm, String phone) {
        /** 云南春城律师事务所 张伟律师（0871-63100001） */
        String describe() {
            return "%s %s律师%s".formatted(lawFirm, name, phone.isEmpty() ? "" : "（" + phone + "）");
        }
    }
}
