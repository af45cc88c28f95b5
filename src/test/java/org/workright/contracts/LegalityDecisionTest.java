package org.workright.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every rule of processes/collective-contract-legality.dmn at its bounds, on the standalone DMN engine. */
class LegalityDecisionTest {

    private static DmnDecision decision;
    private static DmnEngine engine;

    @BeforeAll
    static void parse() throws Exception {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = LegalityDecisionTest.class.getResourceAsStream("/processes/collective-contract-legality.dmn")) {
            decision = engine.parseDecision(ContractReview.LEGALITY_DECISION, in);
        }
    }

    private static List<String> findings(String kind, String lowest, String minimum, String hours, boolean increase,
            boolean late, boolean delegate) {
        return engine.evaluateDecisionTable(decision, Variables.createVariables().putValue("kind", kind)
                        .putValue("lowestWage", new BigDecimal(lowest)).putValue("minimumWage", new BigDecimal(minimum))
                        .putValue("weeklyHours", new BigDecimal(hours)).putValue("wageIncreaseAgreed", increase)
                        .putValue("lateFiling", late).putValue("delegateChief", delegate))
                .getResultList().stream().map(r -> r.get("weight") + " " + r.get("finding") + " " + r.get("rule")).toList();
    }

    @Test
    void aSoundContractHasNoFinding() {
        assertThat(findings("WAGES", "1990", "1990", "40", true, false, false)).isEmpty();
        assertThat(findings("COMPREHENSIVE", "2300", "1990", "37.5", false, false, false)).isEmpty();
    }

    @ParameterizedTest(name = "lowest {0} against {1}: unlawful {2}")
    @CsvSource({"1990, 1990, false", "1989.99, 1990, true", "1990.01, 1990, false"})
    void theLowestWageAtTheLocalMinimum(String lowest, String minimum, boolean unlawful) {
        assertThat(findings("SAFETY", lowest, minimum, "40", false, false, false))
                .hasSize(unlawful ? 1 : 0).allSatisfy(f -> assertThat(f).startsWith("不合法").contains("第五十五条"));
    }

    @ParameterizedTest(name = "{0} hours a week: unlawful {1}")
    @CsvSource({"40, false", "40.1, true", "44, true", "39.9, false"})
    void theWorkingWeekAtForty(String hours, boolean unlawful) {
        assertThat(findings("WOMEN", "2300", "1990", hours, false, false, false))
                .hasSize(unlawful ? 1 : 0).allSatisfy(f -> assertThat(f).startsWith("不合法").contains("工作时间的规定》第三条"));
    }

    @Test
    void aWageContractWithoutAnIncreaseIsPointedOut_otherKindsNeedNone() {
        assertThat(findings("WAGES", "2300", "1990", "40", false, false, false))
                .containsExactly("提示 工资专项集体合同未约定工资调整幅度 《工资集体协商试行办法》第七条");
        for (String kind : List.of("COMPREHENSIVE", "WOMEN", "SAFETY")) {
            assertThat(findings(kind, "2300", "1990", "40", false, false, false)).isEmpty();
        }
    }

    @Test
    void aLateFilingAndADelegatedChiefArePointedOut_andEveryFindingIsListed() {
        assertThat(findings("WAGES", "1000", "1990", "48", false, true, true)).containsExactly(
                "不合法 约定的最低月工资低于当地最低工资标准 《中华人民共和国劳动合同法》第五十五条",
                "不合法 约定的每周工作时间超过40小时；实行综合计算工时工作制或不定时工作制的，应有劳动保障行政部门的批准 "
                        + "《国务院关于职工工作时间的规定》第三条、《中华人民共和国劳动法》第三十九条",
                "提示 工资专项集体合同未约定工资调整幅度 《工资集体协商试行办法》第七条",
                "提示 合同签订后逾期报送 《集体合同规定》第四十二条",
                "提示 用人单位一方首席代表为法定代表人书面委托的人员，请核对授权委托书 《集体合同规定》第二十一条");
    }
}
