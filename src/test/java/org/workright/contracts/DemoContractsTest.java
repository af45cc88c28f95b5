package org.workright.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.workright.ProcessClock;
import org.workright.WorkRightTest;

/** The demo filings show every state and every figure, as the README promises after the first start. */
@WorkRightTest
class DemoContractsTest {

    @RegisterExtension
    static final ProcessClock clock = ProcessClock.at("2026-06-01T10:00:00+08:00");

    @Autowired
    DemoContracts demo;
    @Autowired
    ContractRepository contracts;
    @Autowired
    ContractFigures figures;
    @Autowired
    ProcessEngine engine;

    @Test
    void everyStateAndEveryFigureCanBeSeen() {
        init(engine);
        java.util.Set<String> before = new java.util.HashSet<>(contracts.inDistricts(null).stream().map(Contract::caseNo).toList());
        demo.seed();
        // the job executor expires the contract whose term is over; here the test runs its timers
        String expired = contracts.findByEnterprise(DemoContracts.CHENGGONG).get(0).caseNo();
        for (String timer : List.of("Event_RenewalDue", "Event_ExpiredUnanswered")) {
            execute(engine.getManagementService().createJobQuery().processInstanceId(engine.getRuntimeService()
                    .createProcessInstanceQuery().processInstanceBusinessKey(expired).singleResult().getId())
                    .activityId(timer).singleResult());
        }

        List<Contract> demoFilings = contracts.inDistricts(null).stream().filter(c -> !before.contains(c.caseNo())).toList();
        assertThat(demoFilings).hasSize(7);
        assertThat(demoFilings).extracting(Contract::status).contains(Contract.Status.DOCUMENTS_PENDING,
                Contract.Status.UNDER_REVIEW, Contract.Status.OBJECTED, Contract.Status.AWAITING_PUBLICATION,
                Contract.Status.IN_FORCE, Contract.Status.EXPIRED);
        assertThat(demoFilings).extracting(Contract::kind).contains(Contract.Kind.values());
        assertThat(demoFilings).extracting(Contract::scope).contains(Contract.Scope.REGIONAL);
        ContractFigures.Figures today = figures.on(LocalDate.of(2026, 6, 1));
        assertThat(today.byDistrict()).extracting(ContractFigures.Count::label).contains("官渡区", "五华区", "西山区");
        assertThat(today.byKind()).extracting(ContractFigures.Count::code).contains("WAGES", "SAFETY");
        assertThat(today.wageCoverage()).isNotNull().isPositive();
        assertThat(today.workers()).isGreaterThanOrEqualTo(320 + 1800 + 260);
        assertThat(today.statement()).contains("工资集体协商覆盖面");
    }
}
