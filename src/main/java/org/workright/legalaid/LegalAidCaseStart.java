package org.workright.legalaid;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.workright.system.CaseStartGuard;

/** {@link CaseStartGuard} for legal-aid-request: online start message and office registration. */
@Component
class LegalAidCaseStart extends CaseStartGuard {

    private final LegalAidCaseRepository cases;
    private final LegalAidIntake intake;

    LegalAidCaseStart(LegalAidCaseRepository cases, LegalAidIntake intake) {
        this.cases = cases;
        this.intake = intake;
    }

    @Override
    protected boolean claim(String caseNo, String processInstanceId) {
        return cases.claimProcess(caseNo, processInstanceId);
    }

    @Override
    protected Map<String, Object> variablesOf(String caseNo) {
        return intake.variablesOf(caseNo);
    }
}
