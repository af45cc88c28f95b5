package org.workright.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.workright.WorkRightTest;

/**
 * Figures, not assertions about speed: how long the federation's contract figures take over as
 * many valid contracts as the report counts (1.43万件), each with a version in force and its
 * coverage, a tenth of them amended once (run with {@code mvn verify -Pbenchmark}, add
 * -Dworkright.test.database=postgres for PostgreSQL).
 */
@WorkRightTest
@Tag("benchmark")
class ContractFiguresBenchmarkTest {

    private static final int CONTRACTS = 14_300;
    private static final int RUNS = 20;

    @Autowired
    ContractFigures figures;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void figuresOverTheReportsNumberOfContracts() {
        LocalDate day = LocalDate.of(2026, 6, 1);
        long before = figures.on(day).contracts();
        String[] districts = {"530102", "530103", "530111", "530112", "530114", "530124"};
        String[] kinds = {"COMPREHENSIVE", "WAGES", "WOMEN", "SAFETY"};
        String[] enterprises = {ContractDriver.MACHINERY, ContractDriver.CONSTRUCTION, ContractDriver.CITY_SERVICES};
        List<Object[]> contracts = new ArrayList<>();
        List<Object[]> versions = new ArrayList<>();
        List<Object[]> coverage = new ArrayList<>();
        OffsetDateTime created = OffsetDateTime.parse("2025-01-01T10:00:00+08:00");
        for (int i = 0; i < CONTRACTS; i++) {
            String caseNo = "CC-2019-" + String.format("%05d", i);
            int amended = i % 10 == 0 ? 2 : 1;
            contracts.add(new Object[] {caseNo, "ENTERPRISE", kinds[i % 4], enterprises[i % 3], "基准集体合同" + i, "基准企业",
                    "昆明市", "基准工会", "昆明市", districts[i % districts.length], "IN_FORCE", amended,
                    LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31), LocalDate.of(2025, 1, 1), false, created});
            for (int v = 1; v <= amended; v++) {
                versions.add(new Object[] {caseNo, v, v == 1 ? "FIRST" : "AMENDED", LocalDate.of(2024, 12, 20),
                        LocalDate.of(2024, 12, 18), v == 1 ? LocalDate.of(2025, 1, 1) : LocalDate.of(2026, 1, 1),
                        LocalDate.of(2027, 12, 31), 50 + i % 200, v == 1 ? "SILENCE" : "APPROVED",
                        v == 1 ? LocalDate.of(2025, 1, 1) : LocalDate.of(2025, 12, 20)});
            }
            coverage.add(new Object[] {caseNo, enterprises[i % 3], 50 + i % 200});
        }
        long loading = System.nanoTime();
        jdbc.batchUpdate("""
                insert into collective_contract (case_no, scope, kind, credit_code, title, employer_party, employer_address,
                  union_party, union_address, district_code, status, version, starts_on, ends_on, effective_on,
                  publication_missed, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", contracts);
        jdbc.batchUpdate("""
                insert into collective_contract_version (case_no, version, reason, filed_on, signed_on, starts_on, ends_on,
                  workers_covered, lowest_wage, weekly_hours, wage_increase, vote_total, vote_present, vote_in_favour,
                  vote_held_on, employer_chief_capacity, late_filing, last_filing_day, outcome, decided_on)
                values (?, ?, ?, ?, ?, ?, ?, ?, 2300, 40, '5%', 100, 80, 70, '2024-12-15', 'LEGAL_REPRESENTATIVE', false,
                  '2024-12-25', ?, ?)""", versions);
        jdbc.batchUpdate("insert into collective_contract_coverage (case_no, credit_code, workers) values (?, ?, ?)", coverage);
        System.out.printf("BENCHMARK contract figures: %d contracts (%d versions) loaded in %.1f s%n", CONTRACTS,
                versions.size(), (System.nanoTime() - loading) / 1e9);

        ContractFigures.Figures warm = figures.on(day);
        assertThat(warm.contracts()).isEqualTo(before + CONTRACTS);
        long start = System.nanoTime();
        for (int i = 0; i < RUNS; i++) {
            // another day each time: a database may reuse the result of the very same query
            figures.on(day.plusDays(i + 1));
        }
        System.out.printf("BENCHMARK contract figures on a day, over %d valid contracts: %.1f ms (by kind, by district,"
                + " wage coverage); %s%n", warm.contracts(), (System.nanoTime() - start) / 1e6 / RUNS, warm.statement());
    }
}
