package org.workright.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.workright.WorkRightTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The pen test's error findings: what comes back is problem+json in Chinese, with the field at
 * fault, never SQL, a stack, a class name or an engine code; a lost race is a 409.
 */
@WorkRightTest
class ErrorAnswersTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> INTERNALS = List.of("INSERT", "SQL", "Exception", "org.", "java.", "ENGINE-",
            "\"code\"");

    @Autowired
    TestRestTemplate http;
    @Autowired
    TaskService tasks;
    @Autowired
    org.workright.legalaid.LegalAidIntake intake;

    @Test
    void overlongFactsThroughTheStartFormAre400NamingTheField_aMegabyteIsNotEvenRead() throws Exception {
        Map<String, Object> megabyte = Map.of("variables", Map.of("facts", Map.of("value", "欠".repeat(1_000_000))));
        assertProblem(http.withBasicAuth("office1", "demo").exchange(
                "/engine-rest/process-definition/key/legal-aid-request/submit-form", HttpMethod.POST,
                json(JSON.writeValueAsString(megabyte)), String.class), HttpStatus.PAYLOAD_TOO_LARGE);
        Map<String, Object> form = Map.of("variables", Map.of("facts", Map.of("value", "欠".repeat(5_000))));

        ResponseEntity<String> answer = http.withBasicAuth("office1", "demo").exchange(
                "/engine-rest/process-definition/key/legal-aid-request/submit-form", HttpMethod.POST,
                json(JSON.writeValueAsString(form)), String.class);

        assertProblem(answer, HttpStatus.BAD_REQUEST);
        assertThat(JSON.readTree(answer.getBody()).at("/errors/0/field").asText()).as(answer.getBody()).isEqualTo("facts");
        // people read the field's label, and no trace of the variable's name
        assertThat(JSON.readTree(answer.getBody()).at("/detail").asText()).isEqualTo("“事实与理由”内容过长，最多4000字");
    }

    @Test
    void aLetterRequestWithANonNumberIs400WithoutJavaTypes() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        var form = new LinkedMultiValueMap<String, String>();
        form.add("caseNo", "LA-2026-00001");
        form.add("accessCode", "ABCDEFGH");
        form.add("letterId", "abc");

        ResponseEntity<String> answer = http.postForEntity("/api/public/legal-aid/letters", new HttpEntity<>(form, headers),
                String.class);

        assertProblem(answer, HttpStatus.BAD_REQUEST);
    }

    @Test
    void theLoserOfACompletionRaceGets409() throws Exception {
        String caseNo = org.workright.people.TestCases.legalAid(intake);
        String task = tasks.createTaskQuery().processInstanceBusinessKey(caseNo).singleResult().getId();
        String body = "{\"variables\":{\"complete\":{\"value\":true},\"seriousInfringement\":{\"value\":true},"
                + "\"missingItems\":{\"value\":\"\"}}}";
        CyclicBarrier start = new CyclicBarrier(2);
        Set<ResponseEntity<String>> answers = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        for (String user : List.of("office1", "office2")) {
            pool.submit(() -> {
                start.await();
                return answers.add(http.withBasicAuth(user, "demo").exchange("/engine-rest/task/" + task + "/complete",
                        HttpMethod.POST, json(body), String.class));
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        assertThat(answers).extracting(ResponseEntity::getStatusCode)
                .containsExactlyInAnyOrder(HttpStatus.NO_CONTENT, HttpStatus.CONFLICT);
        answers.stream().filter(a -> a.getStatusCode() == HttpStatus.CONFLICT)
                .forEach(a -> assertProblem(a, HttpStatus.CONFLICT));
    }

    @Test
    void creatingAUserWithoutTheRightIs403() {
        String user = "{\"profile\":{\"id\":\"newclerk\",\"firstName\":\"新\",\"lastName\":\"员\"},"
                + "\"credentials\":{\"password\":\"Kunming-2026-clerk!\"}}";

        ResponseEntity<String> answer = http.withBasicAuth("office1", "demo").exchange("/engine-rest/user/create",
                HttpMethod.POST, json(user), String.class);

        assertProblem(answer, HttpStatus.FORBIDDEN);
    }

    /** The second review's findings: every way to make the engine doors answer in their own words. */
    @Test
    void oddRequestsThroughTheEngineDoorsAreProblemsInChinese() {
        TestRestTemplate inspector = http.withBasicAuth("inspector1", "demo");
        for (String value : List.of("中2020", "2020中", "x中")) {
            ResponseEntity<String> quoted = inspector.getForEntity("/engine-rest/task?dueBefore={v}", String.class, value);
            if (quoted.getStatusCode().isError()) {
                assertProblem(quoted, HttpStatus.BAD_REQUEST);  // the engine's message quoted it and named a Java type
            }
        }
        assertProblem(inspector.exchange("/engine-rest/process-definition/key/labour-law-supervision/start",
                HttpMethod.POST, json("{\"variables\":\"str\"}"), String.class), HttpStatus.BAD_REQUEST);
        assertProblem(inspector.getForEntity("/engine-rest/task/nonexistent/variables", String.class),
                HttpStatus.NOT_FOUND);
        assertThat(raw("/engine-rest/task%2Fcount")).startsWith("400 application/problem+json");
        assertThat(raw("//engine-rest/task")).startsWith("400 application/problem+json").contains("请求地址");
        assertProblem(http.getForEntity("/engine-rest/task", String.class), HttpStatus.UNAUTHORIZED);
        // the webapps' API: without a session; an unknown task
        assertProblem(http.getForEntity("/camunda/api/engine/engine/default/task", String.class), HttpStatus.UNAUTHORIZED);
        var session = org.workright.WebappSession.login(http, "office1", "tasklist");
        assertProblem(session.post("/task/x/claim", "{\"userId\":\"office1\"}"), HttpStatus.NOT_FOUND);
    }

    @Test
    void aPlainStartTakesOnlyTheStartFormsFields_andNoObjects() {
        TestRestTemplate inspector = http.withBasicAuth("inspector1", "demo");
        String start = "/engine-rest/process-definition/key/labour-law-supervision/start";
        ResponseEntity<String> forged = inspector.exchange(start, HttpMethod.POST, json("{\"variables\":{"
                + "\"creditCode\":{\"value\":\"91530111MA6K7XQ34D\"},\"approved\":{\"value\":true}}}"), String.class);
        assertProblem(forged, HttpStatus.BAD_REQUEST);
        assertThat(forged.getBody()).contains("approved");
        ResponseEntity<String> object = inspector.exchange(start, HttpMethod.POST, json("{\"variables\":{"
                + "\"creditCode\":{\"value\":\"rO0ABXQAAXg=\",\"type\":\"Object\",\"valueInfo\":{"
                + "\"objectTypeName\":\"java.lang.String\",\"serializationDataFormat\":"
                + "\"application/x-java-serialized-object\"}}}}"), String.class);
        assertProblem(object, HttpStatus.BAD_REQUEST);
    }

    /** The second review's 500s: each is now the request's fault, answered 4xx. */
    @Test
    void callsThatDoNotFitTheModelAre4xx() {
        String caseNo = org.workright.people.TestCases.legalAid(intake);
        String task = tasks.createTaskQuery().processInstanceBusinessKey(caseNo).singleResult().getId();
        TestRestTemplate office = http.withBasicAuth("office1", "demo");
        assertProblem(office.exchange("/engine-rest/task/" + task + "/submit-form", HttpMethod.POST,
                json("{\"variables\":{\"complete\":{\"value\":1,\"type\":\"Integer\"}}}"), String.class),
                HttpStatus.BAD_REQUEST);
        assertThat(office.exchange("/engine-rest/task/" + task + "/claim", HttpMethod.POST,
                json("{\"userId\":\"office1\"}"), String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertProblem(http.withBasicAuth("office2", "demo").exchange("/engine-rest/task/" + task + "/claim",
                HttpMethod.POST, json("{\"userId\":\"office2\"}"), String.class), HttpStatus.CONFLICT);
        assertProblem(office.exchange("/engine-rest/task/" + task, HttpMethod.DELETE, null, String.class),
                HttpStatus.BAD_REQUEST);
        assertProblem(office.exchange("/engine-rest/condition", HttpMethod.POST, json("{}"), String.class),
                HttpStatus.BAD_REQUEST);
        assertProblem(office.getForEntity("/engine-rest/task?orQueries=x", String.class), HttpStatus.BAD_REQUEST);
        assertProblem(office.exchange("/engine-rest/message", HttpMethod.POST, json("{\"messageName\":\"x\","
                + "\"processVariables\":{\"o\":{\"value\":\"rO0ABXQAAXg=\",\"type\":\"Object\",\"valueInfo\":{"
                + "\"objectTypeName\":\"java.lang.String\",\"serializationDataFormat\":"
                + "\"application/x-java-serialized-object\"}}}}"), String.class), HttpStatus.BAD_REQUEST);
        assertProblem(http.withBasicAuth("inspector1", "demo").exchange(
                "/engine-rest/process-definition/key/labour-law-supervision/start", HttpMethod.POST,
                json("{\"skipCustomListeners\":true,\"skipIoMappings\":true}"), String.class), HttpStatus.BAD_REQUEST);
    }

    @Test
    void aBodyLargerThanAnyFormIsRefusedUnread() {
        String huge = "{\"assignee\":\"" + "x".repeat(2_000_000) + "\"}";
        assertProblem(http.withBasicAuth("office1", "demo").exchange("/engine-rest/task", HttpMethod.POST, json(huge),
                String.class), HttpStatus.PAYLOAD_TOO_LARGE);
    }

    /** The third review's 500s: the form's own rules (required, length, options) hold at the engine too. */
    @Test
    void aFormsOwnRulesHoldThroughTheEngineDoors() {
        String caseNo = org.workright.people.TestCases.legalAid(intake);
        String task = tasks.createTaskQuery().processInstanceBusinessKey(caseNo).singleResult().getId();
        TestRestTemplate office = http.withBasicAuth("office1", "demo");
        String complete = "/engine-rest/task/" + task + "/complete";
        ResponseEntity<String> nothing = office.exchange(complete, HttpMethod.POST, json("{}"), String.class);
        assertProblem(nothing, HttpStatus.BAD_REQUEST);
        assertThat(nothing.getBody()).contains("请填写");
        ResponseEntity<String> tooLong = office.exchange(complete, HttpMethod.POST, json("{\"variables\":{"
                + "\"complete\":{\"value\":false},\"seriousInfringement\":{\"value\":false},"
                + "\"missingItems\":{\"value\":\"" + "缺".repeat(3000) + "\"}}}"), String.class);
        assertProblem(tooLong, HttpStatus.BAD_REQUEST);
        assertThat(tooLong.getBody()).contains("最多2000字");
        ResponseEntity<String> start = office.exchange("/engine-rest/process-definition/key/legal-aid-request/submit-form",
                HttpMethod.POST, json("{\"variables\":{\"channel\":{\"value\":\"" + "X".repeat(300) + "\"}}}"),
                String.class);
        assertProblem(start, HttpStatus.BAD_REQUEST);
        assertThat(tasks.createTaskQuery().taskId(task).count()).isOne();
    }

    /** Spring's own refusals on our API: in Chinese, titles too. */
    @Test
    void ourApisRefusalsAreInChinese() {
        assertProblem(http.getForEntity("/api/public/letters/verify", String.class), HttpStatus.BAD_REQUEST);
        HttpHeaders text = new HttpHeaders();
        text.setContentType(MediaType.TEXT_PLAIN);
        assertProblem(http.postForEntity("/api/public/legal-aid/applications", new HttpEntity<>("x", text), String.class),
                HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        HttpHeaders xml = new HttpHeaders();
        xml.setAccept(List.of(MediaType.APPLICATION_XML));
        ResponseEntity<String> notAcceptable = http.withBasicAuth("inspector1", "demo").exchange("/api/supervision/cases",
                HttpMethod.GET, new HttpEntity<>(xml), String.class);
        assertThat(notAcceptable.getStatusCode()).isEqualTo(HttpStatus.NOT_ACCEPTABLE);
        assertThat(notAcceptable.getBody() == null ? "" : notAcceptable.getBody()).doesNotContain("Acceptable");
        assertThat(raw("/api/public/legal-aid/status/")).doesNotContainPattern("[A-Z][a-z]+ [a-z]+ [a-z]+");
    }

    /** A GET sent as written (RestTemplate would tidy the path), answered as "status content-type body". */
    private String raw(String path) {
        try {
            var answer = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(http.getRootUri() + path)).header("Authorization", "Basic "
                    + java.util.Base64.getEncoder().encodeToString("inspector1:demo".getBytes())).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            return answer.statusCode() + " " + answer.headers().firstValue("Content-Type").orElse("") + " " + answer.body();
        } catch (java.io.IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    static void assertProblem(ResponseEntity<String> answer, HttpStatus status) {
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(status);
        assertThat(answer.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        INTERNALS.forEach(internal -> assertThat(answer.getBody()).as(internal).doesNotContain(internal));
        try {
            JsonNode problem = JSON.readTree(answer.getBody());
            assertThat(problem.path("detail").asText()).containsPattern("\\p{IsHan}");
            assertThat(problem.path("title").asText()).as("title").containsPattern("\\p{IsHan}");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
