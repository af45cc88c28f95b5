package org.workright.democracy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.workright.WorkRightTest;
import org.workright.enterprises.EnterpriseRegister;

/**
 * The yearly round: one check per unionised enterprise and year, however often and from however
 * many schedulers it runs (on PostgreSQL too, where the two race for real). Its checks are removed
 * afterwards, so other tests' enterprises keep only the tasks they expect.
 */
@WorkRightTest
class DemocracyRoundTest {

    @Autowired
    DemocracyChecks starts;
    @Autowired
    EnterpriseRegister register;
    @Autowired
    RuntimeService runtime;
    @Autowired
    JdbcClient jdbc;

    private long unionised() {
        return register.countUnionised(null);
    }

    private long checks(int year) {
        return jdbc.sql("select count(*) from democracy_check where check_year = ?").param(year).query(Long.class).single();
    }

    private long duplicates(int year) {
        return jdbc.sql("select count(*) from (select credit_code from democracy_check where check_year = ?"
                + " group by credit_code having count(*) > 1) d").param(year).query(Long.class).single();
    }

    @AfterEach
    void removeTheRounds() {
        for (int year : List.of(2029, 2030)) {
            List<String> instances = jdbc.sql("select process_instance_id from democracy_check where check_year = ?")
                    .param(year).query(String.class).list();
            if (!instances.isEmpty()) {
                runtime.deleteProcessInstances(instances, "round test", true, true);
            }
            for (String table : List.of("democracy_finding", "democracy_session", "democracy_submission")) {
                jdbc.sql("delete from " + table + " where case_no in (select case_no from democracy_check where check_year = ?)")
                        .param(year).update();
            }
            jdbc.sql("delete from democracy_check where check_year = ?").param(year).update();
            jdbc.sql("delete from democracy_round where check_year = ?").param(year).update();
        }
    }

    @Test
    void theRoundStartsOneCheckPerUnionisedEnterprise_andAgainStartsOnlyTheNewcomers() {
        long unionised = unionised();
        assertThat(starts.startRound(2029)).isEqualTo((int) unionised);
        assertThat(checks(2029)).isEqualTo(unionised);
        assertThat(duplicates(2029)).isZero();
        // every check is an instance waiting for the enterprise's report
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(DemocracyProcess.KEY).active().list().stream()
                .filter(p -> p.getBusinessKey() != null && p.getBusinessKey().startsWith("WD-")).count())
                .isGreaterThanOrEqualTo(unionised);
        assertThat(jdbc.sql("select count(*) from democracy_check where check_year = 2029 and process_instance_id is null")
                .query(Long.class).single()).isZero();
        // an enterprise without a union is not checked
        assertThat(jdbc.sql("select count(*) from democracy_check where check_year = 2029 and credit_code = '91530126MA6P3C9D3P'")
                .query(Long.class).single()).isZero();

        assertThat(starts.startRound(2029)).isZero();
        String newcomer = DemocracyDriver.enterprise(register, "530112", "西山区", 60, false);
        assertThat(starts.startRound(2029)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from democracy_check where check_year = 2029 and credit_code = ?")
                .param(newcomer).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select checks_started from democracy_round where check_year = 2029").query(Integer.class)
                .single()).isEqualTo((int) unionised + 1);
    }

    @Test
    void twoSchedulersRacing_startEachCheckOnce() throws Exception {
        long unionised = unionised();
        CyclicBarrier together = new CyclicBarrier(2);
        Callable<Integer> round = () -> {
            together.await(10, TimeUnit.SECONDS);
            return starts.startRound(2030);
        };
        ExecutorService schedulers = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> a = schedulers.submit(round);
            Future<Integer> b = schedulers.submit(round);
            assertThat(a.get(120, TimeUnit.SECONDS) + b.get(120, TimeUnit.SECONDS)).isEqualTo((int) unionised);
        } finally {
            schedulers.shutdownNow();
        }
        assertThat(checks(2030)).isEqualTo(unionised);
        assertThat(duplicates(2030)).isZero();
    }
}
