package org.workright.democracy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.workright.ProcessClock.startOfDay;
import static org.workright.democracy.DemocracyDriver.soundCongress;
import static org.workright.democracy.DemocracyDriver.with;
import static org.workright.democracy.DemocracyProcess.Activity.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.workright.ProcessClock;
import org.workright.WorkRightTest;
import org.workright.enterprises.EnterpriseRegister;
import org.workright.letters.Letter;
import org.workright.letters.LetterService;
import org.workright.system.ProblemException;

/** Every path of processes/workplace-democracy-check.bpmn through the real engine, with its letters and records. */
@WorkRightTest
class DemocracyProcessTest {

    /** Tuesday 2 March 2027. */
    @RegisterExtension
    static final ProcessClock clock = ProcessClock.at("2027-03-02T10:00:00+08:00");

    private static final int YEAR = 2027;
    /** 官渡区 */
    private static final String GUANDU = "530111";

    @Autowired
    ProcessEngine engine;
    @Autowired
    DemocracyChecks starts;
    @Autowired
    DemocracyRepository checks;
    @Autowired
    EnterpriseRegister register;
    @Autowired
    LetterService letters;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void setUp() {
        init(engine);
    }

    private ProcessInstance start(String creditCode) {
        String caseNo = starts.startOne(creditCode, YEAR, "democracy1");
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseNo).singleResult();
    }

    private ProcessInstance started(int staff) {
        return start(DemocracyDriver.enterprise(register, GUANDU, "官渡区", staff, false));
    }

    private Task task(ProcessInstance pi, String activity) {
        return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(activity)
                .singleResult();
    }

    private String caseNo(ProcessInstance pi) {
        return ProcessClock.caseNo(engine, pi);
    }

    private DemocracyCheck record(ProcessInstance pi) {
        return checks.require(caseNo(pi));
    }

    private Letter letter(ProcessInstance pi, String step) {
        return letters.findIssued(caseNo(pi), step).orElseThrow();
    }

    private Object variable(ProcessInstance pi, String name) {
        return engine.getRuntimeService().getVariable(pi.getId(), name);
    }

    private void review(ProcessInstance pi, boolean compliant, String observations, String note) {
        complete(task(pi, REVIEW), withVariables("compliant", String.valueOf(compliant), "observations", observations,
                "reviewNote", note));
    }

    /** Reported with 49 representatives for 1,000 staff: one finding, and the inspector orders rectification. */
    private ProcessInstance rectifying() {
        ProcessInstance pi = started(1000);
        complete(task(pi, SUBMIT), with(soundCongress(YEAR), "representatives", 49));
        assertThat(variable(pi, "findingsText").toString()).contains("职工代表49人").contains("（不合格）");
        review(pi, false, "", "");
        return pi;
    }

    @Test
    void aSoundReport_isCompliant_andGetsItsNotice() {
        ProcessInstance pi = started(1000);
        DemocracyCheck c = record(pi);
        // 30 days from 2 March end on 1 April, a working day
        assertThat(c.submissionDue()).isEqualTo(LocalDate.of(2027, 4, 1));
        assertThat(c.finalDue()).isEqualTo(LocalDate.of(2027, 4, 12));
        assertThat(task(pi, SUBMIT)).hasCandidateGroup(EnterpriseRegister.groupOf(c.creditCode()))
                .hasDueDate(startOfDay(LocalDate.of(2027, 4, 2)));
        assertThat(c.status()).isEqualTo(DemocracyCheck.Status.AWAITING_REPORT);

        complete(task(pi, SUBMIT), soundCongress(YEAR));
        assertThat(pi).hasPassedInOrder("StartEvent_Due", SUBMIT, "Task_RecordReport", "Task_EvaluateRules").isWaitingAt(REVIEW);
        assertThat(task(pi, REVIEW)).hasCandidateGroup("democracyInspectors530111");
        assertThat(variable(pi, "findingsText")).isEqualTo("未发现问题");
        // the report's fields are on the record, not in the instance
        assertThat(variable(pi, "staff")).isNull();
        assertThat(checks.reports(caseNo(pi))).singleElement().satisfies(r -> {
            assertThat(r.representatives()).isEqualTo(50);
            assertThat(r.sessions()).singleElement().satisfies(s -> assertThat(s.fewestInFavour()).isEqualTo(40));
        });

        review(pi, true, "", "");
        assertThat(pi).isEnded().hasPassed("Event_Compliant");
        assertThat(record(pi).status()).isEqualTo(DemocracyCheck.Status.COMPLIANT);
        assertThat(record(pi).congressSystem()).isTrue();
        assertThat(record(pi).opennessSystem()).isTrue();
        Letter notice = letter(pi, "compliant");
        assertThat(notice.number()).startsWith("官工民合〔2027〕第");
        assertThat(notice.html()).contains("官渡区总工会").contains("2027年度").contains("检查合格").doesNotContain("注意改进");
    }

    @Test
    void aWarningOnly_isCompliant_andTheNoticeAsksToImprove() {
        ProcessInstance pi = started(1000);
        complete(task(pi, SUBMIT), with(soundCongress(YEAR), "managers", 11, "frontline", 29));
        assertThat(variable(pi, "findingsText").toString()).contains("（一般）").doesNotContain("（不合格）");
        review(pi, true, "", "");
        assertThat(pi).isEnded();
        assertThat(letter(pi, "compliant").html()).contains("注意改进").contains("中层以上管理人员代表11人");
    }

    @Test
    void notCompliant_thenCorrected_getsTheRectificationNoticeThenItsNotice() {
        ProcessInstance pi = rectifying();
        DemocracyCheck c = record(pi);
        assertThat(c.status()).isEqualTo(DemocracyCheck.Status.RECTIFYING);
        assertThat(c.rectificationDue()).isEqualTo(LocalDate.of(2027, 4, 1));
        Letter rectification = letter(pi, "rectification");
        assertThat(rectification.number()).startsWith("官工民整〔2027〕第");
        assertThat(rectification.html()).contains("1. （不合格）").contains("职工代表49人").contains("请你单位于2027年4月1日").contains("前整改完毕");
        assertThat(task(pi, REPORT_CORRECTION)).hasDueDate(startOfDay(LocalDate.of(2027, 4, 2)))
                .hasCandidateGroup(EnterpriseRegister.groupOf(c.creditCode()));

        complete(task(pi, REPORT_CORRECTION), with(soundCongress(YEAR),
                "correctionNote", "补选职工代表1名，代表总数50人。"));
        assertThat(pi).isWaitingAt(VERIFY_CORRECTION);
        assertThat(variable(pi, "findingsText")).isEqualTo("未发现问题");
        assertThat(checks.reports(caseNo(pi))).hasSize(2).last()
                .satisfies(r -> assertThat(r.correctionNote()).contains("补选"));
        complete(task(pi, VERIFY_CORRECTION), withVariables("corrected", "true", "verifyNote", ""));
        assertThat(pi).isEnded().hasPassed("Event_Corrected");
        assertThat(record(pi).status()).isEqualTo(DemocracyCheck.Status.CORRECTED);
        assertThat(letter(pi, "corrected").html()).contains("已按要求整改到位");
    }

    @Test
    void correctionNotEnough_beforeTheDeadline_goesBackToTheEnterprise_andAfterItToSupervision() {
        ProcessInstance pi = rectifying();
        complete(task(pi, REPORT_CORRECTION), with(soundCongress(YEAR), "representatives", 49,
                "correctionNote", "正在补选。"));
        complete(task(pi, VERIFY_CORRECTION), withVariables("corrected", "false", "verifyNote", "补选尚未完成"));
        assertThat(pi).isWaitingAt(REPORT_CORRECTION);
        assertThat(record(pi).status()).isEqualTo(DemocracyCheck.Status.RECTIFYING);

        complete(task(pi, REPORT_CORRECTION), with(soundCongress(YEAR), "representatives", 49,
                "correctionNote", "仍在补选。"));
        clock.moveTo("2027-04-05T09:00:00+08:00");
        complete(task(pi, VERIFY_CORRECTION), withVariables("corrected", "false", "verifyNote", "逾期仍未补选"));
        assertThat(pi).isEnded().hasPassed("Task_Escalate", "Event_Escalated");
        assertThat(record(pi).supervisionCaseNo()).startsWith("SV-2027-");
    }

    @Test
    void notCorrectedByTheDeadline_startsASupervisionCase_withTheFindings_visibleOnBoth() {
        ProcessInstance pi = rectifying();
        assertThat(job(RECTIFICATION_OVERDUE, pi).getDuedate()).isEqualTo(startOfDay(LocalDate.of(2027, 4, 2)));
        execute(job(RECTIFICATION_OVERDUE, pi));
        assertThat(pi).isEnded().hasPassed("Task_Escalate", "Event_Escalated");
        DemocracyCheck c = record(pi);
        assertThat(c.status()).isEqualTo(DemocracyCheck.Status.ESCALATED);
        Map<String, Object> supervision = jdbc.sql("select source, source_ref, facts, credit_code from supervision_case where case_no = ?")
                .param(c.supervisionCaseNo()).query().singleRow();
        assertThat(supervision).containsEntry("source", "DEMOCRACY_CHECK").containsEntry("source_ref", c.caseNo())
                .containsEntry("credit_code", c.creditCode());
        assertThat(supervision.get("facts").toString()).contains(c.caseNo()).contains("职工代表49人").contains("2027年4月1日");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("labour-law-supervision")
                .processInstanceBusinessKey(c.supervisionCaseNo()).count()).isEqualTo(1);
    }

    @Test
    void noReport_getsAReminder_thenAFindingOfItsOwn() {
        ProcessInstance pi = started(500);
        assertThat(job(SUBMISSION_OVERDUE, pi).getDuedate()).isEqualTo(startOfDay(LocalDate.of(2027, 4, 2)));
        execute(job(SUBMISSION_OVERDUE, pi));
        assertThat(pi).isWaitingAt(SUBMIT_AFTER_REMINDER);
        assertThat(record(pi).status()).isEqualTo(DemocracyCheck.Status.REMINDED);
        Letter reminder = letter(pi, "reminder");
        assertThat(reminder.number()).startsWith("官工民催〔2027〕第");
        assertThat(reminder.html()).contains("2027年4月1日前报送").contains("2027年4月12日");
        assertThat(task(pi, SUBMIT_AFTER_REMINDER)).hasDueDate(startOfDay(LocalDate.of(2027, 4, 13)));

        execute(job(SUBMISSION_MISSED, pi));
        assertThat(pi).isWaitingAt(REVIEW);
        assertThat(variable(pi, "findingsText").toString()).contains("仍未报送2027年度");
        assertThat(record(pi).submissionMissed()).isTrue();
        assertThat(record(pi).congressSystem()).isFalse();
        review(pi, false, "", "");
        assertThat(letter(pi, "rectification").html()).contains("经催报仍未按期报送").contains("仍未报送2027年度");
        assertThat(pi).isWaitingAt(REPORT_CORRECTION);
    }

    @Test
    void aReportAfterTheReminder_isReviewedAsUsual() {
        ProcessInstance pi = started(1000);
        execute(job(SUBMISSION_OVERDUE, pi));
        complete(task(pi, SUBMIT_AFTER_REMINDER), soundCongress(YEAR));
        assertThat(pi).isWaitingAt(REVIEW);
        assertThat(variable(pi, "findingsText")).isEqualTo("未发现问题");
    }

    @Test
    void anAllStaffMeeting_belowTheThreshold_countsEveryWorker() {
        ProcessInstance pi = started(80);
        // 54 of 80 is two thirds (53.3) and more; 41 is more than half of all 80
        complete(task(pi, SUBMIT), with(soundCongress(YEAR), "form", "ALL_STAFF_MEETING", "staff", 80,
                "womenStaff", 30, "dispatchedStaff", 0, "sessions", YEAR + "-02-20，54，41，审议年度工作报告"));
        assertThat(variable(pi, "findingsText")).isEqualTo("未发现问题");
        assertThat(checks.reports(caseNo(pi)).get(0).representatives()).isZero();

        ProcessInstance small = started(80);
        complete(task(small, SUBMIT), with(soundCongress(YEAR), "form", "ALL_STAFF_MEETING", "staff", 80,
                "womenStaff", 30, "dispatchedStaff", 0, "sessions", YEAR + "-02-20，53，40，审议年度工作报告"));
        assertThat(variable(small, "findingsText").toString()).contains("出席53人").contains("同意40人");

        ProcessInstance large = started(100);
        complete(task(large, SUBMIT), with(soundCongress(YEAR), "form", "ALL_STAFF_MEETING", "staff", 100, "womenStaff", 40,
                "sessions", YEAR + "-02-20，90，80，审议年度工作报告"));
        assertThat(variable(large, "findingsText").toString()).contains("应当实行职工代表大会制度");
    }

    @Test
    void aCompanyWithAnAuditCommittee_needsAnEmployeeDirectorFrom300Staff() {
        Map<String, Object> company = with(soundCongress(YEAR), "companyKind", "LIMITED", "oversight", "AUDIT_COMMITTEE",
                "employeeDirector", false);
        ProcessInstance at300 = started(300);
        complete(task(at300, SUBMIT), with(company, "staff", 300, "womenStaff", 100, "dispatchedStaff", 15));
        assertThat(variable(at300, "findingsText").toString()).contains("董事会中没有职工代表").contains("《中华人民共和国公司法》");

        ProcessInstance at299 = started(299);
        complete(task(at299, SUBMIT), with(company, "staff", 299, "womenStaff", 100, "dispatchedStaff", 15));
        assertThat(variable(at299, "findingsText")).isEqualTo("未发现问题");

        ProcessInstance withDirector = started(300);
        complete(task(withDirector, SUBMIT), with(company, "staff", 300, "womenStaff", 100,
                "dispatchedStaff", 15, "employeeDirector", true));
        assertThat(variable(withDirector, "findingsText")).isEqualTo("未发现问题");
    }

    @Test
    void theInspectorsObservationsAreFindings_andACompliantCallOverAFailureNeedsAReason() {
        ProcessInstance pi = started(1000);
        complete(task(pi, SUBMIT), soundCongress(YEAR));
        assertThatThrownBy(() -> review(pi, false, "", "")).isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("须列明不合格事项");
        review(pi, false, "公开栏内容停留在2025年，未按季度更新", "");
        assertThat(letter(pi, "rectification").html()).contains("公开栏内容停留在2025年").contains("依据：现场检查");

        ProcessInstance other = rectifyingCandidate();
        assertThatThrownBy(() -> review(other, true, "", "")).isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("须说明理由");
        review(other, true, "", "代表补选已于检查当日完成，经现场核实");
        assertThat(record(other).status()).isEqualTo(DemocracyCheck.Status.COMPLIANT);
        assertThat(record(other).reviewNote()).contains("现场核实");
    }

    private ProcessInstance rectifyingCandidate() {
        ProcessInstance pi = started(1000);
        complete(task(pi, SUBMIT), with(soundCongress(YEAR), "representatives", 49));
        return pi;
    }

    @Test
    void reportsThatMakeNoSense_areRefusedNamingTheField_andNothingIsRecorded() {
        ProcessInstance pi = started(1000);
        Task submit = task(pi, SUBMIT);
        assertThatThrownBy(() -> complete(submit, with(soundCongress(YEAR), "womenStaff", 1001)))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("womenStaff");
        assertThatThrownBy(() -> complete(submit, with(soundCongress(YEAR), "sessions", "3月1日开了会")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("第1次会议");
        assertThatThrownBy(() -> complete(submit, with(soundCongress(YEAR), "sessions",
                "2026-12-01，45，40，审议"))).hasMessageContaining("不在2027年内");
        assertThatThrownBy(() -> complete(submit, with(soundCongress(YEAR), "sessions",
                "2027-03-01，51，40，审议"))).hasMessageContaining("不能多于全体50人");
        assertThatThrownBy(() -> complete(submit, with(soundCongress(YEAR), "managers", 30, "frontline", 30)))
                .hasMessageContaining("合计不能多于代表总数");
        assertThatThrownBy(() -> complete(submit, with(soundCongress(YEAR), "form", "COMMITTEE")))
                .hasMessageContaining("无效的选项");
        assertThat(checks.reports(caseNo(pi))).isEmpty();
        assertThat(pi).isWaitingAt(SUBMIT);
    }

    @Test
    void oneCheckPerEnterpriseAndYear_andOnlyOfAUnionisedEnterprise() {
        String code = DemocracyDriver.enterprise(register, GUANDU, "官渡区", 200, false);
        starts.startOne(code, YEAR, "democracy1");
        assertThatThrownBy(() -> starts.startOne(code, YEAR, "democracy1")).isInstanceOf(ProblemException.class)
                .hasMessageContaining("每年只检查一次");
        // last year's may still be started, never one two years back or in a future year
        starts.startOne(code, YEAR - 1, "democracy1");
        assertThatThrownBy(() -> starts.startOne(code, YEAR + 1, "democracy1")).hasMessageContaining("检查年度应为2026年或2027年");
        assertThat(jdbc.sql("select count(*) from democracy_check where credit_code = ?").param(code)
                .query(Integer.class).single()).isEqualTo(2);
        assertThatThrownBy(() -> starts.startOne("91530126MA6P3C9D3P", YEAR, "democracy1"))
                .hasMessageContaining("尚未建立工会");
    }

    @Test
    void anInspectorStartsOneFromTasklist_ofTheirOwnDistrict_andTheEnterpriseIsAskedToReport() {
        String code = DemocracyDriver.enterprise(register, GUANDU, "官渡区", 200, false);
        ProcessInstance pi;
        try {
            engine.getIdentityService().setAuthentication("democracy2", List.of("democracyInspectors", "democracyInspectors530102"));
            // 五华区's officer may not check an enterprise of 官渡区
            assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(DemocracyProcess.KEY,
                    Map.of("creditCode", code, "checkYear", YEAR))).isInstanceOf(FormFieldValidationException.class)
                    .hasMessageContaining("不在你所在工会的检查范围内");
            engine.getIdentityService().setAuthentication("democracy1", List.of("democracyInspectors", "democracyInspectors530111"));
            pi = engine.getRuntimeService().startProcessInstanceByKey(DemocracyProcess.KEY,
                    Map.of("creditCode", code, "checkYear", YEAR));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        assertThat(pi).isWaitingAt(SUBMIT);
        assertThat(record(pi).creditCode()).isEqualTo(code);
        assertThatThrownBy(() -> starts.startOne(code, YEAR, "democracy0")).hasMessageContaining("每年只检查一次");
        List<String> keys = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(DemocracyProcess.KEY)
                .list().stream().map(p -> p.getBusinessKey()).toList();
        assertThat(keys).doesNotContainNull();
    }
}
