package org.workright.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.LinkedMultiValueMap;
import org.workright.WebappSession;
import org.workright.WorkRightTest;
import org.workright.contracts.ContractProcess.Activity;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Filing over HTTP: the multipart request, each refusal naming its field, the documents' doors, the figures. */
@WorkRightTest
class ContractApiTest {

    private static final RequestPostProcessor ENTERPRISE_A = httpBasic("enterpriseA", "demo");
    private static final RequestPostProcessor ENTERPRISE_B = httpBasic("enterpriseB", "demo");

    @Autowired
    MockMvc mvc;
    @Autowired
    ProcessEngine engine;
    @Autowired
    ObjectMapper json;
    @Autowired
    TestRestTemplate http;
    @Autowired
    ContractRepository contracts;

    @BeforeEach
    void today() {
        init(engine);
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.sql.Timestamp.valueOf("2026-03-02 10:00:00"));
    }

    @AfterEach
    void resetClock() {
        org.camunda.bpm.engine.impl.util.ClockUtil.reset();
    }

    private MockMultipartFile filingPart(Object contract) throws Exception {
        return new MockMultipartFile("filing", "", MediaType.APPLICATION_JSON_VALUE,
                json.writeValueAsBytes(java.util.Map.of("contract", contract)));
    }

    private MockMultipartHttpServletRequestBuilder filing(Object contract, MockMultipartFile... files) throws Exception {
        MockMultipartHttpServletRequestBuilder request = multipart("/api/contracts/filings");
        request.file(filingPart(contract));
        Arrays.stream(files).forEach(request::file);
        return request;
    }

    private static MockMultipartFile text() {
        return new MockMultipartFile("text", "合同文本.pdf", "application/pdf", ContractDriver.PDF);
    }

    private static MockMultipartFile scan() {
        return new MockMultipartFile("scan", "签字页.png", "image/png", ContractDriver.PNG);
    }

    private String fileAsA() throws Exception {
        String body = mvc.perform(filing(ContractDriver.contract(java.time.LocalDate.of(2026, 2, 27)), text(), scan())
                        .with(ENTERPRISE_A))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("UNDER_REVIEW"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(body).get("caseNo").asText();
    }

    @Test
    void anEnterpriseFilesItsContractWithItsDocuments_andReadsItBack_withoutAnyIdentityNumber() throws Exception {
        String caseNo = fileAsA();

        String detail = mvc.perform(get("/api/contracts/filings/" + caseNo).with(ENTERPRISE_A))
                .andExpect(status().isOk()).andExpect(jsonPath("$.summary.district").value("官渡区"))
                .andExpect(jsonPath("$.filings[0].negotiators[0].name").value("职工代表甲"))
                .andExpect(jsonPath("$.filings[0].unionOpinion").doesNotExist())
                .andExpect(jsonPath("$.party").value(true))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(detail).doesNotContain("53010219800101").doesNotContain("idNumber");
        mvc.perform(get("/api/contracts/filings").with(ENTERPRISE_A))
                .andExpect(jsonPath("$[*].caseNo", hasItem(caseNo)));
    }

    @Test
    void eachRefusalNamesItsField_andTheRuleItBreaks() throws Exception {
        var bad = new FilingInput(Contract.Kind.WAGES, java.time.LocalDate.of(2026, 2, 27), java.time.LocalDate.of(2026, 3, 1),
                java.time.LocalDate.of(2029, 3, 31), 320, ContractDriver.negotiators(3), true,
                Filing.ChiefCapacity.LEGAL_REPRESENTATIVE, new ContractDraft.Vote(100, 67, 50, java.time.LocalDate.of(2026, 2, 25)),
                new java.math.BigDecimal("2300"), new java.math.BigDecimal("40"), "5%");
        mvc.perform(filing(bad, text(), scan()).with(ENTERPRISE_A))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[*].field", hasItem("vote.inFavour")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("endsOn")))
                .andExpect(jsonPath("$.detail", containsString("过半数")))
                .andExpect(jsonPath("$.detail", containsString("第三十八条")));
        mvc.perform(multipart("/api/contracts/filings").file(text()).with(ENTERPRISE_A))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("filing"));
        mvc.perform(filing(ContractDriver.contract(java.time.LocalDate.of(2026, 2, 27)), text()).with(ENTERPRISE_A))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("scan"))
                .andExpect(jsonPath("$.errors[0].message").value("请上传双方首席代表签字的合同文本扫描件"));
        // a date that is no date, a kind that is none: 400 naming the field, never a 500
        mvc.perform(multipart("/api/contracts/filings").file(new MockMultipartFile("filing", "", "application/json",
                        "{\"contract\":{\"kind\":\"BOGUS\",\"signedOn\":\"2026-02-30\"}}".getBytes(StandardCharsets.UTF_8)))
                        .file(text()).file(scan()).with(ENTERPRISE_A))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").exists());
    }

    @Test
    void onlyAPdfOrAnImageOfAtMostTenMegabytesIsTaken_whateverItsNameSays() throws Exception {
        MockMultipartFile exe = new MockMultipartFile("text", "合同.pdf", "application/pdf",
                "MZ\u0090\u0000 not a pdf".getBytes(StandardCharsets.ISO_8859_1));
        mvc.perform(filing(ContractDriver.contract(java.time.LocalDate.of(2026, 2, 27)), exe, scan()).with(ENTERPRISE_A))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("text"))
                .andExpect(jsonPath("$.errors[0].message").value("集体合同文本应为PDF文件或PNG、JPEG图片"));
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(ContractDriver.PDF, 0, big, 0, ContractDriver.PDF.length);
        mvc.perform(filing(ContractDriver.contract(java.time.LocalDate.of(2026, 2, 27)),
                        new MockMultipartFile("text", "大文件.pdf", "application/pdf", big), scan()).with(ENTERPRISE_A))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].message", containsString("不能超过10MB")));
    }

    @Test
    void aDocumentIsServedToThoseWhoSeeItsFiling_inlineOrAsADownload_andToNobodyElse() throws Exception {
        String caseNo = fileAsA();
        long id = contracts.documents(caseNo).get(0).id();

        mvc.perform(get("/api/contracts/documents/" + id).with(ENTERPRISE_A)).andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("inline")))
                .andExpect(header().string("Content-Disposition", containsString("filename*=UTF-8''")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(content().bytes(ContractDriver.PDF));
        mvc.perform(get("/api/contracts/documents/" + id + "?download=true").with(httpBasic("bureau1", "demo")))
                .andExpect(status().isOk()).andExpect(header().string("Content-Disposition", containsString("attachment")));
        mvc.perform(get("/api/contracts/documents/" + id).with(ENTERPRISE_B)).andExpect(status().isNotFound());
        mvc.perform(get("/api/contracts/documents/" + id).with(httpBasic("bureau2", "demo"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/contracts/filings/" + caseNo).with(httpBasic("bureau2", "demo"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/contracts/filings/" + caseNo).with(httpBasic("bureau0", "demo"))).andExpect(status().isOk());
        mvc.perform(get("/api/contracts/documents/" + (id + 100000)).with(ENTERPRISE_A)).andExpect(status().isNotFound());
        // re-filing someone else's contract: to them it does not exist
        mvc.perform(multipart("/api/contracts/filings/" + caseNo + "/versions")
                        .file(filingPart(ContractDriver.contract(java.time.LocalDate.of(2026, 2, 27)))).file(text()).file(scan())
                        .with(ENTERPRISE_B))
                .andExpect(status().isNotFound());
        // one's own, while under review: a conflict
        mvc.perform(multipart("/api/contracts/filings/" + caseNo + "/versions")
                        .file(filingPart(ContractDriver.contract(java.time.LocalDate.of(2026, 2, 27)))).file(text()).file(scan())
                        .with(ENTERPRISE_A))
                .andExpect(status().isConflict());
    }

    @Test
    void onlyEnterprisesFileTheirOwn_andOnlyUnionsFileRegionalOnes() throws Exception {
        mvc.perform(filing(ContractDriver.contract(java.time.LocalDate.of(2026, 2, 27)), text(), scan())
                        .with(httpBasic("bureau1", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(filing(ContractDriver.contract(java.time.LocalDate.of(2026, 2, 27)), text(), scan())
                        .with(httpBasic("union1", "demo")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theFiguresAreForStaff_andSayWhatTheReportSays() throws Exception {
        fileAsA();
        mvc.perform(get("/api/contracts/figures?on=2026-03-02").with(httpBasic("bureau0", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.statement", containsString("全市有效集体合同")))
                .andExpect(jsonPath("$.byKind").isArray());
        mvc.perform(get("/api/contracts/figures").with(httpBasic("inspector1", "demo"))).andExpect(status().isOk());
        mvc.perform(get("/api/contracts/figures").with(ENTERPRISE_A)).andExpect(status().isForbidden());
        mvc.perform(get("/api/contracts/figures?on=someday").with(httpBasic("bureau0", "demo")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("on"));
    }

    /** Our upload page posts with the Tasklist login: with the session's CSRF token only, as the webapps require. */
    @Test
    void theUploadPageUsesTheTasklistLogin_butASessionWithoutItsTokenChangesNothing() {
        String definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(ContractProcess.KEY).latestVersion().singleResult().getId();
        engine.getIdentityService().setAuthentication("enterpriseA", List.of("enterprise", "enterprise" + ContractDriver.MACHINERY));
        String caseNo;
        try {
            var form = new java.util.HashMap<String, Object>(java.util.Map.of("kind", "COMPREHENSIVE",
                    "signedOn", "2026-02-27", "startsOn", "2026-03-01", "endsOn", "2027-02-28", "workersCovered", 320L,
                    "negotiators", ContractDriver.NEGOTIATOR_LINES,
                    "workersChiefIsUnionChair", true, "employerChiefCapacity", "LEGAL_REPRESENTATIVE",
                    "voteTotal", 100L, "votePresent", 80L));
            form.putAll(java.util.Map.of("voteInFavour", 70L, "voteHeldOn", "2026-02-25", "lowestMonthlyWage", 2300.0,
                    "weeklyHours", 40.0, "wageIncrease", "不低于5%"));
            var pi = engine.getFormService().submitStartForm(definition, form);
            caseNo = pi.getBusinessKey();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        WebappSession session = WebappSession.login(http, "enterpriseA", "tasklist");
        var parts = new LinkedMultiValueMap<String, Object>();
        parts.add("purpose", "TEXT");
        HttpHeaders fileHeaders = new HttpHeaders();
        fileHeaders.setContentType(MediaType.APPLICATION_PDF);
        parts.add("file", new HttpEntity<>(new ByteArrayResource(ContractDriver.PDF) {
            @Override
            public String getFilename() {
                return "合同文本.pdf";
            }
        }, fileHeaders));

        assertThat(session.postParts("/api/contracts/filings/" + caseNo + "/documents", parts, false).getStatusCode().value())
                .isEqualTo(401);
        assertThat(contracts.documents(caseNo)).isEmpty();
        var answer = session.postParts("/api/contracts/filings/" + caseNo + "/documents", parts, true);
        assertThat(answer.getStatusCode().value()).isEqualTo(201);
        assertThat(answer.getBody()).contains("合同文本.pdf");
        assertThat(contracts.documents(caseNo)).extracting(ContractDocument::purpose).containsExactly(ContractDocument.Purpose.TEXT);
        assertThat(WebappSession.login(http, "enterpriseB", "tasklist")
                .postParts("/api/contracts/filings/" + caseNo + "/documents", parts, true).getStatusCode().value()).isEqualTo(404);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNo)
                .taskDefinitionKey(Activity.ATTACH_DOCUMENTS).count()).isEqualTo(1);
    }

    /** A browser that once answered a Basic prompt sends the login to this host from any page: not for changes. */
    @Test
    void aChangeFromAnotherSitesPageIsRefused_whateverLoginItCarries() throws Exception {
        mvc.perform(filing(ContractDriver.contract(java.time.LocalDate.of(2026, 2, 27)), text(), scan()).with(ENTERPRISE_A)
                        .header("Sec-Fetch-Site", "cross-site"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail").value("不接受来自其他网站的请求"));
        mvc.perform(filing(ContractDriver.contract(java.time.LocalDate.of(2026, 2, 27)), text(), scan()).with(ENTERPRISE_A)
                        .header("Origin", "https://evil.example"))
                .andExpect(status().isForbidden());
        mvc.perform(filing(ContractDriver.contract(java.time.LocalDate.of(2026, 2, 27)), text(), scan()).with(ENTERPRISE_A)
                        .header("Origin", "null"))
                .andExpect(status().isForbidden());
        // another port of the same host is another origin; the same host and port is ours
        mvc.perform(filing(ContractDriver.contract(java.time.LocalDate.of(2026, 2, 27)), text(), scan()).with(ENTERPRISE_A)
                        .header("Origin", "http://localhost:1234").header("Host", "localhost"))
                .andExpect(status().isForbidden());
        mvc.perform(filing(ContractDriver.contract(java.time.LocalDate.of(2026, 2, 27)), text(), scan()).with(ENTERPRISE_A)
                        .header("Origin", "http://localhost@evil.example").header("Host", "localhost"))
                .andExpect(status().isForbidden());
        mvc.perform(filing(ContractDriver.contract(java.time.LocalDate.of(2026, 2, 27)), text(), scan()).with(ENTERPRISE_A)
                        .header("Origin", "http://localhost").header("Host", "localhost"))
                .andExpect(status().isCreated());
        // our own pages, and clients that are no browser, go on as before
        mvc.perform(filing(ContractDriver.contract(java.time.LocalDate.of(2026, 2, 27)), text(), scan()).with(ENTERPRISE_A)
                        .header("Sec-Fetch-Site", "same-origin"))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/contracts/filings").with(ENTERPRISE_A).header("Sec-Fetch-Site", "cross-site"))
                .andExpect(status().isOk());
    }

    /** Real scans are megabytes: through the server's own filters, up to the 10 MB the page promises. */
    @Test
    void aScanOfSeveralMegabytesIsTaken_overTheServersOwnDoor() throws Exception {
        byte[] scan = new byte[3 * 1024 * 1024];
        System.arraycopy(ContractDriver.PNG, 0, scan, 0, ContractDriver.PNG.length);
        var parts = new LinkedMultiValueMap<String, Object>();
        HttpHeaders jsonHeaders = new HttpHeaders();
        jsonHeaders.setContentType(MediaType.APPLICATION_JSON);
        parts.add("filing", new HttpEntity<>(json.writeValueAsString(java.util.Map.of("contract",
                ContractDriver.contract(java.time.LocalDate.of(2026, 2, 27)))), jsonHeaders));
        parts.add("text", named(ContractDriver.PDF, "合同文本.pdf"));
        parts.add("scan", named(scan, "签字页扫描.png"));
        var answer = http.withBasicAuth("enterpriseA", "demo").postForEntity("/api/contracts/filings",
                new HttpEntity<>(parts, multipartHeaders()), String.class);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(201);
        String caseNo = json.readTree(answer.getBody()).get("caseNo").asText();
        assertThat(contracts.documents(caseNo)).extracting(ContractDocument::sizeBytes).contains(3 * 1024 * 1024);
    }

    private static HttpHeaders multipartHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return headers;
    }

    private static HttpEntity<ByteArrayResource> named(byte[] bytes, String name) {
        return new HttpEntity<>(new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return name;
            }
        });
    }

    @Test
    void aFilingAwaitingItsDocumentsTakesAtMostTenFiles_andATasklistNumberMustBeAWholeNumber() throws Exception {
        String definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(ContractProcess.KEY).latestVersion().singleResult().getId();
        engine.getIdentityService().setAuthentication("enterpriseA", List.of("enterprise", "enterprise" + ContractDriver.MACHINERY));
        try {
            var form = new java.util.HashMap<String, Object>(java.util.Map.of("kind", "COMPREHENSIVE",
                    "signedOn", "2026-02-27", "startsOn", "2026-03-01", "endsOn", "2027-02-28", "workersCovered", 1e12,
                    "negotiators", ContractDriver.NEGOTIATOR_LINES, "workersChiefIsUnionChair", true,
                    "employerChiefCapacity", "LEGAL_REPRESENTATIVE", "voteTotal", 100L, "votePresent", 80L));
            form.putAll(java.util.Map.of("voteInFavour", 70L, "voteHeldOn", "2026-02-25", "lowestMonthlyWage", 2300.0,
                    "weeklyHours", 40.0, "wageIncrease", "不低于5%"));
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> engine.getFormService().submitStartForm(definition, form))
                    .hasMessageContaining("应为整数");
            form.put("workersCovered", 320L);
            form.put("voteInFavour", 40L);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> engine.getFormService().submitStartForm(definition, form))
                    .isInstanceOfSatisfying(org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException.class,
                            e -> assertThat(e.getMessage()).contains("voteInFavour").doesNotContain("vote.inFavour"));
            form.put("voteInFavour", 70L);
            String caseNo = engine.getFormService().submitStartForm(definition, form).getBusinessKey();
            for (int i = 0; i < ContractIntake.MOST_DOCUMENTS; i++) {
                mvc.perform(multipart("/api/contracts/filings/" + caseNo + "/documents").file(
                                new MockMultipartFile("file", "第" + i + "页.pdf", "application/pdf", ContractDriver.PDF))
                                .param("purpose", "SCAN").with(ENTERPRISE_A))
                        .andExpect(status().isCreated());
            }
            mvc.perform(multipart("/api/contracts/filings/" + caseNo + "/documents").file(
                            new MockMultipartFile("file", "多余.pdf", "application/pdf", ContractDriver.PDF))
                            .param("purpose", "SCAN").with(ENTERPRISE_A))
                    .andExpect(status().isConflict()).andExpect(jsonPath("$.detail", containsString("最多上传10个文件")));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }
}
