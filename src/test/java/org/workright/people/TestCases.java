package org.workright.people;

import org.workright.legalaid.ClaimType;
import org.workright.legalaid.LegalAidIntake;
import org.workright.legalaid.TestApplications;

/** A legal-aid application on record, with its process waiting at the completeness check. */
public final class TestCases {

    public static String legalAid(LegalAidIntake intake) {
        return intake.submit(TestApplications.wageClaim().claim(ClaimType.CONTRACT_TERMINATION).build()).caseNo();
    }

    private TestCases() {
    }
}
