package org.workright.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.workright.WorkRightTest;
import org.workright.legalaid.ClaimType;
import org.workright.legalaid.LegalAidApplication;
import org.workright.legalaid.LegalAidIntake;
import org.workright.letters.LetterRequest;
import org.workright.letters.LetterService;
import org.workright.people.TestIds;

/**
 * Figures, not assertions about speed: run with {@code mvn verify -Pbenchmark} (add
 * -Dworkright.test.database=postgres for PostgreSQL). Prints letters issued per second under
 * concurrency and the time a legal-aid case takes from application to the lawyer's first task.
 */
@WorkRightTest
@Tag("benchmark")
class ThroughputBenchmarkTest {

    @Autowired
    LetterService letters;
    @Autowired
    LegalAidIntake intake;
    @Autowired
    TaskService tasks;
    @Autowired
    JdbcClient jdbc;

    @Test
    void letterIssuing() throws Exception {
        int threads = 4;
        int perThread = 250;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            work.add(pool.submit(() -> {
                for (int i = 0; i < perThread; i++) {
                    String caseRef = "BENCH-" + thread + "-" + i + "-" + start;
                    letters.issue(new LetterRequest("legal-aid.closure", caseRef, "closure", "李四", Map.of(
                            "outcome", "调解成功",
                            "case", Map.of("caseNo", caseRef, "employerName", "昆明示例公司", "claimType", "追索劳动报酬"))));
                }
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        int total = threads * perThread;
        System.out.printf("BENCHMARK letters: %d issued by %d threads in %.2f s = %.0f letters/s%n",
                total, threads, seconds, total / seconds);
        assertThat(jdbc.sql("select count(*) from letter where case_ref like ?").param("BENCH-%-" + start)
                .query(Long.class).single()).isEqualTo(total);
    }

    @Test
    void legalAidCaseToTheLawyersDesk() {
        jdbc.sql("update lawyer set active = true, max_open_cases = 100000").update();
        int cases = 200;
        long start = System.nanoTime();
        for (int i = 0; i < cases; i++) {
            String caseNo = intake.submit(new LegalAidApplication("基准" + i, TestIds.next(), "13800138000", null, true,
                    null, new java.math.BigDecimal("1200"), "昆明基准测试有限公司", null, ClaimType.WAGE_ARREARS,
                    new java.math.BigDecimal("5000"), "被拖欠工资。", java.time.LocalDate.now().minusDays(10), true, null,
                    null, false, false, null, null)).caseNo();
            complete(caseNo, Map.of("complete", true, "seriousInfringement", false));
            complete(caseNo, Map.of("grantAid", true, "decisionReason", "符合条件"));
            complete(caseNo, Map.of("accepted", true));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Runtime rt = Runtime.getRuntime();
        System.out.printf("BENCHMARK legal aid: %d cases applied, checked, granted, assigned and accepted in %.2f s "
                + "= %.1f ms per case (4 letters each); heap used %d MiB%n", cases, seconds, seconds * 1000 / cases,
                (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));
    }

    private void complete(String caseNo, Map<String, Object> variables) {
        tasks.complete(tasks.createTaskQuery().processInstanceBusinessKey(caseNo).singleResult().getId(), variables);
    }
}
