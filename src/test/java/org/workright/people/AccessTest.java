package org.workright.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.http.ResponseEntity;
import org.workright.WebappSession;
import org.workright.supervision.SupervisionModule;
import org.workright.legalaid.LegalAidModule;
import org.workright.ProcessClock;
import org.workright.WorkRightTest;
import org.workright.legalaid.LegalAidIntake;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The engine's REST API and the Tasklist filters over real HTTP: who gets in, and what Camunda's
 * authorizations let each role see once inside.
 */
@WorkRightTest
class AccessTest {

    @RegisterExtension
    static final ProcessClock clock = ProcessClock.at("2026-01-05T10:00:00+08:00");

    @Autowired
    TestRestTemplate http;
    @Autowired
    org.camunda.bpm.engine.ProcessEngine engine;
    @Autowired
    LegalAidIntake intake;
    @Autowired
    FilterService filters;
    @Autowired
    AccessSetup setup;
    @Autowired
    TaskService tasks;
    @Autowired
    JdbcClient jdbc;

    @Test
    void pathsBrowsersProbeByThemselvesGetNoLoginDialog() {
        // Tasklist fetches /camunda-welcome: a Basic challenge would pop up the browser's own dialog
        ResponseEntity<String> probe = http.getForEntity("/camunda-welcome", String.class);
        assertThat(probe.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(probe.getHeaders().get(HttpHeaders.WWW_AUTHENTICATE)).isNull();
        // the APIs, used by programs, keep the challenge
        assertThat(http.getForEntity("/api/legal-aid/cases", String.class).getHeaders()
                .getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
    }

    @Test
    void engineRestIsClosedToAnonymousAndEnterpriseUsers() {
        assertThat(http.getForEntity("/engine-rest/task", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("enterpriseA", "demo").getForEntity("/engine-rest/task", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aStartMessageThroughEngineRestCannotOpenASecondProcessForACase_orOneForNoCase() {
        String caseNo = newApplication();
        TestRestTemplate office = http.withBasicAuth("office1", "demo");
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        for (String key : new String[] {caseNo, "LA-1999-99999"}) {
            ResponseEntity<String> sent = office.postForEntity("/engine-rest/message",
                    new org.springframework.http.HttpEntity<>("{\"messageName\":\"Message_LegalAidApplicationSubmitted\","
                            + "\"businessKey\":\"" + key + "\",\"processVariables\":{\"economicHardship\":{\"value\":true}}}",
                            json), String.class);
            assertThat(sent.getStatusCode()).as(sent.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(sent.getBody()).contains("案件不存在或已在办理中");
        }
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseNo).count())
                .isEqualTo(1);
        ResponseEntity<String> referral = http.withBasicAuth("inspector1", "demo").postForEntity("/engine-rest/message",
                new org.springframework.http.HttpEntity<>("{\"messageName\":\"Message_SupervisionReferral\","
                        + "\"businessKey\":\"SV-1999-99999\",\"processVariables\":{\"enterpriseGroup\":"
                        + "{\"value\":\"enterprise91530103MA6N2R8L6U\"}}}", json), String.class);
        assertThat(referral.getStatusCode()).as(referral.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void eachRoleSeesOnlyItsOwnTasksThroughEngineRest() {
        String caseNo = newApplication();

        assertThat(taskCases("office1")).contains(caseNo);
        assertThat(taskCases("lawyer1")).doesNotContain(caseNo);
        assertThat(taskCases("inspector1")).doesNotContain(caseNo);
    }

    @Test
    void aProcessCannotBeStartedPastItsStartEvent_throughEitherEngineApi() {
        long before = engine.getRuntimeService().createProcessInstanceQuery().count();
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        String skipToNotice = "{\"businessKey\":\"SV-1999-99999\",\"skipCustomListeners\":true,"
                + "\"startInstructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"Task_IssueNotice\"}]}";
        ResponseEntity<String> rest = http.withBasicAuth("inspector1", "demo").postForEntity(
                "/engine-rest/process-definition/key/labour-law-supervision/start",
                new org.springframework.http.HttpEntity<>(skipToNotice, json), String.class);
        assertThat(rest.getStatusCode()).as(rest.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        ResponseEntity<String> webapp = WebappSession.login(http, "inspector1", "tasklist")
                .post("/process-definition/key/labour-law-supervision/start", skipToNotice);
        assertThat(webapp.getStatusCode()).as(webapp.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(before);
    }

    @Test
    void candidatesCanNeitherReassignNorRewriteATask() {
        String caseNo = newApplication();
        String taskId = tasks.createTaskQuery().processInstanceBusinessKey(caseNo).singleResult().getId();
        WebappSession office = WebappSession.login(http, "office1", "tasklist");

        // a candidate may claim and work the task, but not hand it to someone else or change it
        assertThat(office.post("/task/" + taskId + "/assignee", "{\"userId\":\"enterpriseA\"}").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> rewrite = office.put("/task/" + taskId,
                "{\"name\":\"已豁免\",\"due\":\"2030-01-01T00:00:00.000+0000\"}");
        assertThat(rewrite.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(tasks.createTaskQuery().taskId(taskId).singleResult())
                .satisfies(t -> assertThat(t.getAssignee()).isNull())
                .satisfies(t -> assertThat(t.getName()).isNotEqualTo("已豁免"));
    }

    @Test
    void tasklistCanNameEveryStaffGroup_butNotAnotherEnterprise() {
        assertThat(http.withBasicAuth("lawyer1", "demo").getForEntity("/engine-rest/group/legalAidLead", JsonNode.class)
                .getBody().get("name").asText()).isEqualTo(Roles.displayName(LegalAidModule.LEAD));
        String groups = WebappSession.login(http, "enterpriseA", "tasklist").get("/group").getBody();
        assertThat(groups).contains("\"" + SupervisionModule.INSPECTORS + "\"").doesNotContain("enterprise91530103MA6N2R8L6U");
    }

    @Test
    void everyRoleHasTheThreeFiltersAndTheyFindTheRightTasks() {
        String caseNo = newApplication();

        ResponseEntity<JsonNode> visible = http.withBasicAuth("inspector1", "demo")
                .getForEntity("/engine-rest/filter?resourceType=Task", JsonNode.class);
        assertThat(visible.getBody().size()).isEqualTo(4);

        String groupFilter = filters.createFilterQuery().filterName("我组的待办").singleResult().getId();
        JsonNode officeTasks = http.withBasicAuth("office1", "demo")
                .getForEntity("/engine-rest/filter/" + groupFilter + "/list", JsonNode.class).getBody();
        assertThat(officeTasks.findValuesAsText("description")).anyMatch(d -> d.startsWith(caseNo));
    }

    @Test
    void tasklistShowsTheCaseBesideEachTaskToItsOwnRolesOnly() {
        String caseNo = newApplication();
        String filter = filters.createFilterQuery().filterName("我组的待办").singleResult().getId();

        assertThat(filteredCases(filter, "office1")).contains(caseNo);
        assertThat(filteredCases(filter, "lawyer1")).doesNotContain(caseNo);
        String all = filters.createFilterQuery().filterName("全部待办").singleResult().getId();
        assertThat(filteredCases(all, "office1")).contains(caseNo);
        assertThat(filteredCases(all, "lawyer1")).doesNotContain(caseNo);
    }

    @Test
    void theProposedLawyerSeesTheCaseButCannotDropOrRescheduleTheTask() {
        jdbc.sql("update lawyer set active = (user_id = 'lawyer2')").update();
        String caseNo = newApplication();
        tasks.complete(taskOf(caseNo).getId(), Map.of("complete", true, "seriousInfringement", true));
        tasks.complete(taskOf(caseNo).getId(), Map.of("grantAid", true, "decisionReason", "符合条件"));
        Task offer = taskOf(caseNo);
        assertThat(offer.getAssignee()).isEqualTo("lawyer2");
        String mine = filters.createFilterQuery().filterName("我的待办").singleResult().getId();

        assertThat(filteredCases(mine, "lawyer2")).contains(caseNo);
        // the first view, where every role's work waits, shows the lawyer's offer as it shows the office's tasks
        String all = filters.createFilterQuery().filterName("全部待办").singleResult().getId();
        assertThat(filteredCases(all, "lawyer2")).contains(caseNo);
        TestRestTemplate lawyer = http.withBasicAuth("lawyer2", "demo");
        assertThat(lawyer.postForEntity("/engine-rest/task/" + offer.getId() + "/unclaim", null, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(lawyer.exchange("/engine-rest/task/" + offer.getId(), org.springframework.http.HttpMethod.PUT,
                new org.springframework.http.HttpEntity<>(Map.of("name", offer.getName(), "assignee", "lawyer2")),
                String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(taskOf(caseNo).getAssignee()).isEqualTo("lawyer2");
    }

    @Test
    void anInvalidStartFormIsABadRequestNotAServerError() {
        Map<String, Object> fields = new java.util.HashMap<>(Map.of(
                "applicantName", Map.of("value", "王五"),
                "idNumber", Map.of("value", "110105194912310021"),
                "phone", Map.of("value", "13800138000"),
                "perCapitaIncome", Map.of("value", 1000),
                "employerName", Map.of("value", "昆明示例公司"),
                "claimType", Map.of("value", "WAGE_ARREARS"),
                "facts", Map.of("value", "拖欠工资。"),
                "infringementKnownOn", Map.of("value", "2025-12-20"),
                "channel", Map.of("value", "WALK_IN")));
        fields.putAll(Map.of("migrantWorker", Map.of("value", false), "stillEmployed", Map.of("value", true),
                "needsPreservation", Map.of("value", false), "needsAdvanceExecution", Map.of("value", false),
                "applicantKind", Map.of("value", "WORKER")));
        TestRestTemplate office = http.withBasicAuth("office1", "demo");
        String submit = "/engine-rest/process-definition/key/legal-aid-request/submit-form";

        ResponseEntity<JsonNode> invalidId = office.postForEntity(submit, Map.of("variables", fields), JsonNode.class);
        fields.remove("phone");
        ResponseEntity<JsonNode> noPhone = office.postForEntity(submit, Map.of("variables", fields), JsonNode.class);

        assertThat(invalidId.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(invalidId.getBody().get("message").asText()).contains("身份证号码无效");
        assertThat(noPhone.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noPhone.getBody().get("message").asText()).contains("请填写“联系电话”");
    }

    @Test
    void setupRunsAgainWithoutDuplicatingAnything() throws Exception {
        setup.run(null);

        assertThat(filters.createFilterQuery().count()).isEqualTo(4);
    }

    @Test
    void staffLogIntoTasklistButOnlyAdministratorsIntoCockpit() {
        assertThat(webappLogin("office1", "tasklist")).isEqualTo(HttpStatus.OK);
        assertThat(webappLogin("office1", "cockpit")).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(webappLogin("admin", "cockpit")).isEqualTo(HttpStatus.OK);
        assertThat(webappLogin("enterpriseB", "tasklist")).isEqualTo(HttpStatus.OK);
    }

    private List<String> taskCases(String user) {
        JsonNode tasks = http.withBasicAuth(user, "demo").getForEntity("/engine-rest/task", JsonNode.class).getBody();
        return tasks.findValuesAsText("description").stream().map(d -> d.split("：")[0]).toList();
    }

    /** Case numbers Tasklist would show beside the filter's tasks for this user. */
    private List<String> filteredCases(String filterId, String user) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.parseMediaType("application/hal+json")));
        JsonNode page = http.withBasicAuth(user, "demo").exchange("/engine-rest/filter/" + filterId + "/list",
                org.springframework.http.HttpMethod.GET, new org.springframework.http.HttpEntity<>(headers),
                JsonNode.class).getBody();
        List<String> cases = new java.util.ArrayList<>();
        page.path("_embedded").path("task").forEach(task -> task.path("_embedded").path("variable").forEach(v -> {
            if (v.path("name").asText().equals("caseNo")) {
                cases.add(v.path("value").asText());
            }
        }));
        return cases;
    }

    private Task taskOf(String caseNo) {
        return tasks.createTaskQuery().processInstanceBusinessKey(caseNo).singleResult();
    }

    private HttpStatus webappLogin(String user, String app) {
        return WebappSession.login(http, user, app).loginStatus();
    }

    private String newApplication() {
        return TestCases.legalAid(intake);
    }

}
