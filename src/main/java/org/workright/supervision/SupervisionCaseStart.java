package org.workright.supervision;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.workright.system.CaseStartGuard;

/** {@link CaseStartGuard} for labour-law-supervision: referral message and inspector registration. */
@Component
class SupervisionCaseStart extends CaseStartGuard {

    private final SupervisionCaseRepository cases;
    private final SupervisionIntake intake;

    SupervisionCaseStart(SupervisionCaseRepository cases, SupervisionIntake intake) {
        this.cases = cases;
        this.intake = intake;
    }

    @Override
    protected boolean claim(String caseNo, String processInstanceId) {
        return cases.claimProcess(caseNo, processInstanceId);
    }

    @Override
    protected Map<String, Object> variablesOf(String caseNo) {
        return intake.variables(caseNo);
    }
}
