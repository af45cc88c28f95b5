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

    @ParameterizedTest(name = "{0} {1} migrant={2} exemption={3} hardship={4} serious={5} -> {6} {7}")
    @CsvSource({
        // out of scope beats everything
        "WORKER,        NON_LABOUR,           true,  ENTITLED_GROUP,          true,  true,  false, OUT_OF_SCOPE",
        // LAL art 42(3): migrant workers' wage and work-injury claims skip the economic test
        "WORKER,        WAGE_ARREARS,         true,  NONE,                    false, false, true,  MIGRANT_EXEMPT",
        "WORKER,        WORK_INJURY,          true,  NONE,                    false, false, true,  MIGRANT_EXEMPT",
        // ...but not their other claims
        "WORKER,        CONTRACT_TERMINATION, true,  NONE,                    false, false, false, NOT_ELIGIBLE",
        "WORKER,        WAGE_ARREARS,         false, NONE,                    false, false, false, NOT_ELIGIBLE",
        // LAL art 42(1) and (2): each group, whatever the claim and the means
        "WORKER,        CONTRACT_TERMINATION, false, MINOR_WITHOUT_INCOME,    false, false, true,  EXEMPT_MINOR_WITHOUT_INCOME",
        "WORKER,        SOCIAL_INSURANCE,     false, ELDERLY_WITHOUT_INCOME,  false, false, true,  EXEMPT_ELDERLY_WITHOUT_INCOME",
        "WORKER,        OTHER_LABOUR,         false, DISABLED_WITHOUT_INCOME, false, false, true,  EXEMPT_DISABLED_WITHOUT_INCOME",
        "WORKER,        WAGE_ARREARS,         false, SOCIAL_ASSISTANCE,       false, false, true,  EXEMPT_SOCIAL_ASSISTANCE",
        "WORKER,        WORK_INJURY,          false, JUDICIAL_ASSISTANCE,     false, false, true,  EXEMPT_JUDICIAL_ASSISTANCE",
        "WORKER,        CONTRACT_TERMINATION, false, ENTITLED_GROUP,          false, false, true,  EXEMPT_ENTITLED_GROUP",
        // a migrant's wage claim is exempt by its claim before any group is looked at
        "WORKER,        WAGE_ARREARS,         true,  SOCIAL_ASSISTANCE,       false, false, true,  MIGRANT_EXEMPT",
        "WORKER,        SOCIAL_INSURANCE,     false, NONE,                    true,  false, true,  HARDSHIP",
        "WORKER,        OTHER_LABOUR,         false, NONE,                    false, true,  true,  SERIOUS_INFRINGEMENT",
        "WORKER,        WAGE_ARREARS,         false, NONE,                    true,  true,  true,  HARDSHIP",
        // the further scope categories (ACFTU Union Legal Aid Measures): in scope, tested as any claim
        "WORKER,        PERSONAL_RIGHTS,      false, NONE,                    true,  false, true,  HARDSHIP",
        "WORKER,        DEMOCRATIC_RIGHTS,    false, NONE,                    false, true,  true,  SERIOUS_INFRINGEMENT",
        "WORKER,        PROPERTY_RIGHTS,      false, SOCIAL_ASSISTANCE,       false, false, true,  EXEMPT_SOCIAL_ASSISTANCE",
        "WORKER,        PROPERTY_RIGHTS,      false, NONE,                    false, false, false, NOT_ELIGIBLE",
        // ...and a migrant's exemption stays with wages and work injury
        "WORKER,        PERSONAL_RIGHTS,      true,  NONE,                    false, false, false, NOT_ELIGIBLE",
        // a union officer penalised for union work, and a union organisation: no means test
        "UNION_OFFICER, UNION_WORK_RETALIATION, false, NONE,                  false, false, true,  UNION_WORK_RETALIATION",
        "UNION_ORGANISATION, UNION_ORGANISATION_RIGHTS, false, NONE,          false, false, true,  UNION_ORGANISATION",
        // a union officer's ordinary labour dispute is tested as a worker's
        "UNION_OFFICER, CONTRACT_TERMINATION, false, NONE,                    false, false, false, NOT_ELIGIBLE",
        "UNION_OFFICER, WAGE_ARREARS,         true,  NONE,                    false, false, true,  MIGRANT_EXEMPT",
        // outside every category, whoever applies
        "UNION_ORGANISATION, NON_LABOUR,      false, NONE,                    false, true,  false, OUT_OF_SCOPE",
        "UNION_OFFICER, NON_LABOUR,           false, NONE,                    true,  true,  false, OUT_OF_SCOPE",
    })
    void decides(String applicantKind, String claimType, boolean migrant, String exemption, boolean hardship, boolean serious,
            boolean eligible, String code) {
        DmnDecisionRuleResult result = engine.evaluateDecisionTable(decision, Variables.createVariables()
                .putValue("applicantKind", applicantKind)
                .putValue("claimType", claimType)
                .putValue("migrantWorker", migrant)
                .putValue("meansTestExemption", exemption)
                .putValue("economicHardship", hardship)
                .putValue("seriousInfringement", serious)).getSingleResult();

        assertThat((Boolean) result.getEntry("eligible")).isEqualTo(eligible);
        assertThat((String) result.getEntry("eligibilityCode")).isEqualTo(code);
        assertThat((String) result.getEntry("eligibilityReason")).isNotBlank();
    }

    /** The refusal names every category it found the matter outside of, so the applicant sees the scope. */
    @org.junit.jupiter.api.Test
    void outOfScopeNamesEveryCategory() {
        DmnDecisionRuleResult result = engine.evaluateDecisionTable(decision, Variables.createVariables()
                .putValue("applicantKind", "WORKER").putValue("claimType", "NON_LABOUR").putValue("migrantWorker", false)
                .putValue("meansTestExemption", "NONE").putValue("economicHardship", true)
                .putValue("seriousInfringement", false)).getSingleResult();

        assertThat((String) result.getEntry("eligibilityReason")).contains("劳动争议")
                .contains("人身、民主、财产权利").contains("工会工作者").contains("工会组织合法权益");
    }

    /** Every claim type the application offers is one the table knows: an unknown code would match no scope rule. */
    @ParameterizedTest
    @EnumSource(ClaimType.class)
    void everyClaimTypeIsAnInputValue(ClaimType claim) throws Exception {
        try (InputStream in = EligibilityDecisionTest.class.getResourceAsStream("/processes/legal-aid-eligibility.dmn")) {
            assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("\"" + claim.name() + "\"");
        }
    }

    /** Every group of the enum has its rule, and its decision names the group and the clause. */
    @ParameterizedTest
    @EnumSource(value = MeansTestExemption.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
    void everyExemptGroupIsNamedWithItsClause(MeansTestExemption exemption) {
        DmnDecisionRuleResult result = engine.evaluateDecisionTable(decision, Variables.createVariables()
                .putValue("applicantKind", "WORKER").putValue("claimType", "OTHER_LABOUR").putValue("migrantWorker", false)
                .putValue("meansTestExemption", exemption.name()).putValue("economicHardship", false)
                .putValue("seriousInfringement", false)).getSingleResult();

        assertThat((String) result.getEntry("eligibilityReason")).contains(exemption.label())
                .contains("第四十二条" + exemption.clause());
    }
}
