package org.workright.supervision;

import static org.workright.supervision.SupervisionProcess.Var.*;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.workright.casework.CaseworkProcess;
import org.workright.casework.Deadlines;
import org.workright.casework.PartyRecords;
import org.workright.enterprises.EnterpriseRegister;
import org.workright.letters.Letter;

/** The enterprise a supervision case is about, as the party to its reply task. */
@Component
class SupervisionParty implements PartyRecords {

    private final SupervisionCaseRepository cases;
    private final SupervisionLetters letters;
    private final SupervisionDistricts districts;

    SupervisionParty(SupervisionCaseRepository cases, SupervisionLetters letters, SupervisionDistricts districts) {
        this.cases = cases;
        this.letters = letters;
        this.districts = districts;
    }

    @Override
    public CaseworkProcess process() {
        return SupervisionModule.DECLARATION;
    }

    @Override
    public String enterpriseGroup(String caseNo) {
        return EnterpriseRegister.groupOf(cases.creditCode(caseNo));
    }

    /** What a served case has on record when its enterprise replies. */
    @Override
    public Map<String, Object> recordedVariables(String caseNo) {
        SupervisionCase c = cases.require(caseNo);
        Letter notice = letters.issued(caseNo, SupervisionLetters.NOTICE).orElseThrow();
        var due = districts.deadlines(c.creditCode()).of(c.replyDue());
        return Map.ofEntries(Map.entry(CASE_NO, caseNo), Map.entry(CASE_SUMMARY, c.summary()),
                Map.entry(CREDIT_CODE, c.creditCode()),
                Map.entry(ENTERPRISE_GROUP, EnterpriseRegister.groupOf(c.creditCode())),
                Map.entry(NOTICE_NUMBER, notice.number()), Map.entry(NOTICE_LETTER_ID, notice.id()),
                Map.entry(REQUIRED_CORRECTION, c.requiredCorrection()),
                Map.entry(SERVICE_DATE, c.servedOn().toString()), Map.entry(SERVICE_METHOD, c.serviceMethod()),
                Map.entry(SERVICE_RECIPIENT, c.serviceRecipient()), Map.entry(REPLY_DUE_AT, due.timer()),
                Map.entry(REPLY_DUE_TEXT, due.text()));
    }
}
