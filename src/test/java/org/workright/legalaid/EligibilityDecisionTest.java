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

    @ParameterizedTest(name = "{0} migrant={1} hardship={2} serious={3} -> {4} {5}")
    @CsvSource({
        // out of scope beats everything
        "NON_LABOUR,           true,  true,  true,  false, OUT_OF_SCOPE",
        // LAL art 42: migrant workers' wage and work-injury claims skip the economic test
        "WAGE_ARREARS,         true,  false, false, true,  MIGRANT_EXEMPT",
        "WORK_INJURY,          true,  false, false, true,  MIGRANT_EXEMPT",
        // ...but not their other claims
        "CONTRACT_TERMINATION, true,  false, false, false, NOT_ELIGIBLE",
        "WAGE_ARREARS,         false, false, false, false, NOT_ELIGIBLE",
        "SOCIAL_INSURANCE,     false, true,  false, true,  HARDSHIP",
        "OTHER_LABOUR,         false, false, true,  true,  SERIOUS_INFRINGEMENT",
        "WAGE_ARREARS,         false, true,  true,  true,  HARDSHIP",
    })
    void decides(String claimType, boolean migrant, boolean hardship, boolean serious, boolean eligible, String code) {
        DmnDecisionRuleResult result = engine.evaluateDecisionTable(decision, Variables.createVariables()
                .putValue("claimType", claimType)
                .putValue("migrantWorker", migrant)
                .putValue("economicHardship", hardship)
                .putValue("seriousInfringement", serious)).getSingleResult();

        assertThat((Boolean) result.getEntry("eligible")).isEqualTo(eligible);
        assertThat((String) result.getEntry("eligibilityCode")).isEqualTo(code);
        assertThat((String) result.getEntry("eligibilityReason")).isNotBlank();
    }
}
