package org.workright.democracy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.workright.ProcessClock;
import org.workright.WorkRightTest;
import org.workright.democracy.DemocracyProcess.Activity;
import org.workright.enterprises.EnterpriseRegister;

/**
 * The report's supporting documents over HTTP: uploaded by the enterprise checked while a report is
 * awaited, kept with that report, read by whoever sees the check and by nobody else, and refused in
 * Chinese naming the field when they are not what they should be.
 */
@WorkRightTest
class DemocracyDocumentsTest {

    @RegisterExtension
    static final ProcessClock clock = ProcessClock.at("2026-03-02T10:00:00+08:00");

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10};

    @Autowired
    TestRestTemplate http;
    @Autowired
    ProcessEngine engine;
    @Autowired
    EnterpriseRegister register;
    @Autowired
    DemocracyChecks starts;
    @Autowired
    DemocracyRepository checks;

    private String code;
    private String representative;
    private String caseNo;

    @BeforeEach
    void aCheckOfAnEnterpriseWithItsOwnRepresentative() {
        init(engine);
        code = DemocracyDriver.enterprise(register, "530111", "官渡区", 1000, false);
        representative = DemocracyDriver.representative(engine.getIdentityService(), register, code);
        caseNo = starts.startOne(code, 2026, "democracy1");
    }

    private TestRestTemplate as(String user) {
        return http.withBasicAuth(user, user.startsWith("wdrep") ? DemocracyDriver.PASSWORD : "demo");
    }

    private ResponseEntity<JsonNode> upload(String user, String purpose, byte[] content, String name) {
        var parts = new LinkedMultiValueMap<String, Object>();
        if (purpose != null) {
            parts.add("purpose", purpose);
        }
        if (content != null) {
            HttpHeaders fileHeaders = new HttpHeaders();
            fileHeaders.setContentType(MediaType.APPLICATION_OCTET_STREAM);
            parts.add("file", new HttpEntity<>(new ByteArrayResource(content) {
                @Override
                public String getFilename() {
                    return name;
                }
            }, fileHeaders));
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return as(user).postForEntity("/api/democracy/checks/" + caseNo + "/documents", new HttpEntity<>(parts, headers),
                JsonNode.class);
    }

    private JsonNode page(String user) {
        ResponseEntity<JsonNode> answer = as(user).getForEntity("/api/democracy/checks/" + caseNo, JsonNode.class);
        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        return answer.getBody();
    }

    private static String field(ResponseEntity<JsonNode> answer) {
        return answer.getBody().path("errors").path(0).path("field").asText();
    }

    @Test
    void theEnterpriseUploadsWhileAReportIsAwaited_andTheDocumentsStayWithThatReport() {
        // the enterprise's file lists the check from its start, before any letter, and leads to its page
        assertThat(as(representative).getForObject("/api/enterprise/file", JsonNode.class).toString())
                .contains("/workspace/democracy.html?case=" + caseNo).contains("待企业报送");
        JsonNode before = page(representative);
        assertThat(before.path("uploadFor").asText()).isEqualTo("年度报送");
        assertThat(before.path("party").asBoolean()).isTrue();
        assertThat(before.path("documentMaxBytes").asInt()).isEqualTo(10485760);
        assertThat(before.path("purposes").toString()).contains("职工代表大会（职工大会）会议记录和决议");

        ResponseEntity<JsonNode> minutes = upload(representative, "MINUTES", PDF, "2026年职代会决议.pdf");
        assertThat(minutes.getStatusCode().value()).as(minutes.getBody().toString()).isEqualTo(201);
        assertThat(minutes.getBody().path("report").asText()).isEqualTo("年度报送");
        assertThat(minutes.getBody().path("fileName").asText()).isEqualTo("2026年职代会决议.pdf");
        assertThat(upload(representative, "OPENNESS", JPEG, "公开栏.jpeg").getBody().path("contentType").asText())
                .isEqualTo("image/jpeg");
        assertThat(checks.documents(caseNo)).extracting(DemocracyDocument::reportNo).containsExactly(1, 1);

        // the officer sees them on the page and in the case's sections; the upload is the enterprise's alone
        JsonNode staff = page("democracy1");
        assertThat(staff.path("uploadFor").textValue()).isNull();
        assertThat(staff.path("documents")).hasSize(2);
        assertThat(staff.path("sections").toString()).contains("报送材料").contains("2026年职代会决议.pdf");

        // the report goes in: its documents are on the record, and no more can be added to it
        var taskService = engine.getTaskService();
        complete(taskService.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey(Activity.SUBMIT)
                .singleResult(), DemocracyDriver.with(DemocracyDriver.soundCongress(2026), "representatives", 49));
        ResponseEntity<JsonNode> late = upload(representative, "MINUTES", PDF, "补充.pdf");
        assertThat(late.getStatusCode().value()).isEqualTo(409);
        assertThat(late.getBody().path("detail").asText()).contains("当前没有待报送的报告");
        assertThat(page(representative).path("uploadFor").textValue()).isNull();

        // not compliant: the correction report's documents are its own
        complete(taskService.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey(Activity.REVIEW)
                .singleResult(), withVariables("compliant", "false", "observations", "", "reviewNote", ""));
        assertThat(page(representative).path("uploadFor").asText()).isEqualTo("第1次整改报告");
        assertThat(upload(representative, "CORRECTION", PDF, "补选代表.pdf").getStatusCode().value()).isEqualTo(201);
        assertThat(checks.documents(caseNo)).extracting(DemocracyDocument::reportNo).containsExactly(1, 1, 2);
        assertThat(page(representative).path("documents").path(2).path("report").asText()).isEqualTo("第1次整改报告");
    }

    @Test
    void aDocumentIsReadByThoseWhoSeeTheCheck_inlineOrAsADownload_andByNobodyElse() {
        long id = upload(representative, "MINUTES", PDF, "决议.pdf").getBody().path("id").asLong();
        ResponseEntity<byte[]> inline = as(representative).getForEntity("/api/democracy/documents/" + id, byte[].class);
        assertThat(inline.getStatusCode().value()).isEqualTo(200);
        assertThat(inline.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(inline.getHeaders().getFirst("Content-Disposition")).startsWith("inline").contains("filename*=UTF-8''");
        assertThat(inline.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(inline.getBody()).isEqualTo(PDF);
        assertThat(as("democracy1").getForEntity("/api/democracy/documents/" + id + "?download=true", byte[].class)
                .getHeaders().getFirst("Content-Disposition")).startsWith("attachment");
        assertThat(as("democracy0").getForEntity("/api/democracy/documents/" + id, byte[].class).getStatusCode().value())
                .isEqualTo(200);
        // another district's officer and another enterprise: to them it does not exist
        for (String outsider : List.of("democracy2", "enterpriseB", "office1")) {
            assertThat(as(outsider).getForEntity("/api/democracy/documents/" + id, String.class).getStatusCode().value())
                    .as(outsider).isEqualTo(404);
            assertThat(as(outsider).getForEntity("/api/democracy/checks/" + caseNo, String.class).getStatusCode().value())
                    .as(outsider).isEqualTo(404);
            assertThat(upload(outsider, "MINUTES", PDF, "x.pdf").getStatusCode().value()).as(outsider).isEqualTo(404);
        }
        assertThat(as(representative).getForEntity("/api/democracy/documents/" + (id + 100000), String.class)
                .getStatusCode().value()).isEqualTo(404);
        assertThat(http.getForEntity("/api/democracy/documents/" + id, String.class).getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void badUploadsAreRefusedNamingTheirField_andNothingIsStored() {
        // the officer sees the check but does not upload for the enterprise
        ResponseEntity<JsonNode> officer = upload("democracy1", "MINUTES", PDF, "a.pdf");
        assertThat(officer.getStatusCode().value()).isEqualTo(403);
        assertThat(officer.getBody().path("detail").asText()).isEqualTo("证明材料由被检查企业上传");

        ResponseEntity<JsonNode> purpose = upload(representative, "minutes", PDF, "a.pdf");
        assertThat(purpose.getStatusCode().value()).isEqualTo(400);
        assertThat(field(purpose)).isEqualTo("purpose");
        assertThat(purpose.getBody().path("errors").path(0).path("message").asText())
                .startsWith("请选择材料类别：职工代表大会（职工大会）会议记录和决议、").contains("整改材料").doesNotContain("MINUTES");
        assertThat(field(upload(representative, null, PDF, "a.pdf"))).isEqualTo("purpose");
        ResponseEntity<JsonNode> none = upload(representative, "MINUTES", null, null);
        assertThat(none.getStatusCode().value()).isEqualTo(400);
        assertThat(field(none)).isEqualTo("file");
        ResponseEntity<JsonNode> html = upload(representative, "MINUTES",
                "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8), "决议.pdf");
        assertThat(html.getStatusCode().value()).isEqualTo(400);
        assertThat(field(html)).isEqualTo("file");
        assertThat(html.getBody().path("errors").path(0).path("message").asText())
                .isEqualTo("职工代表大会（职工大会）会议记录和决议应为PDF文件或PNG、JPEG图片");
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        ResponseEntity<JsonNode> tooBig = upload(representative, "MINUTES", big, "大.pdf");
        assertThat(tooBig.getStatusCode().value()).isEqualTo(400);
        assertThat(tooBig.getBody().toString()).contains("不能超过10MB").doesNotContain("java").doesNotContain("Exception");
        assertThat(checks.documents(caseNo)).isEmpty();
    }

    /** Uploads in parallel past the limit: the check's row makes them count one after another. */
    @Test
    void parallelUploadsStopExactlyAtTheLimit() throws Exception {
        int extra = 5;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> uploads = new ArrayList<>();
            for (int i = 0; i < DemocracyDocuments.MOST_PER_REPORT + extra; i++) {
                String name = "材料" + i + ".pdf";
                uploads.add(() -> upload(representative, "OTHER", PDF, name).getStatusCode().value());
            }
            List<Integer> answers = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(uploads)) {
                answers.add(f.get());
            }
            assertThat(answers).filteredOn(a -> a == 201).hasSize(DemocracyDocuments.MOST_PER_REPORT);
            assertThat(answers).filteredOn(a -> a == 409).hasSize(extra);
            ResponseEntity<JsonNode> more = upload(representative, "OTHER", PDF, "再一个.pdf");
            assertThat(more.getBody().path("detail").asText()).isEqualTo("每次报送最多上传20个文件");
            assertThat(field(more)).isEqualTo("file");
        } finally {
            pool.shutdownNow();
        }
        assertThat(checks.documents(caseNo)).hasSize(DemocracyDocuments.MOST_PER_REPORT);
    }

    /** A document uploaded by mistake: the enterprise takes it back while the report is awaited, never after. */
    @Test
    void theEnterpriseDeletesAMistakenUploadBeforeItsReportIsIn_andOnlyThen() {
        long wrong = upload(representative, "OTHER", PDF, "错传的文件.pdf").getBody().path("id").asLong();
        long kept = upload(representative, "MINUTES", PDF, "决议.pdf").getBody().path("id").asLong();
        assertThat(page(representative).path("documents").path(0).path("removable").asBoolean()).isTrue();
        assertThat(page("democracy1").path("documents").path(0).path("removable").asBoolean()).isFalse();

        assertThat(as("democracy1").exchange("/api/democracy/documents/" + wrong, org.springframework.http.HttpMethod.DELETE,
                null, String.class).getStatusCode().value()).isEqualTo(403);
        assertThat(as("enterpriseB").exchange("/api/democracy/documents/" + wrong, org.springframework.http.HttpMethod.DELETE,
                null, String.class).getStatusCode().value()).isEqualTo(404);
        assertThat(as(representative).exchange("/api/democracy/documents/" + wrong, org.springframework.http.HttpMethod.DELETE,
                null, String.class).getStatusCode().value()).isEqualTo(204);
        assertThat(checks.documents(caseNo)).extracting(DemocracyDocument::id).containsExactly(kept);
        assertThat(as(representative).getForEntity("/api/democracy/documents/" + wrong, String.class).getStatusCode().value())
                .isEqualTo(404);

        complete(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNo)
                .taskDefinitionKey(Activity.SUBMIT).singleResult(), DemocracyDriver.soundCongress(2026));
        ResponseEntity<JsonNode> late = as(representative).exchange("/api/democracy/documents/" + kept,
                org.springframework.http.HttpMethod.DELETE, null, JsonNode.class);
        assertThat(late.getStatusCode().value()).isEqualTo(409);
        assertThat(checks.documents(caseNo)).hasSize(1);
    }

    /** A body that is not a whole multipart message is refused as such, naming the file. */
    @Test
    void aBrokenMultipartBodyIsA400NamingTheFile() {
        for (String type : List.of("multipart/form-data", "multipart/form-data; boundary=XYZ")) {
            HttpHeaders headers = new HttpHeaders();
            headers.set(HttpHeaders.CONTENT_TYPE, type);
            ResponseEntity<JsonNode> answer = as(representative).postForEntity("/api/democracy/checks/" + caseNo + "/documents",
                    new HttpEntity<>("--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF-1.4",
                            headers), JsonNode.class);
            assertThat(answer.getStatusCode().value()).as(type).isEqualTo(400);
            assertThat(field(answer)).isEqualTo("file");
            assertThat(answer.getBody().path("detail").asText()).isEqualTo("上传的内容不完整或格式有误，请重新选择文件上传");
        }
        assertThat(checks.documents(caseNo)).isEmpty();
    }

    /** In an enterprise's file, officers see its checks as they see the checks themselves: by district. */
    @Test
    void theEnterprisesFileShowsTheCheckToTheOfficersWhoMayReadIt() {
        String path = "/api/enterprises/" + code + "/file";
        assertThat(as("democracy1").getForObject(path, String.class)).contains(caseNo);
        assertThat(as("democracy0").getForObject(path, String.class)).contains(caseNo);
        for (String outsider : List.of("democracy2", "office1", "inspector1")) {
            ResponseEntity<String> file = as(outsider).getForEntity(path, String.class);
            assertThat(file.getStatusCode().value()).as(outsider).isEqualTo(200);
            assertThat(file.getBody()).as(outsider).doesNotContain(caseNo).contains("职代会和厂务公开检查");
        }
    }
}
