package org.workright.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.el.StartProcessVariableScope;
import org.camunda.bpm.engine.rest.dto.task.TaskQueryDto;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.workright.WebappSession;
import org.workright.supervision.SupervisionModule;
import org.workright.WorkRightTest;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The penetration test's attacks on the engine, replayed through every door: user expressions in
 * task queries and filters, starts and moves past the model, and what a Tasklist session can do.
 */
@WorkRightTest
class EngineHardeningTest {

    /** The pen test's payload: reads a worker's ID number one character at a time through a count. */
    private static final String READS_THE_DATABASE = "${jdbcTemplate.queryForList(\\\"select 1\\\").size() > 0 ? "
            + "'enterprise91530111MA6K7XQ34D' : 'x'}";
    private static final List<String> PAYLOADS = List.of(READS_THE_DATABASE,
            "${environment.getProperty('spring.datasource.password')}",
            "${''.getClass().forName('java.lang.Runtime')}");

    @Autowired
    TestRestTemplate http;
    @Autowired
    ProcessEngine engine;
    @Autowired
    org.camunda.bpm.engine.FilterService filters;
    @Autowired
    org.workright.legalaid.LegalAidIntake intake;

    @AfterEach
    void noUserLeftOnTheThread() {
        engine.getIdentityService().clearAuthentication();
    }

    @Test
    void anEnterprisesOrQueryExpressionIsRefused_theReplayedAttack() {
        WebappSession enterprise = WebappSession.login(http, "enterpriseA", "tasklist");
        for (String payload : PAYLOADS) {
            ResponseEntity<String> count = enterprise.post("/task/count",
                    "{\"orQueries\":[{\"candidateGroupExpression\":\"" + payload + "\"}]}");
            assertThat(count.getStatusCode()).as(count.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(count.getBody()).contains("不能使用表达式").doesNotContain("Exception").doesNotContain("jdbc");
        }
    }

    /**
     * Every expression criterion of the task query (read off the REST API's own query type, so a
     * new one is covered without being listed), at every depth: the top of a query, its
     * orQueries, a filter's extending query and its orQueries, a filter when saved; as GET
     * parameters and as JSON bodies; through /engine-rest and through Tasklist's API.
     */
    @Test
    void everyExpressionCriterionAtEveryDepthThroughBothDoorsIsRefused() throws Exception {
        List<String> criteria = Arrays.stream(Introspector.getBeanInfo(TaskQueryDto.class).getPropertyDescriptors())
                .map(PropertyDescriptor::getName).filter(n -> n.endsWith("Expression")).sorted().toList();
        assertThat(criteria).contains("candidateGroupExpression", "assigneeExpression", "dueBeforeExpression")
                .hasSizeGreaterThan(15);
        String filter = filters.createFilterQuery().filterName("我组的待办").singleResult().getId();
        ObjectMapper json = new ObjectMapper();
        WebappSession tasklist = WebappSession.login(http, "office1", "tasklist");
        TestRestTemplate rest = http.withBasicAuth("office1", "demo");
        TestRestTemplate admin = http.withBasicAuth("admin", "demo");
        List<String> accepted = new ArrayList<>();
        for (String criterion : criteria) {
            String payload = "${environment.getProperty('user.home')}";
            String top = json.writeValueAsString(Map.of(criterion, payload));
            String or = json.writeValueAsString(Map.of("orQueries", List.of(Map.of(criterion, payload))));
            String get = "?" + criterion + "={payload}";
            for (String body : List.of(top, or)) {
                for (String path : List.of("/task", "/task/count", "/filter/" + filter + "/list",
                        "/filter/" + filter + "/count")) {
                    expect400(accepted, criterion, "engine-rest POST " + path + " " + body,
                            rest.exchange("/engine-rest" + path, HttpMethod.POST, jsonBody(body), String.class));
                    expect400(accepted, criterion, "tasklist POST " + path + " " + body, tasklist.post(path, body));
                }
            }
            for (String path : List.of("/task", "/task/count")) {
                expect400(accepted, criterion, "engine-rest GET " + path,
                        rest.getForEntity("/engine-rest" + path + get, String.class, payload));
            }
            String stored = json.writeValueAsString(Map.of("resourceType", "Task", "name", "x", "query",
                    Map.of("orQueries", List.of(Map.of(criterion, payload)))));
            expect400(accepted, criterion, "filter create",
                    admin.exchange("/engine-rest/filter/create", HttpMethod.POST, jsonBody(stored), String.class));
            expect400(accepted, criterion, "filter update",
                    admin.exchange("/engine-rest/filter/" + filter, HttpMethod.PUT, jsonBody(stored), String.class));
        }
        assertThat(accepted).isEmpty();
        assertThat(filters.createFilterQuery().filterName("x").count()).isZero();
    }

    @Test
    void theJavaApiRefusesThemToo_evenForTheApplicationItself() {
        assertThatThrownBy(() -> engine.getTaskService().createTaskQuery().or()
                .taskCandidateGroupExpression("${environment.getProperty('x')}").endOr().count())
                .isInstanceOf(ExpressionGuard.Refused.class);
    }

    @Test
    void theTasklistFiltersStillWork_withTheirOwnThreeExpressions() {
        String overdue = filters.createFilterQuery().filterName("已逾期").singleResult().getId();
        ResponseEntity<String> list = http.withBasicAuth("office1", "demo").exchange(
                "/engine-rest/filter/" + overdue + "/list", HttpMethod.POST,
                jsonBody("{\"orQueries\":[{\"assigneeExpression\":\"${currentUser()}\"}]}"), String.class);
        assertThat(list.getStatusCode()).as(list.getBody()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void expressionsTheEngineEvaluatesReachOnlyDelegatesAndListeners() {
        ProcessEngineConfigurationImpl config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        var expressions = config.getExpressionManager();
        Object delegate = config.getCommandExecutorTxRequired().execute(c -> expressions
                .createExpression("${labourLawSupervisionIssueNotice}").getValue(StartProcessVariableScope.getSharedInstance()));
        assertThat(delegate).isNotNull();
        for (String bean : List.of("${jdbcTemplate}", "${environment}", "${dataSource}", "${identityService}")) {
            assertThatThrownBy(() -> config.getCommandExecutorTxRequired().execute(c -> expressions
                    .createExpression(bean).getValue(StartProcessVariableScope.getSharedInstance())))
                    .as(bean).isInstanceOf(ProcessEngineException.class).hasMessageContaining("Unknown property");
        }
        // query criteria (evaluated without a scope) get the query functions and nothing else
        Object now = config.getCommandExecutorTxRequired().execute(c -> expressions
                .createExpression("${now()}").getValue(null));
        assertThat(now).isInstanceOf(java.util.Date.class);
        assertThatThrownBy(() -> config.getCommandExecutorTxRequired().execute(c -> expressions
                .createExpression("${''.getClass().forName('java.lang.Runtime')}").getValue(null)))
                .isInstanceOf(ProcessEngineException.class);
    }

    @Test
    void aStartPastTheStartEventIsRefused_withATrailingSlash_throughBothDoors() {
        long before = engine.getRuntimeService().createProcessInstanceQuery().count();
        String skipToNotice = "{\"businessKey\":\"SV-2026-00003\",\"startInstructions\":"
                + "[{\"type\":\"startBeforeActivity\",\"activityId\":\"Task_IssueNotice\"}]}";
        for (String path : List.of("/process-definition/key/labour-law-supervision/start/",
                "/process-definition/key/labour-law-supervision/start")) {
            ResponseEntity<String> rest = http.withBasicAuth("inspector3", "demo").exchange("/engine-rest" + path,
                    HttpMethod.POST, jsonBody(skipToNotice), String.class);
            assertThat(rest.getStatusCode()).as(rest.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
            ResponseEntity<String> webapp = WebappSession.login(http, "inspector3", "tasklist").post(path, skipToNotice);
            assertThat(webapp.getStatusCode()).as(webapp.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(webapp.getBody()).contains("只能从开始事件启动");
        }
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(before);
    }

    @Test
    void theJavaApiRefusesAStartPastTheStartEventToAUser_butNotToAnAdministrator() {
        engine.getIdentityService().setAuthentication("inspector1", List.of(SupervisionModule.INSPECTORS));
        assertThatThrownBy(() -> engine.getRuntimeService().createProcessInstanceByKey("labour-law-supervision")
                .businessKey("SV-1999-00001").startBeforeActivity("Task_IssueNotice").execute())
                .isInstanceOf(ModificationGuard.Refused.class);
        engine.getIdentityService().clearAuthentication();
        String instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(TestCases.legalAid(intake)).singleResult().getId();
        engine.getIdentityService().setAuthentication("admin", List.of(Roles.ADMIN));
        // an administrator repairs a case in Cockpit: a second completeness check, say
        engine.getRuntimeService().createProcessInstanceModification(instance)
                .startBeforeActivity("Task_CheckCompleteness").execute();
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance).count()).isEqualTo(2);
    }

    @Test
    void noUserButAnAdministratorMovesRestartsOrMigratesACase() {
        String instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(TestCases.legalAid(intake)).singleResult().getId();
        String definition = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance)
                .singleResult().getProcessDefinitionId();
        TestRestTemplate inspector = http.withBasicAuth("inspector1", "demo");
        for (String[] call : new String[][] {
                {"/engine-rest/process-instance/" + instance + "/modification",
                        "{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"Task_GrantAid\"}]}"},
                {"/engine-rest/process-instance/" + instance + "/modification-async",
                        "{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"Task_GrantAid\"}]}"},
                {"/engine-rest/process-definition/" + definition + "/restart",
                        "{\"processInstanceIds\":[\"" + instance + "\"],\"instructions\":[{\"type\":\"startBeforeActivity\","
                                + "\"activityId\":\"Task_GrantAid\"}]}"},
                {"/engine-rest/task/" + engine.getTaskService().createTaskQuery().processInstanceId(instance).list().get(0)
                        .getId() + "/bpmnError", "{\"errorCode\":\"x\",\"variables\":{\"approved\":{\"value\":true}}}"},
                {"/engine-rest/modification/execute", "{\"processDefinitionId\":\"" + definition + "\","
                        + "\"processInstanceIds\":[\"" + instance + "\"],\"instructions\":[{\"type\":\"startBeforeActivity\","
                        + "\"activityId\":\"Task_GrantAid\"}]}"}}) {
            ResponseEntity<String> answer = inspector.exchange(call[0], HttpMethod.POST, jsonBody(call[1]), String.class);
            assertThat(answer.getStatusCode()).as(call[0] + " " + answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        }
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).count()).isOne();
    }

    private static void expect400(List<String> accepted, String criterion, String what, ResponseEntity<String> answer) {
        if (answer.getStatusCode() != HttpStatus.BAD_REQUEST || !answer.getBody().contains("不能使用表达式")) {
            accepted.add(criterion + " via " + what + " → " + answer.getStatusCode() + " " + answer.getBody());
        }
    }

    private static HttpEntity<String> jsonBody(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
