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
    }
}
