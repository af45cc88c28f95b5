package org.workright.supervision;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workright.casework.InvalidInput;
import org.workright.enterprises.Enterprise;
import org.workright.enterprises.EnterpriseRegister;
import org.workright.people.CurrentUser;
import org.workright.casework.CaseNumbers;

/**
 * Opening supervision cases: an inspector's complaint or patrol finding (start form), or a referral
 * from another process (legal aid, later democracy checks). The employer must be in the register,
 * because every later step serves letters on it and routes its tasks to its representatives.
 */
@Service
public class SupervisionIntake {

    /** A systemic problem another process hands over. */
    public record Referral(String source, String sourceRef, String creditCode, String employerName, String facts) {
    }

    private final SupervisionCaseRepository cases;
    private final EnterpriseRegister register;
    private final CaseNumbers caseNumbers;
    private final RuntimeService runtime;
    private final CurrentUser currentUser;
    private final Clock clock;

    SupervisionIntake(SupervisionCaseRepository cases, EnterpriseRegister register, CaseNumbers caseNumbers,
            RuntimeService runtime, CurrentUser currentUser, Clock clock) {
        this.cases = cases;
        this.register = register;
        this.caseNumbers = caseNumbers;
        this.runtime = runtime;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Starts a supervision case for a referral; returns its case number. */
    @Transactional
    public String refer(Referral referral) {
        Enterprise enterprise = resolve(referral.creditCode(), referral.employerName());
        String caseNo = create(referral.source(), referral.sourceRef(), enterprise, referral.facts(), null, false);
        runtime.createMessageCorrelation(SupervisionProcess.MESSAGE_REFERRAL)
                .processInstanceBusinessKey(caseNo)
                .setVariables(variables(caseNo))
                .correlateStartMessage();
        return caseNo;
    }

    /** Task_RegisterCase: the start form's fields become the case; returns the process variables. */
    @Transactional
    Map<String, Object> registerFromForm(String creditCode, String source, String facts, String complainantName,
            boolean consents) {
        if (facts == null || facts.isBlank()) {
            throw InvalidInput.of("请填写反映的问题和事实");
        }
        if (!"COMPLAINT".equals(source) && !"PATROL".equals(source)) {
            throw InvalidInput.of("线索来源无效：" + source);
        }
        Enterprise enterprise = resolve(creditCode, null);
        boolean complaint = "COMPLAINT".equals(source);
        return variables(create(source, null, enterprise, facts.strip(), complaint ? complainantName : null,
                complaint && consents));
    }

    private Enterprise resolve(String creditCode, String employerName) {
        if (creditCode != null && !creditCode.isBlank()) {
            return register.find(creditCode.strip()).orElseThrow(() -> InvalidInput.of(
                    "企业未登记于企业名录：" + creditCode + "。请先在企业名录中登记该企业"));
        }
        return register.findByName(employerName)
                .orElseThrow(() -> InvalidInput.of("用人单位尚未登记于企业名录：" + employerName
                        + "。请联系劳动法律监督员登记后再移送"));
    }

    private String create(String source, String sourceRef, Enterprise enterprise, String facts, String complainant,
            boolean consents) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        String caseNo = caseNumbers.next(SupervisionModule.DECLARATION);
        cases.insert(caseNo, source, sourceRef, enterprise.creditCode(), enterprise.name(), facts,
                complainant == null || complainant.isBlank() ? null : complainant.strip(), consents, now,
                currentUser.id());
        return caseNo;
    }

    /** The case variables, as recorded; see {@link SupervisionCaseStart}. */
    Map<String, Object> variables(String caseNo) {
        SupervisionCase c = cases.find(caseNo).orElseThrow();
        Map<String, Object> vars = new HashMap<>();
        vars.put(SupervisionProcess.Var.CASE_NO, caseNo);
        vars.put(SupervisionProcess.Var.CASE_SUMMARY, c.summary());
        vars.put(SupervisionProcess.Var.CREDIT_CODE, c.creditCode());
        vars.put(SupervisionProcess.Var.ENTERPRISE_GROUP, EnterpriseRegister.groupOf(c.creditCode()));
        vars.put(SupervisionProcess.Var.COMPLAINT_FACTS, c.facts());
        vars.put(SupervisionProcess.Var.COMPLAINANT, c.complainantName() == null ? "（未提供）"
                : c.complainantName() + (c.complainantConsents() ? "（同意在文书中具名）" : "（不同意在文书中具名）"));
        return vars;
    }
}
