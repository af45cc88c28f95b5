package org.workright.democracy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.workright.WorkRightTest;
import org.workright.enterprises.CreditCode;
import org.workright.enterprises.EnterpriseRegister;
import org.workright.system.StatementCounter;

/**
 * Figures, not assertions about speed: the yearly round over as many unionised enterprises as the
 * report counts (46,524 non-public and 638 state-owned, rounded up to 50,000), each check recorded and
 * its instance started, in batches of the configured size (run with {@code mvn verify -Pbenchmark
 * -Dtest=DemocracyRoundBenchmarkTest}, add -Dworkright.test.database=postgres for PostgreSQL).
 */
@WorkRightTest
@Tag("benchmark")
class DemocracyRoundBenchmarkTest {

    private static final int ENTERPRISES = Integer.getInteger("benchmark.enterprises", 50_000);
    private static final int YEAR = 2032;

    @Autowired
    DemocracyChecks starts;
    @Autowired
    EnterpriseRegister register;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theYearlyRoundOverFiftyThousandEnterprises() {
        String[] districts = {"五华区", "盘龙区", "官渡区", "西山区", "呈贡区", "晋宁区", "安宁市", "宜良县"};
        List<Object[]> rows = new ArrayList<>();
        OffsetDateTime now = OffsetDateTime.parse("2026-01-05T10:00:00+08:00");
        for (int i = 0; i < ENTERPRISES; i++) {
            String code = CreditCode.withChecks("91530102" + "BM" + "%06d".formatted(i));
            rows.add(new Object[] {code, "基准企业" + i, "昆明市基准路" + i + "号", "基准", districts[i % districts.length],
                    "制造业", i % 73 == 0, 50 + i % 950, "ESTABLISHED", now});
        }
        long loading = System.nanoTime();
        jdbc.batchUpdate("insert into enterprise (credit_code, name, address, legal_representative, district, industry,"
                + " state_owned, staff_count, union_status, registered_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        long unionised = register.countUnionised(null);
        System.out.printf("BENCHMARK democracy round: %d enterprises loaded in %.1f s (%d unionised in the register)%n",
                ENTERPRISES, (System.nanoTime() - loading) / 1e9, unionised);

        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long heapBefore = runtime.totalMemory() - runtime.freeMemory();
        int[] started = new int[1];
        long start = System.nanoTime();
        StatementCounter.Cost cost = StatementCounter.measure(() -> started[0] = starts.startRound(YEAR));
        double seconds = (System.nanoTime() - start) / 1e9;
        long heapAfter = runtime.totalMemory() - runtime.freeMemory();
        assertThat(started[0]).isEqualTo((int) unionised);
        System.out.printf("BENCHMARK democracy round: %d checks started in %.1f s (%.0f a second, %.2f ms each);"
                        + " %d statements (%.1f per enterprise), %d commits; heap %+.0f MB%n",
                started[0], seconds, started[0] / seconds, seconds * 1000 / started[0], cost.statements(),
                (double) cost.statements() / started[0], cost.commits(), (heapAfter - heapBefore) / 1e6);

        long again = System.nanoTime();
        StatementCounter.Cost idle = StatementCounter.measure(() -> started[0] = starts.startRound(YEAR));
        assertThat(started[0]).isZero();
        System.out.printf("BENCHMARK democracy round run again: nothing left to start, %.0f ms, %d statements%n",
                (System.nanoTime() - again) / 1e6, idle.statements());
    }
}
