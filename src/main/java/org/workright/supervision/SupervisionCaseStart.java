package org.workright.supervision;

import org.springframework.stereotype.Component;
import org.workright.casework.CaseStartGuard;

/** {@link CaseStartGuard} for labour-law-supervision: referral message and inspector registration. */
@Component("labourLawSupervisionCaseStart")
class SupervisionCaseStart extends CaseStartGuard {

    SupervisionCaseStart(SupervisionCaseRepository cases, SupervisionIntake intake) {
        super(cases::claimProcess, intake::variables);
    }
}
