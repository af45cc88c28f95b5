package org.workright.democracy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.workright.ProcessClock;
import org.workright.WorkRightTest;
import org.workright.enterprises.EnterpriseRegister;

/** The demo checks, seeded on a day of their own: every state can be seen, and the figures count them. */
@WorkRightTest
class DemoDemocracyTest {

    @RegisterExtension
    static final ProcessClock clock = ProcessClock.at("2028-06-01T10:00:00+08:00");

    @Autowired
    DemoDemocracy demo;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemocracyFigures figures;
    @Autowired
    TaskService tasks;

    @Test
    void everyStateIsThere_andTheFiguresCountIt() {
        demo.seed();
        List<String> states = jdbc.sql("select distinct status from democracy_check where check_year = 2028")
                .query(String.class).list();
        assertThat(states).containsExactlyInAnyOrder("AWAITING_REPORT", "REMINDED", "UNDER_REVIEW", "COMPLIANT",
                "RECTIFYING", "CORRECTED", "ESCALATED");
        // enterpriseA has its report to make, enterpriseB its correction
        assertThat(tasks.createTaskQuery().taskCandidateGroup(EnterpriseRegister.groupOf(DemoDemocracy.MACHINERY))
                .taskDefinitionKey(DemocracyProcess.Activity.SUBMIT).count()).isEqualTo(1);
        assertThat(tasks.createTaskQuery().taskCandidateGroup(EnterpriseRegister.groupOf(DemoDemocracy.CONSTRUCTION))
                .taskDefinitionKey(DemocracyProcess.Activity.REPORT_CORRECTION).count()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from supervision_case where source = 'DEMOCRACY_CHECK' and source_ref in"
                + " (select case_no from democracy_check where check_year = 2028)").query(Long.class).single()).isEqualTo(1);
        // every report came with its minutes, the correction with its own material
        assertThat(jdbc.sql("select purpose, count(*) from democracy_document where case_no in"
                + " (select case_no from democracy_check where check_year = 2028) group by purpose order by purpose")
                .query((rs, i) -> rs.getString(1) + rs.getInt(2)).list()).containsExactly("CORRECTION1", "MINUTES8");
        DemocracyFigures.Figures year = figures.of(2028);
        // the reported ones all have a congress or meeting at work; the two not reported have no answer yet
        assertThat(year.overall().congress()).isEqualTo(8);
        assertThat(year.byOwnership()).extracting(DemocracyFigures.Count::label).containsExactly("非公企业", "国有企业");
        assertThat(year.byDistrict()).extracting(DemocracyFigures.Count::label).contains("官渡区", "五华区", "安宁市", "晋宁区");
    }
}
