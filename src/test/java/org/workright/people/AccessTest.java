package org.workright.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.workright.WebappSession;
import org.workright.WorkRightTest;
import org.workright.legalaid.LegalAidIntake;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The engine's REST API and the Tasklist filters over real HTTP: who gets in, and what Camunda's
 * authorizations let each role see once inside.
 */
@WorkRightTest
class AccessTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    LegalAidIntake intake;
    @Autowired
    FilterService filters;
    @Autowired
    AccessSetup setup;

    @BeforeEach
    void fixClock() {
        ClockUtil.setCurrentTime(Date.from(java.time.ZonedDateTime.parse("2026-01-05T10:00:00+08:00").toInstant()));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void engineRestIsClosedToAnonymousAndEnterpriseUsers() {
        assertThat(http.getForEntity("/engine-rest/task", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("enterpriseA", "demo").getForEntity("/engine-rest/task", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void eachRoleSeesOnlyItsOwnTasksThroughEngineRest() {
        String caseNo = newApplication();

        assertThat(taskCases("office1")).contains(caseNo);
        assertThat(taskCases("lawyer1")).doesNotContain(caseNo);
        assertThat(taskCases("inspector1")).doesNotContain(caseNo);
    }

    @Test
    void everyRoleHasTheThreeFiltersAndTheyFindTheRightTasks() {
        String caseNo = newApplication();

        ResponseEntity<JsonNode> visible = http.withBasicAuth("inspector1", "demo")
                .getForEntity("/engine-rest/filter?resourceType=Task", JsonNode.class);
        assertThat(visible.getBody().size()).isEqualTo(3);

        String groupFilter = filters.createFilterQuery().filterName("我组的待办 My group's tasks").singleResult().getId();
        JsonNode officeTasks = http.withBasicAuth("office1", "demo")
                .getForEntity("/engine-rest/filter/" + groupFilter + "/list", JsonNode.class).getBody();
        assertThat(officeTasks.findValuesAsText("description")).anyMatch(d -> d.startsWith(caseNo));
    }

    @Test
    void setupRunsAgainWithoutDuplicatingAnything() throws Exception {
        setup.run(null);

        assertThat(filters.createFilterQuery().count()).isEqualTo(3);
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

    private HttpStatus webappLogin(String user, String app) {
        return WebappSession.login(http, user, app).loginStatus();
    }

    private String newApplication() {
        var application = new org.workright.legalaid.LegalAidApplication("赵六", "11010519491231002X", "13800138000",
                null, false, new java.math.BigDecimal("1000"), "昆明示例公司", null,
                org.workright.legalaid.ClaimType.CONTRACT_TERMINATION, null, "违法解除劳动合同。",
                java.time.LocalDate.of(2025, 12, 20), false, java.time.LocalDate.of(2025, 12, 20), null, false);
        return intake.submit(application).caseNo();
    }

}
