package org.workright.legalaid;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Every rule of processes/legal-aid-eligibility.dmn, on the standalone DMN engine. */
class EligibilityDecisionTest {

    private static DmnDecision decision;
    private static DmnEngine engine;

    @BeforeAll
    static void parse() throws Exception {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = EligibilityDecisionTest.class.getResourceAsStream("/processes/legal-aid-eligibility.dmn")) {
            decision = engine.parseDecision(LegalAidProcess.DECISION_ELIGIBILITY, in);
        }
    }

    @ParameterizedTest(name = "{0} migrant={1} exemption={2} hardship={3} serious={4} -> {5} {6}")
    @CsvSource({
        // out of scope beats everything
        "NON_LABOUR,           true,  ENTITLED_GROUP,          true,  true,  false, OUT_OF_SCOPE",
        // LAL art 42(3): migrant workers' wage and work-injury claims skip the economic test
        "WAGE_ARREARS,         true,  NONE,                    false, false, true,  MIGRANT_EXEMPT",
        "WORK_INJURY,          true,  NONE,                    false, false, true,  MIGRANT_EXEMPT",
        // ...but not their other claims
        "CONTRACT_TERMINATION, true,  NONE,                    false, false, false, NOT_ELIGIBLE",
        "WAGE_ARREARS,         false, NONE,                    false, false, false, NOT_ELIGIBLE",
        // LAL art 42(1) and (2): each group, whatever the claim and the means
        "CONTRACT_TERMINATION, false, MINOR_WITHOUT_INCOME,    false, false, true,  EXEMPT_MINOR_WITHOUT_INCOME",
        "SOCIAL_INSURANCE,     false, ELDERLY_WITHOUT_INCOME,  false, false, true,  EXEMPT_ELDERLY_WITHOUT_INCOME",
        "OTHER_LABOUR,         false, DISABLED_WITHOUT_INCOME, false, false, true,  EXEMPT_DISABLED_WITHOUT_INCOME",
        "WAGE_ARREARS,         false, SOCIAL_ASSISTANCE,       false, false, true,  EXEMPT_SOCIAL_ASSISTANCE",
        "WORK_INJURY,          false, JUDICIAL_ASSISTANCE,     false, false, true,  EXEMPT_JUDICIAL_ASSISTANCE",
        "CONTRACT_TERMINATION, false, ENTITLED_GROUP,          false, false, true,  EXEMPT_ENTITLED_GROUP",
        // a migrant's wage claim is exempt by its claim before any group is looked at
        "WAGE_ARREARS,         true,  SOCIAL_ASSISTANCE,       false, false, true,  MIGRANT_EXEMPT",
        "SOCIAL_INSURANCE,     false, NONE,                    true,  false, true,  HARDSHIP",
        "OTHER_LABOUR,         false, NONE,                    false, true,  true,  SERIOUS_INFRINGEMENT",
        "WAGE_ARREARS,         false, NONE,                    true,  true,  true,  HARDSHIP",
    })
    void decides(String claimType, boolean migrant, String exemption, boolean hardship, boolean serious,
            boolean eligible, String code) {
        DmnDecisionRuleResult result = engine.evaluateDecisionTable(decision, Variables.createVariables()
                .putValue("claimType", claimType)
                .putValue("migrantWorker", migrant)
                .putValue("meansTestExemption", exemption)
                .putValue("economicHardship", hardship)
                .putValue("seriousInfringement", serious)).getSingleResult();

        assertThat((Boolean) result.getEntry("eligible")).isEqualTo(eligible);
        assertThat((String) result.getEntry("eligibilityCode")).isEqualTo(code);
        assertThat((String) result.getEntry("eligibilityReason")).isNotBlank();
    }

    /** Every group of the enum has its rule, and its decision names the group and the clause. */
    @ParameterizedTest
    @EnumSource(value = MeansTestExemption.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
    void everyExemptGroupIsNamedWithItsClause(MeansTestExemption exemption) {
        DmnDecisionRuleResult result = engine.evaluateDecisionTable(decision, Variables.createVariables()
                .putValue("claimType", "OTHER_LABOUR").putValue("migrantWorker", false)
                .putValue("meansTestExemption", exemption.name()).putValue("economicHardship", false)
                .putValue("seriousInfringement", false)).getSingleResult();

        assertThat((String) result.getEntry("eligibilityReason")).contains(exemption.label())
                .contains("第四十二条" + exemption.clause());
    }
}
