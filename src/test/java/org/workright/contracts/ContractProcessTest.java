package org.workright.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.workright.ProcessClock.startOfDay;
import static org.workright.contracts.ContractDriver.*;
import static org.workright.contracts.ContractProcess.Activity.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.workright.ProcessClock;
import org.workright.WorkRightTest;
import org.workright.contracts.ContractRepository.Coverage;
import org.workright.enterprises.EnterpriseRegister;
import org.workright.letters.Letter;
import org.workright.letters.LetterService;
import org.workright.system.ProblemException;
import org.workright.casework.Upload;

/** Every path of processes/collective-contract-filing.bpmn through the real engine, with its letters and records. */
@WorkRightTest
class ContractProcessTest {

    /** Saturday 20 September 2025: 15 days on ends in the National Day holiday and rolls to 9 October. */
    @RegisterExtension
    static final ProcessClock clock = ProcessClock.at("2025-09-20T10:00:00+08:00");

    private static final LocalDate TODAY = LocalDate.of(2025, 9, 20);
    /** 昆明示例保洁服务有限公司, 五华区: registered by the regional contract's test. */
    private static final String CLEANING = "91530102MA6W3J4L2Y";

    @Autowired
    ProcessEngine engine;
    @Autowired
    ContractIntake intake;
    @Autowired
    ContractRepository contracts;
    @Autowired
    ContractFigures figures;
    @Autowired
    ContractQueries queries;
    @Autowired
    LetterService letters;
    @Autowired
    EnterpriseRegister register;
    @Autowired
    JdbcClient jdbc;

    private ContractDriver driver;

    @BeforeEach
    void setUp() {
        init(engine);
        driver = new ContractDriver(engine.getIdentityService());
    }

    private ProcessInstance file(String user, FilingInput contract) {
        String caseNo = intake.file(contract, null, documents(), driver.user(user));
        return instance(caseNo);
    }

    private ProcessInstance instance(String caseNo) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseNo).singleResult();
    }

    private String caseNo(ProcessInstance pi) {
        return ProcessClock.caseNo(engine, pi);
    }

    private Contract record(ProcessInstance pi) {
        return contracts.require(caseNo(pi));
    }

    private org.camunda.bpm.engine.task.Task task(ProcessInstance pi, String activity) {
        return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(activity)
                .singleResult();
    }

    private Letter letter(ProcessInstance pi, String step) {
        return letters.findIssued(caseNo(pi), step).orElseThrow();
    }

    private void unionHeard(ProcessInstance pi) {
        complete(task(pi, UNION_OPINION), withVariables("unionOpinion", "协商程序规范，工资条款有利于职工，同意报送。"));
    }

    /** Filed and heard, approved by the reviewer: in force once publication is confirmed. */
    private ProcessInstance inForce(LocalDate signedOn) {
        ProcessInstance pi = file("enterpriseA", contract(signedOn));
        unionHeard(pi);
        complete(task(pi, REVIEW), withVariables("objects", false));
        complete(task(pi, CONFIRM_PUBLICATION), withVariables("publishedOn", clockDay().toString(),
                "publicationNote", "在厂务公开栏公布全文"));
        return pi;
    }

    private long jdbcCount(String sql, String caseNo) {
        return jdbc.sql(sql).param(caseNo).query(Long.class).single();
    }

    private LocalDate clockDay() {
        return LocalDate.ofInstant(org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant(), ProcessClock.CHINA);
    }

    @Test
    void noObjectionInFifteenDays_theContractTakesEffectByItself_theLastDayRollingPastTheHoliday() {
        long validBefore = figures.on(LocalDate.of(2025, 10, 10)).contracts();
        ProcessInstance pi = file("enterpriseA", ContractDriver.contract(LocalDate.of(2025, 9, 18)));

        assertThat(pi).hasPassedInOrder("StartEvent_Filed", "Gateway_Filed", "Task_OpenFiling", "Gateway_Documents",
                ACCEPT).isWaitingAt(UNION_OPINION, REVIEW);
        Filing f = contracts.filing(caseNo(pi), 1);
        assertThat(f.receivedOn()).isEqualTo(TODAY);
        // 15 days from Saturday 20 September end on 5 October, in the holiday; the next working day is Thursday 9 October
        assertThat(f.reviewDue()).isEqualTo(LocalDate.of(2025, 10, 9));
        assertThat(job(REVIEW_OVER, pi).getDuedate()).isEqualTo(startOfDay(LocalDate.of(2025, 10, 10)));
        assertThat(task(pi, REVIEW)).hasCandidateGroup("contractReviewers530111").hasDueDate(startOfDay(LocalDate.of(2025, 10, 10)));
        assertThat(task(pi, UNION_OPINION)).hasCandidateGroup("contractUnions530111");
        assertThat(task(pi, REVIEW).getDescription()).contains("2025年10月9日").contains("合同自2025年10月10日起生效");
        Letter receipt = letter(pi, "receipt-v1");
        assertThat(receipt.number()).startsWith("官渡人社集受〔2025〕第");
        assertThat(receipt.html()).contains("昆明市官渡区人力资源和社会保障局").contains("2025年9月20日收到")
                .contains("至2025年10月9日").contains("集体合同文本（集体合同文本.pdf）").doesNotContain("已超过报送期限")
                .doesNotContain("530102198001011000");

        clock.moveTo("2025-10-10T00:00:01+08:00");
        execute(job(REVIEW_OVER, pi));

        assertThat(pi).hasPassed(TAKE_EFFECT, "Gateway_Effective").isWaitingAtExactly(CONFIRM_PUBLICATION);
        Contract c = record(pi);
        assertThat(c.status()).isEqualTo(Contract.Status.AWAITING_PUBLICATION);
        assertThat(c.effectiveOn()).isEqualTo(LocalDate.of(2025, 10, 10));
        assertThat(contracts.filing(caseNo(pi), 1).outcome()).isEqualTo(Filing.Outcome.SILENCE);
        Letter effective = letter(pi, "effective-v1");
        assertThat(effective.number()).startsWith("官渡人社集效〔2025〕第");
        assertThat(effective.html()).contains("昆明示例机械制造有限公司、昆明示例机械制造有限公司工会委员会")
                .contains("15日内未提出异议").contains("自2025年10月10日起生效").contains("10日内（至2025年10月20日");
        assertThat(figures.on(LocalDate.of(2025, 10, 10)).contracts()).isEqualTo(validBefore + 1);
        // not on the day before it took effect, nor before its term began
        assertThat(record(pi).validOn(LocalDate.of(2025, 10, 9))).isFalse();
    }

    @Test
    void anObjectionGoesToBothSides_theRefilingRestartsTheClock_andTheHistoryIsKept() {
        ProcessInstance pi = file("enterpriseA", ContractDriver.contract(LocalDate.of(2025, 9, 18)));
        unionHeard(pi);
        complete(task(pi, REVIEW), withVariables("objects", true, "opinion", "第十二条约定的加班工资计算基数低于法定标准，请修改。"));

        assertThat(pi).hasPassed(RECORD_REVIEW, "Event_Reviewed", "Gateway_Objected")
                .isWaitingAtExactly(REFILE);
        assertThat(task(pi, REFILE)).hasCandidateGroup("enterprise" + MACHINERY);
        // the union's opinion and the pre-check are for the reviewer: not in the instance the enterprise may read now
        assertThat(engine.getRuntimeService().getVariables(pi.getId())).doesNotContainKeys("unionOpinion", "precheck");
        assertThat(record(pi).status()).isEqualTo(Contract.Status.OBJECTED);
        Letter objection = letter(pi, "objection-v1");
        assertThat(objection.html()).contains("昆明示例机械制造有限公司、昆明示例机械制造有限公司工会委员会")
                .contains("住所：昆明市官渡区示例路1号").contains("2025年9月20日收到").contains("加班工资计算基数")
                .contains("第四十六条");
        assertThat(task(pi, REFILE).getDescription()).contains(objection.number());

        clock.moveTo("2025-10-13T09:00:00+08:00");
        intake.refile(caseNo(pi), ContractDriver.contract(LocalDate.of(2025, 10, 11)), documents(), driver.user("enterpriseA"));

        assertThat(pi).hasPassed(RECORD_REFILING).isWaitingAt(UNION_OPINION, REVIEW);
        Contract c = record(pi);
        assertThat(c.version()).isEqualTo(2);
        Filing second = contracts.filing(caseNo(pi), 2);
        assertThat(second.reason()).isEqualTo(Filing.Reason.REFILED);
        // the clock restarts on the day the new version is received: 13 October + 15 = 28 October
        assertThat(second.reviewDue()).isEqualTo(LocalDate.of(2025, 10, 28));
        assertThat(letter(pi, "receipt-v2").html()).contains("第2次报送");
        unionHeard(pi);
        complete(task(pi, REVIEW), withVariables("objects", false, "opinion", "已按审查意见修改。"));
        assertThat(record(pi).status()).isEqualTo(Contract.Status.AWAITING_PUBLICATION);
        List<Filing> history = contracts.filings(caseNo(pi));
        assertThat(history).extracting(Filing::outcome).containsExactly(Filing.Outcome.OBJECTED, Filing.Outcome.APPROVED);
        assertThat(history.get(0).opinion()).contains("加班工资计算基数");
        assertThat(contracts.documents(caseNo(pi))).extracting(ContractDocument::version).containsExactly(1, 1, 2, 2);
    }

    @Test
    void theReviewerHearsTheUnionFirst_unlessItsTimeIsUp() {
        ProcessInstance pi = file("enterpriseA", ContractDriver.contract(LocalDate.of(2025, 9, 18)));
        String review = task(pi, REVIEW).getId();

        assertThatThrownBy(() -> engine.getTaskService().complete(review, withVariables("objects", false)))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("同级工会的意见尚未提出");
        assertThat(pi).isWaitingAt(REVIEW, UNION_OPINION);

        // 7 days from 20 September end on Saturday 27 September, a rest day: the last day moves to Sunday
        // 28 September, a make-up working day, and the timer fires as the 29th begins
        assertThat(job(UNION_OPINION_OVERDUE, pi).getDuedate()).isEqualTo(startOfDay(LocalDate.of(2025, 9, 29)));
        clock.moveTo("2025-09-29T00:00:01+08:00");
        execute(job(UNION_OPINION_OVERDUE, pi));
        assertThat(pi).hasPassed("Event_UnionSilent").isWaitingAt(REVIEW);
        assertThat(task(pi, UNION_OPINION)).isNull();
        complete(task(pi, REVIEW), withVariables("objects", false));
        assertThat(record(pi).status()).isEqualTo(Contract.Status.AWAITING_PUBLICATION);
    }

    @Test
    void approvingWhatThePreCheckCallsUnlawfulNeedsAReason() {
        FilingInput longHours = new FilingInput(Contract.Kind.WAGES, LocalDate.of(2025, 9, 18), LocalDate.of(2025, 10, 1),
                LocalDate.of(2028, 9, 30), 320, negotiators(3), true, Filing.ChiefCapacity.DELEGATE,
                new ContractDraft.Vote(100, 67, 51, LocalDate.of(2025, 9, 16)), new BigDecimal("2300"),
                new BigDecimal("44"), "未约定");
        List<Upload<ContractDocument.Purpose>> withAuthority = new java.util.ArrayList<>(documents());
        withAuthority.add(Upload.of("authorization", ContractDocument.Purpose.AUTHORIZATION, "委托书.pdf", PDF, 1 << 20));
        ProcessInstance pi = instance(intake.file(longHours, null, withAuthority, driver.user("enterpriseA")));
        unionHeard(pi);

        String precheck = contracts.filing(caseNo(pi), 1).precheck();
        assertThat(precheck).contains("【不合法】约定的每周工作时间超过40小时").contains("《国务院关于职工工作时间的规定》第三条")
                .contains("【提示】工资专项集体合同未约定工资调整幅度").contains("【提示】用人单位一方首席代表为法定代表人书面委托的人员")
                .doesNotContain("最低工资");
        String review = task(pi, REVIEW).getId();
        assertThatThrownBy(() -> engine.getTaskService().complete(review, withVariables("objects", false, "opinion", "……")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("请写明理由");
        complete(task(pi, REVIEW), withVariables("objects", false, "opinion", "已经人社部门批准实行综合计算工时工作制。"));
        assertThat(letter(pi, "effective-v1").html()).contains("经审查，本局对该合同无异议").contains("综合计算工时");
    }

    @Test
    void aFilingThatBreaksTheRulesIsRefusedWithEachRuleAndField_andNothingIsWritten() {
        long before = jdbc.sql("select count(*) from collective_contract").query(Long.class).single();
        FilingInput bad = new FilingInput(Contract.Kind.WAGES, LocalDate.of(2025, 9, 18), LocalDate.of(2025, 10, 1),
                LocalDate.of(2029, 9, 30), 320, negotiators(2), false, null,
                new ContractDraft.Vote(100, 66, 60, LocalDate.of(2025, 9, 16)), new BigDecimal("1500"),
                new BigDecimal("40"), "5%");

        assertThatThrownBy(() -> intake.file(bad, null, documents(), driver.user("enterpriseA")))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.errors())
                        .extracting(ProblemException.FieldError::field)
                        .contains("negotiators", "vote.present", "endsOn", "lowestMonthlyWage", "workersChiefIsUnionChair",
                                "employerChiefCapacity"));
        assertThatThrownBy(() -> intake.file(ContractDriver.contract(LocalDate.of(2025, 9, 18)), null, documents().subList(0, 1),
                driver.user("enterpriseA")))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.errors())
                        .extracting(ProblemException.FieldError::field).containsExactly("scan"));
        assertThat(jdbc.sql("select count(*) from collective_contract").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aLateFilingIsAcceptedAndFlagged_onTheCaseAndInTheLetters() {
        ProcessInstance pi = file("enterpriseA", ContractDriver.contract(LocalDate.of(2025, 9, 10)));

        Filing f = contracts.filing(caseNo(pi), 1);
        assertThat(f.lateFiling()).isTrue();
        assertThat(f.lastFilingDay()).isEqualTo(LocalDate.of(2025, 9, 17));
        assertThat(task(pi, REVIEW).getDescription()).contains("逾期报送");
        assertThat(letter(pi, "receipt-v1").html()).contains("应于2025年9月17日前报送，实际于2025年9月20日报送，已超过报送期限");
        assertThat(f.precheck()).contains("【提示】合同签订后逾期报送");
    }

    @Test
    void publicationConfirmedInTime_putsTheContractInForce() {
        ProcessInstance pi = inForce(LocalDate.of(2025, 9, 18));

        assertThat(pi).hasPassed(RECORD_PUBLICATION).isWaitingAt("Event_RenewalDue");
        Contract c = record(pi);
        assertThat(c.status()).isEqualTo(Contract.Status.IN_FORCE);
        assertThat(c.publishedOn()).isEqualTo(TODAY);
        assertThat(c.publicationMissed()).isFalse();
    }

    @Test
    void publicationNotConfirmed_isRemindedThenAFindingOnTheEnterprisesFile() {
        ProcessInstance pi = file("enterpriseA", ContractDriver.contract(LocalDate.of(2025, 9, 18)));
        unionHeard(pi);
        complete(task(pi, REVIEW), withVariables("objects", false));
        // effective 20 September; published within 10 days: by 30 September; reminded 3 days before
        assertThat(record(pi).publicationDue()).isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(job(PUBLICATION_REMINDER, pi).getDuedate()).isEqualTo(startOfDay(LocalDate.of(2025, 9, 27)));

        clock.moveTo("2025-09-27T08:00:00+08:00");
        execute(job(PUBLICATION_REMINDER, pi));
        assertThat(pi).isWaitingAtExactly(CONFIRM_PUBLICATION_LATE);
        assertThat(task(pi, CONFIRM_PUBLICATION_LATE)).hasCandidateGroup("enterprise" + MACHINERY)
                .hasDueDate(startOfDay(LocalDate.of(2025, 10, 1)));

        clock.moveTo("2025-10-01T00:00:01+08:00");
        execute(job(PUBLICATION_OVERDUE, pi));
        assertThat(pi).hasPassed(RECORD_PUBLICATION_MISSED).isWaitingAt("Event_RenewalDue");
        assertThat(record(pi).publicationMissed()).isTrue();
        assertThat(queries.entries(register.require(MACHINERY))).filteredOn(e -> e.caseRef().equals(caseNo(pi)))
                .singleElement().satisfies(e -> assertThat(e.status()).contains("未按期向职工公布"));
    }

    @Test
    void publicationConfirmedAfterTheReminder_isInTime_andNoFinding() {
        ProcessInstance pi = file("enterpriseA", ContractDriver.contract(LocalDate.of(2025, 9, 18)));
        unionHeard(pi);
        complete(task(pi, REVIEW), withVariables("objects", false));
        clock.moveTo("2025-09-27T08:00:00+08:00");
        execute(job(PUBLICATION_REMINDER, pi));

        complete(task(pi, CONFIRM_PUBLICATION_LATE), withVariables("publishedOn", "2025-09-27",
                "publicationNote", "在职工代表大会上宣读并在厂务公开栏张贴"));

        assertThat(pi).hasPassed(RECORD_PUBLICATION).isWaitingAt("Event_RenewalDue");
        assertThat(record(pi).publishedOn()).isEqualTo(LocalDate.of(2025, 9, 27));
        assertThat(record(pi).publicationMissed()).isFalse();
        // its file shows the contract with a page its representative may open
        assertThat(queries.entries(register.require(MACHINERY))).filteredOn(e -> e.caseRef().equals(caseNo(pi)))
                .singleElement().satisfies(e -> {
                    // in effect, its term beginning on 28 September
                    assertThat(e.status()).contains("生效中").doesNotContain("有效").doesNotContain("未按期");
                    assertThat(e.page()).isEqualTo("/workspace/contract.html?case=" + caseNo(pi));
                });
    }

    @Test
    void aPublicationDateBeforeTheContractTookEffectIsRefused() {
        ProcessInstance pi = file("enterpriseA", ContractDriver.contract(LocalDate.of(2025, 9, 18)));
        unionHeard(pi);
        complete(task(pi, REVIEW), withVariables("objects", false));
        String confirm = task(pi, CONFIRM_PUBLICATION).getId();
        assertThatThrownBy(() -> engine.getTaskService().complete(confirm, withVariables("publishedOn", "2025-09-19",
                "publicationNote", "公告栏")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("公布日期应在合同生效之日至今天之间");
        assertThat(pi).isWaitingAt(CONFIRM_PUBLICATION);
    }

    @Test
    void threeMonthsBeforeExpiryTheEnterpriseIsAskedAboutRenewal_thenTheContractExpiresAndIsNoLongerCounted() {
        ProcessInstance pi = inForce(LocalDate.of(2025, 9, 18));
        Contract c = record(pi);
        assertThat(c.endsOn()).isEqualTo(LocalDate.of(2028, 9, 27));
        assertThat(job(RENEWAL_DUE, pi).getDuedate()).isEqualTo(startOfDay(LocalDate.of(2028, 6, 27)));

        clock.moveTo("2028-06-27T08:00:00+08:00");
        execute(job(RENEWAL_DUE, pi));
        assertThat(record(pi).renewalRemindedOn()).isEqualTo(LocalDate.of(2028, 6, 27));
        assertThat(task(pi, CONSIDER_RENEWAL)).hasCandidateGroup("enterprise" + MACHINERY)
                .hasDueDate(startOfDay(LocalDate.of(2028, 9, 28)));
        assertThat(task(pi, CONSIDER_RENEWAL).getDescription()).contains("2028年9月27日期满");
        complete(task(pi, CONSIDER_RENEWAL), withVariables("renewalIntent", "RENEW", "renewalNote", "已向职工方发出续订要约"));
        assertThat(record(pi).renewalIntent()).isEqualTo(Contract.RenewalIntent.RENEW);
        assertThat(job("Event_Expired", pi).getDuedate()).isEqualTo(startOfDay(LocalDate.of(2028, 9, 28)));

        clock.moveTo("2028-09-28T00:00:01+08:00");
        execute(job("Event_Expired", pi));
        assertThat(pi).hasPassed("Task_Expire", END_EXPIRED).isEnded();
        assertThat(record(pi).status()).isEqualTo(Contract.Status.EXPIRED);
        // counted on its last day, not after
        assertThat(record(pi).validOn(LocalDate.of(2028, 9, 27))).isTrue();
        assertThat(record(pi).validOn(LocalDate.of(2028, 9, 28))).isFalse();
        assertThat(figures.on(LocalDate.of(2028, 9, 27)).contracts()).isGreaterThan(figures.on(LocalDate.of(2028, 9, 28)).contracts());
    }

    @Test
    void aRenewalReminderLeftUnansweredEndsWithTheTerm() {
        ProcessInstance pi = inForce(LocalDate.of(2025, 9, 18));
        clock.moveTo("2028-06-27T08:00:00+08:00");
        execute(job(RENEWAL_DUE, pi));
        String consider = task(pi, CONSIDER_RENEWAL).getId();
        assertThatThrownBy(() -> engine.getTaskService().complete(consider, withVariables("renewalIntent", "MAYBE")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("请选择本方的打算");

        clock.moveTo("2028-09-28T00:00:01+08:00");
        execute(job(EXPIRED_UNANSWERED, pi));
        assertThat(pi).hasPassed("Task_Expire").isEnded();
        assertThat(record(pi).status()).isEqualTo(Contract.Status.EXPIRED);
        assertThat(record(pi).renewalIntent()).isNull();
    }

    @Test
    void anAmendedContractIsFiledAgain_asANewVersionReviewedLikeTheFirst_andTheOldOneHoldsMeanwhile() {
        ProcessInstance pi = inForce(LocalDate.of(2025, 9, 18));
        clock.moveTo("2026-03-02T09:00:00+08:00");
        FilingInput first = ContractDriver.contract(LocalDate.of(2026, 2, 27));
        FilingInput amended = new FilingInput(first.kind(), first.signedOn(), first.startsOn(), first.endsOn(), 400,
                first.negotiators(), true, first.employerChiefCapacity(), first.vote(), first.lowestMonthlyWage(),
                first.weeklyHours(), first.wageIncrease());

        intake.amend(caseNo(pi), amended, documents(), driver.user("enterpriseA"));
        // under review the amendment changes nothing that counts: the contract in force covers 320 workers
        assertThat(contracts.coverage(caseNo(pi))).extracting(ContractRepository.Coverage::workers).containsExactly(320);

        assertThat(pi).hasPassed(AMENDED).isWaitingAt(UNION_OPINION, REVIEW);
        Contract c = record(pi);
        assertThat(c.version()).isEqualTo(2);
        assertThat(c.status()).isEqualTo(Contract.Status.UNDER_REVIEW);
        assertThat(c.validOn(LocalDate.of(2026, 3, 2))).isTrue();
        assertThat(contracts.filing(caseNo(pi), 2).reason()).isEqualTo(Filing.Reason.AMENDED);
        assertThat(letter(pi, "receipt-v2").html()).contains("变更后重新报送");
        unionHeard(pi);
        complete(task(pi, REVIEW), withVariables("objects", false));
        assertThat(record(pi).startsOn()).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(contracts.coverage(caseNo(pi))).extracting(ContractRepository.Coverage::workers).containsExactly(400);
        // counted every day: by the first version until the amended term begins on 9 March, then by the amendment
        long firstVersion = figures.on(LocalDate.of(2026, 3, 1)).workers();
        assertThat(figures.on(LocalDate.of(2026, 3, 5)).workers()).isEqualTo(firstVersion);
        assertThat(figures.on(LocalDate.of(2026, 3, 10)).contracts()).isEqualTo(figures.on(LocalDate.of(2026, 3, 5)).contracts());
        assertThat(jdbcCount("select count(*) from collective_contract_version where case_no = ? and outcome = 'APPROVED'",
                caseNo(pi))).isEqualTo(2);
    }

    @Test
    void aRegionalContractIsFiledByItsUnion_notHeardByItself_andCountsTheWorkersOfTheEnterprisesItCovers() {
        LocalDate day = LocalDate.of(2025, 10, 10);
        if (register.find(CLEANING).isEmpty()) {
            register.register(new org.workright.enterprises.Enterprise(CLEANING, "昆明示例保洁服务有限公司", "昆明市五华区示例路21号",
                    "何静", "五华区", "环境卫生", false, 180, org.workright.enterprises.Enterprise.UnionStatus.ESTABLISHED));
        }
        register.addRepresentative("enterpriseE", CITY_SERVICES);
        ContractFigures.Figures before = figures.on(day);
        ContractIntake.RegionalParties sanitation = new ContractIntake.RegionalParties("五华区环卫行业集体合同",
                "五华区环卫行业企业代表", "昆明市五华区示例路3号", "五华区环卫行业工会联合会", "昆明市五华区示例路2号", "五华区",
                List.of(new Coverage(CITY_SERVICES, 1200), new Coverage(CLEANING, 180)));
        FilingInput regional = new FilingInput(Contract.Kind.WAGES, LocalDate.of(2025, 9, 18), LocalDate.of(2025, 10, 1),
                LocalDate.of(2028, 9, 30), 1380, negotiators(3), true, Filing.ChiefCapacity.LEGAL_REPRESENTATIVE,
                new ContractDraft.Vote(100, 67, 51, LocalDate.of(2025, 9, 16)), new BigDecimal("2300"),
                new BigDecimal("40"), "职工年平均工资增长不低于5%");

        ProcessInstance pi = instance(intake.file(regional, sanitation, documents(), driver.user("union2")));

        assertThat(pi).hasPassed("Event_UnionIsParty").hasNotPassed(UNION_OPINION).isWaitingAt(REVIEW);
        assertThat(task(pi, UNION_OPINION)).isNull();
        assertThat(task(pi, REVIEW)).hasCandidateGroup("contractReviewers530102");
        complete(task(pi, REVIEW), withVariables("objects", false));
        assertThat(task(pi, CONFIRM_PUBLICATION)).hasCandidateGroup("contractUnions530102");
        ContractFigures.Figures after = figures.on(day);
        assertThat(after.contracts()).isEqualTo(before.contracts() + 1);
        assertThat(after.workers()).isEqualTo(before.workers() + 1380);
        assertThat(after.enterprisesWithWageContract()).isGreaterThanOrEqualTo(before.enterprisesWithWageContract());
        assertThat(queries.entries(register.require(CLEANING))).extracting(e -> e.caseRef()).contains(caseNo(pi));
        // a covered enterprise reads it (and its 生效通知书), without being its party
        assertThat(queries.detail(caseNo(pi), driver.user("enterpriseE"))).isPresent()
                .get().satisfies(d -> assertThat(d.party()).isFalse());
        assertThat(queries.detail(caseNo(pi), driver.user("enterpriseB"))).isEmpty();
        assertThatThrownBy(() -> intake.file(regional, sanitation, documents(), driver.user("union1")))
                .isInstanceOf(ProblemException.class).hasMessageContaining("本级工会所在县");
        // 五华's regional contract covers 五华's enterprises: 盘龙's is not one of them
        ContractIntake.RegionalParties beyond = new ContractIntake.RegionalParties("五华区环卫行业集体合同",
                "五华区环卫行业企业代表", "昆明市五华区示例路3号", "五华区环卫行业工会联合会", "昆明市五华区示例路2号", "五华区",
                List.of(new Coverage(CITY_SERVICES, 1200), new Coverage(CONSTRUCTION, 150)));
        assertThatThrownBy(() -> intake.file(regional, beyond, documents(), driver.user("union2")))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.errors())
                        .extracting(ProblemException.FieldError::message).anyMatch(m -> m.contains("不在五华区")));
        ContractIntake.RegionalParties huge = new ContractIntake.RegionalParties("五华区环卫行业集体合同",
                "五华区环卫行业企业代表", "昆明市五华区示例路3号", "五华区环卫行业工会联合会", "昆明市五华区示例路2号", "五华区",
                List.of(new Coverage(CITY_SERVICES, Integer.MAX_VALUE)));
        assertThatThrownBy(() -> intake.file(regional, huge, documents(), driver.user("union2")))
                .isInstanceOf(ProblemException.class).hasMessageContaining("职工人数应为1至1000000的整数");
    }

    @Test
    void aReviewerSeesOnlyTheirDistrictsFilings_andAnEnterpriseOnlyItsOwn() {
        ProcessInstance pi = file("enterpriseA", ContractDriver.contract(LocalDate.of(2025, 9, 18)));
        String no = caseNo(pi);

        assertThat(queries.detail(no, driver.user("bureau1"))).isPresent();
        assertThat(queries.detail(no, driver.user("bureau0"))).isPresent();
        assertThat(queries.detail(no, driver.user("bureau2"))).isEmpty();
        assertThat(queries.list(driver.user("bureau2"))).extracting(ContractQueries.Summary::caseNo).doesNotContain(no);
        assertThat(queries.detail(no, driver.user("enterpriseB"))).isEmpty();
        assertThat(queries.canRead(no, driver.user("inspector1"))).isFalse();
        long document = contracts.documents(no).get(0).id();
        assertThat(queries.document(document, driver.user("enterpriseA"))).isPresent();
        assertThat(queries.document(document, driver.user("enterpriseB"))).isEmpty();
        assertThat(queries.document(document, driver.user("bureau2"))).isEmpty();
        assertThatThrownBy(() -> intake.attach(no, documents().get(0), driver.user("enterpriseB")))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status().value()).isEqualTo(404));
        // the engine agrees: bureau2 cannot see the instance or its tasks
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
                .taskCandidateGroup("contractReviewers530102").count()).isZero();
        assertThat(engine.getAuthorizationService().isUserAuthorized("bureau2", List.of("contractReviewers",
                "contractReviewers530102"), org.camunda.bpm.engine.authorization.Permissions.READ,
                org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE, pi.getId())).isFalse();
        assertThat(engine.getAuthorizationService().isUserAuthorized("bureau1", List.of("contractReviewers",
                "contractReviewers530111"), org.camunda.bpm.engine.authorization.Permissions.READ,
                org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE, pi.getId())).isTrue();
    }

    @Test
    void filedFromTasklist_theDocumentsComeNext_andTheFilingIsReceivedOnlyWithThem() {
        String definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(ContractProcess.KEY).latestVersion().singleResult().getId();
        engine.getIdentityService().setAuthentication("enterpriseA", List.of("enterprise", "enterprise" + MACHINERY));
        ProcessInstance pi;
        try {
            pi = engine.getFormService().submitStartForm(definition, java.util.Map.ofEntries(
                    java.util.Map.entry("kind", "COMPREHENSIVE"), java.util.Map.entry("signedOn", "2025-09-18"),
                    java.util.Map.entry("startsOn", "2025-10-01"), java.util.Map.entry("endsOn", "2027-09-30"),
                    java.util.Map.entry("workersCovered", 320L),
                    java.util.Map.entry("negotiators", ContractDriver.NEGOTIATOR_LINES),
                    java.util.Map.entry("workersChiefIsUnionChair", true),
                    java.util.Map.entry("employerChiefCapacity", "LEGAL_REPRESENTATIVE"),
                    java.util.Map.entry("voteTotal", 100L), java.util.Map.entry("votePresent", 80L),
                    java.util.Map.entry("voteInFavour", 70L), java.util.Map.entry("voteHeldOn", "2025-09-15"),
                    java.util.Map.entry("lowestMonthlyWage", 2300.0), java.util.Map.entry("weeklyHours", 40.0),
                    java.util.Map.entry("wageIncrease", "不低于5%")));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }

        assertThat(pi).hasPassedInOrder("StartEvent_File", REGISTER, "Gateway_Filed", "Task_OpenFiling")
                .isWaitingAtExactly(ATTACH_DOCUMENTS);
        assertThat(engine.getRuntimeService().getVariables(pi.getId())).doesNotContainKeys("negotiators", "voteTotal");
        assertThat(contracts.negotiators(caseNo(pi), 1)).hasSize(6).extracting(ContractDraft.Negotiator::name)
                .contains("钱伟");
        assertThat(record(pi).status()).isEqualTo(Contract.Status.DOCUMENTS_PENDING);
        String attach = task(pi, ATTACH_DOCUMENTS).getId();
        assertThatThrownBy(() -> engine.getTaskService().complete(attach))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("请先上传");

        documents().forEach(d -> intake.attach(caseNo(pi), d, driver.user("enterpriseA")));
        engine.getTaskService().complete(attach);
        assertThat(pi).hasPassed("Task_ConfirmDocuments", ACCEPT).isWaitingAt(UNION_OPINION, REVIEW);
        assertThatThrownBy(() -> intake.attach(caseNo(pi), documents().get(0), driver.user("enterpriseA")))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status().value()).isEqualTo(409));
    }

    @Test
    void aRefilingTheReviewerDidNotAskForIsAConflict() {
        ProcessInstance pi = file("enterpriseA", ContractDriver.contract(LocalDate.of(2025, 9, 18)));
        assertThatThrownBy(() -> intake.refile(caseNo(pi), ContractDriver.contract(LocalDate.of(2025, 9, 19)), documents(),
                driver.user("enterpriseA")))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status().value()).isEqualTo(409));
        assertThatThrownBy(() -> intake.amend(caseNo(pi), ContractDriver.contract(LocalDate.of(2025, 9, 19)), documents(),
                driver.user("enterpriseA")))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status().value()).isEqualTo(409));
        assertThat(record(pi).version()).isEqualTo(1);
    }

    @Test
    void aFilingNotRefiledInTimeLapses() {
        ProcessInstance pi = file("enterpriseA", ContractDriver.contract(LocalDate.of(2025, 9, 18)));
        unionHeard(pi);
        complete(task(pi, REVIEW), withVariables("objects", true, "opinion", "表决程序不规范。"));
        clock.moveTo("2025-11-25T00:00:01+08:00");
        execute(job(REFILE_OVERDUE, pi));
        assertThat(pi).hasPassed("Task_RecordLapse", END_LAPSED).isEnded();
        assertThat(record(pi).status()).isEqualTo(Contract.Status.LAPSED);
    }

    @Test
    void anObjectedAmendmentNotRefiled_leavesTheContractInForceToItsEnd() {
        ProcessInstance pi = inForce(LocalDate.of(2025, 9, 18));
        clock.moveTo("2026-03-02T09:00:00+08:00");
        intake.amend(caseNo(pi), ContractDriver.contract(LocalDate.of(2026, 2, 27)), documents(), driver.user("enterpriseA"));
        unionHeard(pi);
        complete(task(pi, REVIEW), withVariables("objects", true, "opinion", "变更条款违反最低工资规定。"));
        assertThat(record(pi).validOn(LocalDate.of(2026, 3, 2))).isTrue();
        assertThat(engine.getRuntimeService().getVariables(pi.getId())).doesNotContainKeys("unionOpinion", "precheck");

        clock.moveTo("2026-06-01T00:00:01+08:00");
        execute(job(REFILE_OVERDUE, pi));

        assertThat(pi).hasPassed("Task_RecordLapse", "Gateway_StillInForce").isWaitingAt(RENEWAL_DUE);
        Contract c = record(pi);
        assertThat(c.status()).isEqualTo(Contract.Status.IN_FORCE);
        assertThat(c.endsOn()).isEqualTo(LocalDate.of(2028, 9, 27));
        assertThat(job(RENEWAL_DUE, pi).getDuedate()).isEqualTo(startOfDay(LocalDate.of(2028, 6, 27)));
    }
}
