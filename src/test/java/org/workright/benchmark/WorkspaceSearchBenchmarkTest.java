package org.workright.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.workright.WorkRightTest;
import org.workright.casework.CaseSearch;
import org.workright.legalaid.LegalAidIntake;
import org.workright.legalaid.LegalAidModule;
import org.workright.legalaid.TestApplications;
import org.workright.people.Roles;

/**
 * Figures, not assertions about speed: how long the workspace's search takes over a register of
 * many cases (run with {@code mvn verify -Pbenchmark}, add -Dworkright.test.database=postgres for
 * PostgreSQL). The cases are copies of one real application's row, numbered apart.
 */
@WorkRightTest
@Tag("benchmark")
class WorkspaceSearchBenchmarkTest {

    private static final int CASES = 20_000;
    private static final int RUNS = 20;

    @Autowired
    CaseSearch search;
    @Autowired
    LegalAidIntake intake;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JdbcTemplate template;

    @Test
    void searchOverTwentyThousandCases() {
        String model = intake.submit(TestApplications.wageClaim().employer("昆明基准检索有限公司").build()).caseNo();
        Map<String, Object> row = jdbc.sql("select * from legal_aid_case where case_no = ?").param(model)
                .query().singleRow();
        List<String> columns = new ArrayList<>(row.keySet());
        String insert = "insert into legal_aid_case (" + String.join(", ", columns) + ") values ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
        List<Object[]> copies = new ArrayList<>();
        OffsetDateTime opened = OffsetDateTime.now().minusYears(2);
        for (int i = 0; i < CASES; i++) {
            Map<String, Object> copy = new LinkedHashMap<>(row);
            copy.put(key(columns, "case_no"), "LA-2019-" + String.format("%05d", i));
            copy.put(key(columns, "employer_name"), "基准企业" + (i % 500) + "有限公司");
            copy.put(key(columns, "created_at"), opened.plusMinutes(i * 30L));
            copy.put(key(columns, "process_instance_id"), null);
            copies.add(copy.values().toArray());
        }
        long loading = System.nanoTime();
        template.batchUpdate(insert, copies);
        System.out.printf("BENCHMARK workspace search: %d cases loaded in %.1f s%n", CASES,
                (System.nanoTime() - loading) / 1e9);

        Authentication office = new UsernamePasswordAuthenticationToken("office1", null,
                List.of(new SimpleGrantedAuthority(Roles.authority(LegalAidModule.OFFICE))));
        time("by case number", () -> search.search(query("la-2019-01234", CaseSearch.Sort.NEWEST, 0), office), 1);
        time("by a part of the employer's name", () -> search.search(query("基准企业42", CaseSearch.Sort.NEWEST, 0), office), -1);
        time("first page, newest first", () -> search.search(query(null, CaseSearch.Sort.NEWEST, 0), office), -1);
        time("first page, most urgent first", () -> search.search(query(null, CaseSearch.Sort.DUE, 0), office), -1);
        time("page 100 (rows 2001-2020)", () -> search.search(query(null, CaseSearch.Sort.NEWEST, 100), office), -1);
    }

    private static CaseSearch.Query query(String text, CaseSearch.Sort sort, int page) {
        return new CaseSearch.Query(null, text, null, null, null, false, sort, page, 20);
    }

    /** The database's own spelling of a column name (H2 upper case, PostgreSQL lower case). */
    private static String key(List<String> columns, String name) {
        return columns.stream().filter(c -> c.equalsIgnoreCase(name)).findFirst().orElseThrow();
    }

    private static void time(String what, Supplier<CaseSearch.Page> run, long expectedTotal) {
        CaseSearch.Page page = run.get(); // warm
        if (expectedTotal >= 0) {
            assertThat(page.total()).isEqualTo(expectedTotal);
        } else {
            assertThat(page.rows()).isNotEmpty();
        }
        long start = System.nanoTime();
        for (int i = 0; i < RUNS; i++) {
            run.get();
        }
        System.out.printf("BENCHMARK workspace search %s: %.1f ms per search (%d found)%n", what,
                (System.nanoTime() - start) / 1e6 / RUNS, page.total());
    }
}
