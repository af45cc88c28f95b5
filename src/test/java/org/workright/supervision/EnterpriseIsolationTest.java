package org.workright.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.Date;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.workright.WebappSession;
import org.workright.ProcessClock;
import org.workright.WorkRightTest;
import org.workright.letters.Letter;
import org.workright.letters.LetterService;

/**
 * Enterprise A's representative can neither list, read nor complete anything of enterprise B,
 * through our REST API or through Tasklist's own API, even with B's ids in hand.
 */
@WorkRightTest
class EnterpriseIsolationTest {

    @RegisterExtension
    static final ProcessClock clock = ProcessClock.at("2025-09-26T10:00:00+08:00");

    @Autowired
    ProcessEngine engine;
    @Autowired
    TestRestTemplate http;
    @Autowired
    LetterService letters;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private Task taskOfA;
    private Task taskOfB;
    private Letter noticeOfA;
    private Letter noticeOfB;

    @BeforeEach
    void twoEnterprisesAwaitingTheirReplies() {
        init(engine);
        SupervisionDriver driver = new SupervisionDriver(engine);
        ProcessInstance a = driver.noticeServed(driver.register(SupervisionDriver.MACHINERY, false), "2025-09-26");
        ProcessInstance b = driver.noticeServed(driver.register(SupervisionDriver.CONSTRUCTION, false), "2025-09-26");
        taskOfA = task(a);
        taskOfB = task(b);
        noticeOfA = letters.findIssued(driver.caseNo(a), "notice").orElseThrow();
        noticeOfB = letters.findIssued(driver.caseNo(b), "notice").orElseThrow();
    }

    @Test
    void inTasklistARepresentativeSeesAndCompletesOnlyTheirOwnEnterprisesTasks() {
        WebappSession a = WebappSession.login(http, "enterpriseA", "tasklist");
        assertThat(a.loginStatus()).isEqualTo(HttpStatus.OK);

        String list = a.get("/task").getBody();
        assertThat(list).contains(taskOfA.getId()).doesNotContain(taskOfB.getId());

        assertThat(a.get("/task/" + taskOfB.getId()).getStatusCode().is4xxClientError()).isTrue();
        assertThat(a.get("/task/" + taskOfB.getId() + "/form-variables").getStatusCode().is4xxClientError()).isTrue();
        ResponseEntity<String> completeB = a.post("/task/" + taskOfB.getId() + "/submit-form",
                "{\"variables\":{\"replyText\":{\"value\":\"forged\"},\"correctiveMeasures\":{\"value\":\"forged\"}}}");
        // refused by Camunda's authorization check, not by anything incidental such as CSRF
        assertThat(completeB.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(completeB.getBody()).contains("无权执行此操作").doesNotContain("Exception");
        assertThat(engine.getTaskService().createTaskQuery().taskId(taskOfB.getId()).count()).isEqualTo(1);

        ResponseEntity<String> completeA = a.post("/task/" + taskOfA.getId() + "/submit-form",
                "{\"variables\":{\"replyText\":{\"value\":\"已整改\"},\"correctiveMeasures\":{\"value\":\"已补发\"}}}");
        assertThat(completeA.getStatusCode().is2xxSuccessful()).as(completeA.getBody()).isTrue();
        assertThat(engine.getTaskService().createTaskQuery().taskId(taskOfA.getId()).count()).isZero();
    }

    @Test
    void aRepresentativeNeverSeesTheInvestigationOrWhoComplained() {
        WebappSession a = WebappSession.login(http, "enterpriseA", "tasklist");

        String variables = a.get("/variable-instance?processInstanceIdIn=" + taskOfA.getProcessInstanceId()).getBody();
        String form = a.get("/task/" + taskOfA.getId() + "/form-variables").getBody();

        assertThat(variables).contains("noticeNumber");
        for (String internal : new String[] {"findings", "evidence", "inspectors", "articlesBreached", "张三"}) {
            assertThat(variables).doesNotContain(internal);
            assertThat(form).doesNotContain(internal);
        }
    }

    @Test
    void theEnterpriseLosesSightOfTheCaseOnceItsReplyIsIn_evenIfItsFormNamedAnotherGroup() {
        WebappSession a = WebappSession.login(http, "enterpriseA", "tasklist");
        String instance = taskOfA.getProcessInstanceId();
        ResponseEntity<String> reply = a.post("/task/" + taskOfA.getId() + "/submit-form",
                "{\"variables\":{\"replyText\":{\"value\":\"已整改\"},\"correctiveMeasures\":{\"value\":\"已补发\"},"
                        + "\"enterpriseGroup\":{\"value\":\"enterprise91530103MA6N2R8L6U\"}}}");
        assertThat(reply.getStatusCode()).as(reply.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        reply = a.post("/task/" + taskOfA.getId() + "/submit-form",
                "{\"variables\":{\"replyText\":{\"value\":\"已整改\"},\"correctiveMeasures\":{\"value\":\"已补发\"}}}");
        assertThat(reply.getStatusCode().is2xxSuccessful()).as(reply.getBody()).isTrue();
        // the inspectors' follow-up, once the correction period is over, may record what a worker told them
        clock.moveTo("2025-11-03T10:00:00+08:00");
        engine.getTaskService().complete(task(engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(instance).singleResult()).getId(),
                java.util.Map.of("corrected", false, "followUpNote", "职工当面反映仍未补发"));

        assertThat(a.get("/variable-instance?processInstanceIdIn=" + instance).getBody())
                .doesNotContain("followUpNote").doesNotContain("职工当面反映").doesNotContain("noticeNumber");
        assertThat(a.get("/process-instance/" + instance).getStatusCode().is4xxClientError()).isTrue();
    }

    /**
     * Behind the form check (which answers a person's forged field with 400), the party kit holds
     * even for a completion no form check sees: only the reply's fields stay, the case's own
     * variables come back from the record, and the enterprise's read access ends.
     */
    @Test
    void aReplyKeepsOnlyItsOwnFields_andTheCaseItsRecordedValues_whoeverCompletesIt() {
        String instance = taskOfA.getProcessInstanceId();
        assertThat(engine.getAuthorizationService().createAuthorizationQuery()
                .groupIdIn("enterprise" + SupervisionDriver.MACHINERY).resourceId(instance).count()).isEqualTo(1);

        engine.getTaskService().complete(taskOfA.getId(), java.util.Map.of(
                "replyText", "已整改", "correctiveMeasures", "已补发",
                "noticeNumber", "昆工监意〔2025〕999号", "enterpriseGroup", "enterprise" + SupervisionDriver.CONSTRUCTION,
                "corrected", true, "injected", "x"));

        var variables = engine.getRuntimeService().getVariables(instance);
        assertThat(variables).containsEntry("noticeNumber", noticeOfA.number())
                .containsEntry("enterpriseGroup", "enterprise" + SupervisionDriver.MACHINERY)
                .containsEntry("replyText", "已整改").doesNotContainKeys("injected", "corrected");
        assertThat(engine.getAuthorizationService().createAuthorizationQuery()
                .groupIdIn("enterprise" + SupervisionDriver.MACHINERY).resourceId(instance).count()).isZero();
        assertThat(task(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance)
                .singleResult()).getTaskDefinitionKey()).isEqualTo(SupervisionProcess.Activity.FOLLOW_UP);
    }

    @Test
    void theEnterpriseLosesSightOfTheCaseWhenItsReplyDeadlinePasses() {
        WebappSession a = WebappSession.login(http, "enterpriseA", "tasklist");
        String instance = taskOfA.getProcessInstanceId();
        assertThat(a.get("/variable-instance?processInstanceIdIn=" + instance).getBody()).contains("noticeNumber");

        engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
                .processInstanceId(instance).activityId(SupervisionProcess.Activity.REPLY_OVERDUE).singleResult().getId());

        assertThat(a.get("/variable-instance?processInstanceIdIn=" + instance).getBody()).doesNotContain("noticeNumber");
    }

    @Test
    void taskFormsLinkToTheirLetterThroughTheTasklistLogin_forReadingOnly() {
        WebappSession a = WebappSession.login(http, "enterpriseA", "tasklist");
        WebappSession inspector = WebappSession.login(http, "inspector1", "tasklist");

        assertThat(a.exchange(org.springframework.http.HttpMethod.GET,
                "/api/enterprise/letters/" + noticeOfA.id() + "/html").getBody()).contains(noticeOfA.number());
        assertThat(a.exchange(org.springframework.http.HttpMethod.GET,
                "/api/enterprise/letters/" + noticeOfB.id() + "/html").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(inspector.exchange(org.springframework.http.HttpMethod.GET,
                "/api/letters/" + noticeOfB.id() + "/html").getBody()).contains(noticeOfB.number());
        // a session cookie travels with cross-site requests too: on its own it never authorises a change
        assertThat(inspector.exchangeWithoutToken(org.springframework.http.HttpMethod.POST,
                "/api/legal-aid/cases/LA-2026-00001/access-code").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        // with the session's CSRF token (no other site can read it) the user is themselves, allowed what they are
        assertThat(inspector.exchange(org.springframework.http.HttpMethod.POST, "/api/legal-aid/cases/LA-2026-00001/access-code")
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aReplyCannotBeRedirectedToAnotherEnterprisesCase() {
        WebappSession a = WebappSession.login(http, "enterpriseA", "tasklist");
        String caseOfB = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceId(taskOfB.getProcessInstanceId()).singleResult().getBusinessKey();

        ResponseEntity<String> reply = a.post("/task/" + taskOfA.getId() + "/submit-form",
                "{\"variables\":{\"replyText\":{\"value\":\"已整改\"},\"correctiveMeasures\":{\"value\":\"已补发\"},"
                        + "\"caseNo\":{\"value\":\"" + caseOfB + "\"}}}");

        assertThat(reply.getStatusCode()).as(reply.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(reply.getBody()).contains("caseNo");
        assertThat(engine.getTaskService().createTaskQuery().taskId(taskOfA.getId()).count()).isEqualTo(1);
        assertThat(jdbc.sql("select reply_text from supervision_case where case_no = ?").param(caseOfB)
                .query(String.class).optional()).isEmpty();
    }

    @Test
    void aNoticeIsShownToTheEnterpriseOnlyOnceItsServiceIsRecorded() {
        SupervisionDriver driver = new SupervisionDriver(engine);
        ProcessInstance pi = driver.register(SupervisionDriver.MACHINERY, false);
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete(task(pi), java.util.Map.of("accepted", true));
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete(task(pi),
                SupervisionDriver.investigation("inspector1, inspector2"));
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete(task(pi),
                java.util.Map.of("requiredCorrection", "补发加班工资", "correctionDays", 30));
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete(task(pi), java.util.Map.of("approved", true));
        Letter unserved = letters.findIssued(driver.caseNo(pi), "notice").orElseThrow();
        TestRestTemplate a = http.withBasicAuth("enterpriseA", "demo");

        assertThat(a.getForEntity("/api/enterprise/file", String.class).getBody())
                .doesNotContain(unserved.number()).doesNotContain(driver.caseNo(pi));
        assertThat(a.getForEntity("/api/enterprise/letters/" + unserved.id() + "/html", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    /** The second review's attack: a claim "for" another enterprise handed it the case. */
    @Test
    void aRepresentativeClaimsOnlyForThemselves_nobodyReleasesByClaimingForNoOne() {
        WebappSession a = WebappSession.login(http, "enterpriseA", "tasklist");
        for (String other : new String[] {"{\"userId\":\"enterpriseB\"}", "{\"userId\":null}", "{}"}) {
            ResponseEntity<String> claim = a.post("/task/" + taskOfA.getId() + "/claim", other);
            assertThat(claim.getStatusCode()).as(other + claim.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        }
        assertThat(engine.getTaskService().createTaskQuery().taskId(taskOfA.getId()).singleResult().getAssignee()).isNull();
        assertThat(a.post("/task/" + taskOfA.getId() + "/claim", "{\"userId\":\"enterpriseA\"}").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        WebappSession inspector = WebappSession.login(http, "inspector2", "tasklist");
        assertThat(inspector.post("/task/" + taskOfA.getId() + "/claim", "{\"userId\":null}").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(engine.getTaskService().createTaskQuery().taskId(taskOfA.getId()).singleResult().getAssignee())
                .isEqualTo("enterpriseA");
    }

    /** A value of another kind than its field: bytes for text, a number for a checkbox. */
    @Test
    void aReplyOfTheWrongKindIsRefused() {
        WebappSession a = WebappSession.login(http, "enterpriseA", "tasklist");
        ResponseEntity<String> bytes = a.post("/task/" + taskOfA.getId() + "/submit-form",
                "{\"variables\":{\"replyText\":{\"value\":\"aGVsbG8=\",\"type\":\"Bytes\"},"
                        + "\"correctiveMeasures\":{\"value\":\"x\"}}}");
        assertThat(bytes.getStatusCode()).as(bytes.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        ResponseEntity<String> number = a.post("/task/" + taskOfA.getId() + "/submit-form",
                "{\"variables\":{\"replyText\":{\"value\":1,\"type\":\"Integer\"},"
                        + "\"correctiveMeasures\":{\"value\":\"x\"}}}");
        assertThat(number.getStatusCode()).as(number.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(engine.getTaskService().createTaskQuery().taskId(taskOfA.getId()).count()).isEqualTo(1);
    }

    /** The pen test's replay: every variable a reply could forge, one at a time, is refused. */
    @Test
    void aReplyCannotAlterTheCaseItAnswers() {
        WebappSession a = WebappSession.login(http, "enterpriseA", "tasklist");
        for (String forged : new String[] {"\"caseNo\":{\"value\":\"SV-2026-00002\"}",
                "\"serviceDate\":{\"value\":\"2025-09-01T00:00:00.000+0800\",\"type\":\"Date\"}",
                "\"serviceRecipient\":{\"value\":\"无人\"}", "\"replyDueText\":{\"value\":\"2030年1月1日\"}",
                "\"approved\":{\"value\":true}", "\"accepted\":{\"value\":true}",
                "\"noticeNumber\":{\"value\":\"伪造文号\"}", "\"corrected\":{\"value\":true}",
                "\"requiredCorrection\":{\"value\":\"无\"}"}) {
            ResponseEntity<String> reply = a.post("/task/" + taskOfA.getId() + "/submit-form",
                    "{\"variables\":{\"replyText\":{\"value\":\"已整改\"},\"correctiveMeasures\":{\"value\":\"已补发\"},"
                            + forged + "}}");
            assertThat(reply.getStatusCode()).as(forged + reply.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(reply.getBody()).contains("没有可填写的字段").doesNotContain("Exception");
        }
        java.util.Map<String, Object> variables = engine.getRuntimeService().getVariables(taskOfA.getProcessInstanceId());
        assertThat(variables).containsEntry("noticeNumber", noticeOfA.number())
                .doesNotContainKeys("corrected", "caseOpened", "replyText");
        assertThat(engine.getTaskService().createTaskQuery().taskId(taskOfA.getId()).count()).isEqualTo(1);
    }

    @Test
    void throughRestARepresentativeReadsOnlyLettersServedOnTheirOwnEnterprise() {
        TestRestTemplate a = http.withBasicAuth("enterpriseA", "demo");

        ResponseEntity<String> file = a.getForEntity("/api/enterprise/file", String.class);
        assertThat(file.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(file.getBody()).contains(noticeOfA.number()).doesNotContain(noticeOfB.number())
                .contains("91530111MA6K7XQ34D").doesNotContain("91530103MA6N2R8L6U").doesNotContain("张三");

        assertThat(a.getForEntity("/api/enterprise/letters/" + noticeOfA.id() + "/html", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(a.getForEntity("/api/enterprise/letters/" + noticeOfB.id() + "/html", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(a.getForEntity("/api/letters/" + noticeOfB.id() + "/html", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(a.getForEntity("/api/enterprises/91530103MA6N2R8L6U/file", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(a.getForEntity("/engine-rest/task/" + taskOfB.getId(), String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void staffCannotUseTheEnterpriseSelfServiceEndpoints() {
        assertThat(http.withBasicAuth("inspector1", "demo").getForEntity("/api/enterprise/file", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }
}
