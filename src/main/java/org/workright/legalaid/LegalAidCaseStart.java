package org.workright.legalaid;

import org.springframework.stereotype.Component;
import org.workright.casework.CaseStartGuard;

/** {@link CaseStartGuard} for legal-aid-request: online start message and office registration. */
@Component("legalAidRequestCaseStart")
class LegalAidCaseStart extends CaseStartGuard {

    LegalAidCaseStart(LegalAidCaseRepository cases, LegalAidIntake intake) {
        super(cases::claimProcess, intake::variablesOf);
    }
}
