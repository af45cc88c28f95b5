package org.workright.democracy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.workright.WorkRightTest;
import org.workright.enterprises.Enterprise;
import org.workright.enterprises.EnterpriseRegister;

/**
 * The rates over a seeded set whose answers are known: in 东川区 (which no other test uses), ten
 * unionised enterprises checked for 2025 and one without a union; the city's totals grow by exactly
 * what the district adds.
 */
@WorkRightTest
class DemocracyFiguresTest {

    private static final int YEAR = 2025;
    private static final String DONGCHUAN = "530113";

    @Autowired
    DemocracyFigures figures;
    @Autowired
    DemocracyRepository checks;
    @Autowired
    EnterpriseRegister register;

    private static DemocracyFigures.Figures before;
    private static DemocracyFigures.Figures after;

    /** Non-public: 8 checked, 6 with a congress system, 5 practising openness; state-owned: 2, 2 and 1. */
    @BeforeAll
    static void seed(@Autowired DemocracyFigures figures, @Autowired DemocracyRepository checks,
            @Autowired EnterpriseRegister register, @Autowired org.springframework.transaction.PlatformTransactionManager tx) {
        before = figures.of(YEAR);
        new org.springframework.transaction.support.TransactionTemplate(tx).executeWithoutResult(s -> {
            boolean[][] nonPublic = {{true, true}, {true, true}, {true, true}, {true, true}, {true, true}, {true, false},
                    {false, false}, {false, false}};
            boolean[][] state = {{true, true}, {true, false}};
            int n = 0;
            for (boolean[][] set : new boolean[][][] {nonPublic, state}) {
                for (boolean[] answer : set) {
                    String code = DemocracyDriver.enterprise(register, DONGCHUAN, "东川区", 120, set == state);
                    String caseNo = "WD-" + YEAR + "-9" + "%04d".formatted(++n);
                    checks.insert(new DemocracyCheck(caseNo, code, YEAR, "示例", "示例", DONGCHUAN, set == state,
                            DemocracyCheck.Status.UNDER_REVIEW, null, LocalDate.of(YEAR, 4, 1), LocalDate.of(YEAR, 4, 11),
                            null, null, false, null, null, null, null, null, null, null, null, null, OffsetDateTime.now()));
                    checks.recordReportReceived(caseNo, DemocracyCheck.Status.UNDER_REVIEW, LocalDate.of(YEAR, 3, 20),
                            answer[0], answer[1]);
                }
            }
            String unorganised = DemocracyDriver.code(DONGCHUAN);
            register.register(new Enterprise(unorganised, "东川示例未建会有限公司", "昆明市东川区示例路", "李四", "东川区", "采矿业",
                    false, 40, Enterprise.UnionStatus.NONE));
        });
        after = figures.of(YEAR);
    }

    private static DemocracyFigures.Count of(java.util.List<DemocracyFigures.Count> counts, String code) {
        return counts.stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void theDistrictsRatesAreItsOwn() {
        DemocracyFigures.Count d = of(after.byDistrict(), DONGCHUAN);
        assertThat(d.label()).isEqualTo("东川区");
        assertThat(d.unionised()).isEqualTo(10);
        assertThat(d.congress()).isEqualTo(8);
        assertThat(d.congressRate()).isEqualByComparingTo("80.0");
        assertThat(d.openness()).isEqualTo(6);
        assertThat(d.opennessRate()).isEqualByComparingTo("60.0");
    }

    @Test
    void theCityAndOwnershipTotalsGrowByWhatWasSeeded() {
        assertThat(after.overall().unionised() - before.overall().unionised()).isEqualTo(10);
        assertThat(after.overall().congress() - before.overall().congress()).isEqualTo(8);
        assertThat(after.overall().openness() - before.overall().openness()).isEqualTo(6);
        DemocracyFigures.Count nonPublic = of(after.byOwnership(), "NON_PUBLIC");
        DemocracyFigures.Count nonPublicBefore = of(before.byOwnership(), "NON_PUBLIC");
        assertThat(nonPublic.unionised() - nonPublicBefore.unionised()).isEqualTo(8);
        assertThat(nonPublic.congress() - nonPublicBefore.congress()).isEqualTo(6);
        assertThat(nonPublic.openness() - nonPublicBefore.openness()).isEqualTo(5);
        DemocracyFigures.Count state = of(after.byOwnership(), "STATE");
        assertThat(state.congress() - of(before.byOwnership(), "STATE").congress()).isEqualTo(2);
        assertThat(after.byDistrict().stream().mapToLong(DemocracyFigures.Count::unionised).sum())
                .isEqualTo(after.overall().unionised());
    }

    @Test
    void ratesRoundToOneDecimal_andReadAsTheReportDoes() {
        assertThat(DemocracyFigures.rate(43689, 46524)).isEqualByComparingTo(new BigDecimal("93.9"));
        assertThat(DemocracyFigures.rate(1, 3)).isEqualByComparingTo("33.3");
        assertThat(DemocracyFigures.rate(2, 3)).isEqualByComparingTo("66.7");
        assertThat(DemocracyFigures.rate(0, 0)).isNull();
        DemocracyFigures.Count seed = new DemocracyFigures.Count("NON_PUBLIC", "非公企业", 46524, 43689,
                DemocracyFigures.rate(43689, 46524), 43000, DemocracyFigures.rate(43000, 46524));
        assertThat(DemocracyFigures.statement(2021, seed)).isEqualTo(
                "2021年，全市已建工会的46524家非公企业中，43689家已建立职代会（职工大会）制度，占93.9%；43000家实行厂务公开，占92.4%。");
        assertThat(after.statements()).anySatisfy(s -> assertThat(s).startsWith("2025年，全市已建工会的").contains("家国有企业中"));
    }
}
