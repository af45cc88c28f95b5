package org.workright.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.workright.WebappSession;
import org.workright.WorkRightTest;
import org.workright.supervision.SupervisionDriver;

/**
 * What people may do with a task beside completing it, through the engine's REST API as Tasklist
 * calls it: hand a claimed task back, and notes, which Camunda 7.24 does not guard by itself.
 */
@WorkRightTest
class TaskWorkTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    ProcessEngine engine;
    @Autowired
    TaskService tasks;

    private Task openTask(String businessKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(businessKey).singleResult();
    }

    private String newTriage() {
        SupervisionDriver driver = new SupervisionDriver(engine);
        return driver.caseNo(driver.register(SupervisionDriver.MACHINERY, false));
    }

    private TestRestTemplate as(String user) {
        return http.withBasicAuth(user, "demo");
    }

    @Test
    void whoeverClaimedATaskHandsItBack_butGainsNoRightToGiveItToAnotherOrMoveItsDueDate() {
        Task triage = openTask(newTriage());
        String task = "/engine-rest/task/" + triage.getId();
        assertThat(as("inspector1").postForEntity(task + "/claim", Map.of("userId", "inspector1"), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        // another inspector cannot take it away from them
        assertThat(as("inspector2").postForEntity(task + "/unclaim", null, String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(tasks.createTaskQuery().taskId(triage.getId()).singleResult().getAssignee()).isEqualTo("inspector1");
        // the one who claimed it cannot hand it to someone else, nor move the statutory due date
        assertThat(as("inspector1").postForEntity(task + "/assignee", Map.of("userId", "inspector2"), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> moved = as("inspector1").exchange(task, HttpMethod.PUT, new HttpEntity<>(Map.of(
                "name", triage.getName(), "assignee", "inspector1", "due", "2030-01-01T00:00:00.000+0800")), String.class);
        assertThat(moved.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        // but gives it back, and the group sees it again
        assertThat(as("inspector1").postForEntity(task + "/unclaim", null, String.class).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        Task back = tasks.createTaskQuery().taskId(triage.getId()).singleResult();
        assertThat(back.getAssignee()).isNull();
        assertThat(back.getDueDate()).isEqualTo(triage.getDueDate());
        assertThat(as("inspector2").postForEntity(task + "/claim", Map.of("userId", "inspector2"), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void notesAreForTheStaffWhoSeeTheTask_notForTheEnterpriseOnTheSameTaskNorForOthers() {
        SupervisionDriver driver = new SupervisionDriver(engine);
        String caseNo = driver.caseNo(driver.noticeServed(driver.register(SupervisionDriver.MACHINERY, false),
                LocalDate.now(ZoneId.of("Asia/Shanghai")).toString()));
        // the enterprise answers this task; the inspectors are its candidates too
        Task reply = openTask(caseNo);
        assertThat(reply.getTaskDefinitionKey()).isEqualTo("Task_EnterpriseReply");
        String notes = "/engine-rest/task/" + reply.getId() + "/comment";

        ResponseEntity<String> added = as("inspector1").postForEntity(notes + "/create",
                Map.of("message", "企业来电称将于下周补发"), String.class);
        assertThat(added.getStatusCode()).as(added.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(as("inspector2").getForEntity(notes, String.class).getBody()).contains("企业来电称将于下周补发");

        // staff of another process do not find the task at all
        for (String outsider : new String[] {"lawyer1", "office1"}) {
            ResponseEntity<String> read = as(outsider).getForEntity(notes, String.class);
            assertThat(read.getStatusCode()).as(outsider).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
            assertThat(read.getBody()).doesNotContain("企业来电");
            assertThat(as(outsider).postForEntity(notes + "/create", Map.of("message", "伪造的备注"), String.class)
                    .getStatusCode()).as(outsider).isIn(HttpStatus.FORBIDDEN, HttpStatus.BAD_REQUEST);
        }
        // the enterprise, in Tasklist, sees its reply task but not the inspectors' notes on it
        WebappSession enterprise = WebappSession.login(http, "enterpriseA", "tasklist");
        assertThat(enterprise.get("/task/" + reply.getId()).getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<String> read = enterprise.get("/task/" + reply.getId() + "/comment");
        assertThat(read.getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        assertThat(read.getBody()).doesNotContain("企业来电");
        // nor through the Java API, where the REST layer's own lookup is not in the way
        engine.getIdentityService().setAuthentication("enterpriseA",
                java.util.List.of("enterprise", "enterprise" + SupervisionDriver.MACHINERY));
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> tasks.getTaskComments(reply.getId()))
                    .hasMessageContaining("无权查看或添加该任务的备注");
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        // (the REST layer turns any refusal of a new note into its own 400)
        assertThat(enterprise.post("/task/" + reply.getId() + "/comment/create", "{\"message\":\"伪造的备注\"}")
                .getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.BAD_REQUEST);
        ResponseEntity<String> instanceNotes = enterprise.get("/process-instance/" + reply.getProcessInstanceId() + "/comment");
        assertThat(instanceNotes.getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        assertThat(instanceNotes.getBody()).doesNotContain("企业来电");
        assertThat(tasks.getTaskComments(reply.getId())).hasSize(1);
    }

    /** "Resolve" on a task nobody delegated would empty its assignee: the pen test's way round the hand-back rule. */
    @Test
    void nobodyResolvesATaskThatWasNotDelegatedToThem() {
        Task triage = openTask(newTriage());
        String task = "/engine-rest/task/" + triage.getId();
        as("inspector1").postForEntity(task + "/claim", Map.of("userId", "inspector1"), String.class);
        for (String user : new String[] {"inspector2", "inspector1"}) {
            // with the form's own field, so the form's rules let it through to the delegation check
            ResponseEntity<String> resolved = as(user).postForEntity(task + "/resolve",
                    Map.of("variables", Map.of("accepted", Map.of("value", false))), String.class);
            assertThat(resolved.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(resolved.getBody()).contains("不是委托给您办理的任务");
        }
        assertThat(tasks.createTaskQuery().taskId(triage.getId()).singleResult().getAssignee()).isEqualTo("inspector1");
    }

    @Test
    void aNoteStaysInItsTasksCase_andOnlyItsWriterChangesIt_oneAtATime() {
        Task one = openTask(newTriage());
        Task other = openTask(newTriage());
        String notes = "/engine-rest/task/" + one.getId() + "/comment";
        // planted into another case through the task one may see
        ResponseEntity<String> planted = as("inspector1").postForEntity(notes + "/create",
                Map.of("message", "写进别的案件", "processInstanceId", other.getProcessInstanceId()), String.class);
        assertThat(planted.getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.BAD_REQUEST);
        assertThat(engine.getTaskService().getProcessInstanceComments(other.getProcessInstanceId())).isEmpty();

        String id = com.jayway.jsonpath.JsonPath.read(as("inspector1").postForEntity(notes + "/create",
                Map.of("message", "黄军的备注"), String.class).getBody(), "$.id");
        // a colleague may read it, not rewrite it, nor wipe the task's notes
        ResponseEntity<String> rewritten = as("inspector2").exchange(notes, HttpMethod.PUT,
                new HttpEntity<>(Map.of("id", id, "message", "改写")), String.class);
        assertThat(rewritten.getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.BAD_REQUEST);
        assertThat(as("inspector2").exchange(notes, HttpMethod.DELETE, null, String.class).getStatusCode())
                .isIn(HttpStatus.FORBIDDEN, HttpStatus.BAD_REQUEST);
        assertThat(as("inspector2").exchange(notes + "/" + id, HttpMethod.DELETE, null, String.class).getStatusCode())
                .isIn(HttpStatus.FORBIDDEN, HttpStatus.BAD_REQUEST);
        assertThat(tasks.getTaskComments(one.getId())).extracting(c -> c.getFullMessage()).containsExactly("黄军的备注");
        // the writer corrects their own
        assertThat(as("inspector1").exchange(notes, HttpMethod.PUT,
                new HttpEntity<>(Map.of("id", id, "message", "黄军的备注（已更正）")), String.class).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(tasks.getTaskComments(one.getId())).extracting(c -> c.getFullMessage())
                .containsExactly("黄军的备注（已更正）");
    }

    /** An enterprise works on its reply task; the task's history (who at the federation did what) is the staff's. */
    @Test
    void anEnterpriseDoesNotReadItsTasksHistory() {
        SupervisionDriver driver = new SupervisionDriver(engine);
        String caseNo = driver.caseNo(driver.noticeServed(driver.register(SupervisionDriver.MACHINERY, false),
                LocalDate.now(ZoneId.of("Asia/Shanghai")).toString()));
        Task reply = openTask(caseNo);
        WebappSession enterprise = WebappSession.login(http, "enterpriseA", "tasklist");
        assertThat(enterprise.post("/task/" + reply.getId() + "/claim", "{\"userId\":\"enterpriseA\"}").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(enterprise.get("/history/task?taskId=" + reply.getId()).getBody()).isEqualTo("[]");
        assertThat(WebappSession.login(http, "inspector1", "tasklist").get("/history/task?taskId=" + reply.getId())
                .getBody()).contains(reply.getId());
    }

    @Test
    void attachmentsAreRefused() {
        Task triage = openTask(newTriage());
        ResponseEntity<String> listed = as("inspector1").getForEntity(
                "/engine-rest/task/" + triage.getId() + "/attachment", String.class);
        assertThat(listed.getStatusCode()).as(listed.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(listed.getBody()).contains("本系统不使用任务附件");
    }
}
