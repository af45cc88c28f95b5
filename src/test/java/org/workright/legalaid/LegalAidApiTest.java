package org.workright.legalaid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.workright.ProcessClock;
import org.workright.WorkRightTest;
import org.workright.people.ResidentIdNumber;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The legal-aid REST endpoints, including every kind of bad input and every role at the door. */
@WorkRightTest
class LegalAidApiTest {

    @RegisterExtension
    static final ProcessClock clock = ProcessClock.at("2026-01-05T10:00:00+08:00");

    private static final String APPLY = "/api/public/legal-aid/applications";
    private static final String STATUS = "/api/public/legal-aid/status";
    private static final RequestPostProcessor OFFICE = httpBasic("office1", "demo");
    private static final RequestPostProcessor LAWYER = httpBasic("lawyer2", "demo");
    private static final RequestPostProcessor ENTERPRISE = httpBasic("enterpriseA", "demo");

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TaskService tasks;

    @BeforeEach
    void fixClock() {
        // the fixtures' dates are relative to Monday 5 January 2026, not to the day the build runs
    }

    @Test
    void aWorkerAppliesWithoutAnAccountAndChecksStatusWithTheAccessCode() throws Exception {
        JsonNode submission = apply(TestApplications.wageClaim().build());

        assertThat(submission.get("caseNo").asText()).matches("LA-\\d{4}-\\d{5}");
        assertThat(submission.get("accessCode").asText()).matches("[2-9A-HJ-NP-Z]{8}");
        checkStatus(submission.get("caseNo").asText(), submission.get("accessCode").asText().toLowerCase())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPLIED"))
                .andExpect(jsonPath("$.statusLabel").value("已受理申请，待审查"))
                .andExpect(jsonPath("$.letters").isEmpty());
    }

    /** Typed off the receipt: the case number and the code in any letter case, with spaces. */
    @Test
    void theStatusAcceptsTheNumberAndCodeInAnyLetterCase() throws Exception {
        JsonNode submission = apply(TestApplications.wageClaim().build());
        String caseNo = submission.get("caseNo").asText();

        checkStatus(" " + caseNo.toLowerCase().replace("-", " - "), submission.get("accessCode").asText().toLowerCase())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.caseNo").value(caseNo));
    }

    @Test
    void aDoubleSubmissionOfOneFormIsRefusedAndNamesTheCaseAlreadyOpened() throws Exception {
        String body = json.writeValueAsString(TestApplications.wageClaim().build());
        String key = java.util.UUID.randomUUID().toString();
        String caseNo = json.readTree(mvc.perform(post(APPLY).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("caseNo").asText();
        long before = caseCount();

        mvc.perform(post(APPLY).header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString(caseNo)));
        assertThat(caseCount()).isEqualTo(before);
        // without the form's key nothing about earlier applications is revealed: a new case opens
        mvc.perform(post(APPLY).contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated());
        mvc.perform(post(APPLY).header("Idempotency-Key", "x".repeat(65)).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
    }

    @Test
    void anUrgentApplicationWaitsForTheOfficeToConfirmIt() throws Exception {
        JsonNode submission = apply(TestApplications.wageClaim().proceduralDeadline(java.time.LocalDate.of(2026, 1, 8)).build());

        assertThat(submission.get("status").asText()).isEqualTo("APPLIED");
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(submission.get("caseNo").asText()).singleResult()
                .getTaskDefinitionKey()).isEqualTo("Task_ConfirmUrgentAid");
    }

    @Test
    void aWrongAccessCodeAndAnUnknownCaseGetTheSameNotFound() throws Exception {
        String caseNo = apply(TestApplications.wageClaim().build()).get("caseNo").asText();

        for (String[] attempt : new String[][] {{caseNo, "WRONG234"}, {"LA-1999-99999", "WRONG234"}}) {
            checkStatus(attempt[0], attempt[1])
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail").value(containsString("案件编号或查询码不正确")))
                    .andExpect(jsonPath("$.errors[0].field").value("accessCode"));
        }
    }

    @Test
    void theWorkerOpensTheLettersSentToThemWithTheAccessCode() throws Exception {
        JsonNode submission = apply(TestApplications.wageClaim().build());
        String caseNo = submission.get("caseNo").asText();
        String code = submission.get("accessCode").asText();
        completeTask(caseNo, Map.of("complete", false, "missingItems", "劳动合同"));
        JsonNode status = json.readTree(checkStatus(caseNo, code).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        JsonNode notice = status.get("letters").get(0);
        assertThat(notice.get("title").asText()).isEqualTo("补充材料通知书");
        long id = notice.get("id").asLong();

        mvc.perform(openLetter(caseNo, code, String.valueOf(id)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(header().string("Content-Security-Policy", containsString("default-src 'none'")))
                .andExpect(content().string(containsString(notice.get("number").asText())))
                .andExpect(content().string(containsString("劳动合同")));
    }

    @Test
    void aLetterOpensOnlyWithTheRightCodeAndOnlyForItsOwnCase() throws Exception {
        JsonNode mine = apply(TestApplications.wageClaim().build());
        JsonNode other = apply(TestApplications.wageClaim().build());
        completeTask(other.get("caseNo").asText(), Map.of("complete", false, "missingItems", "劳动合同"));
        long othersLetter = json.readTree(checkStatus(other.get("caseNo").asText(), other.get("accessCode").asText())
                .andReturn().getResponse().getContentAsString()).get("letters").get(0).get("id").asLong();

        mvc.perform(openLetter(other.get("caseNo").asText(), "WRONG234", String.valueOf(othersLetter)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.errors[0].field").value("accessCode"));
        // my own valid code does not open somebody else's letter by guessing its id
        mvc.perform(openLetter(mine.get("caseNo").asText(), mine.get("accessCode").asText(), String.valueOf(othersLetter)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("letterId"));
        mvc.perform(openLetter(mine.get("caseNo").asText(), "", String.valueOf(othersLetter)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("accessCode")));
        mvc.perform(openLetter(mine.get("caseNo").asText(), mine.get("accessCode").asText(), "abc"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("letterId")));
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder openLetter(
            String caseNo, String accessCode, String letterId) {
        return post("/api/public/legal-aid/letters").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .accept(MediaType.TEXT_HTML, MediaType.ALL)
                .param("caseNo", caseNo).param("accessCode", accessCode).param("letterId", letterId);
    }

    @Test
    void aStatusCheckWithoutItsFieldsNamesThem() throws Exception {
        mvc.perform(post(STATUS).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("caseNo")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("accessCode")));
    }

    @Test
    void anInvalidIdNumberIsRejectedAndNothingIsWritten() throws Exception {
        long before = caseCount();
        TestApplications application = TestApplications.wageClaim();
        application.idNumber = "110105194912310021";

        postApplication(application.build())
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("idNumber"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("身份证号码无效")));
        assertThat(caseCount()).isEqualTo(before);
    }

    /** A union's own code, valid by GB 32100 and GB 11714 (category 8, union). */
    static final String UNION_CODE = "81530102MA6P3K2L6B";

    @Test
    void aUnionOrganisationAppliesWithItsCreditCodeAndIsNotMeansTested() throws Exception {
        String caseNo = apply(TestApplications.wageClaim().unionOrganisation("昆明示例机械制造有限公司工会", UNION_CODE)
                .employer("昆明示例机械制造有限公司").build()).get("caseNo").asText();
        completeTask(caseNo, Map.of("complete", true, "seriousInfringement", false));

        var decision = tasks.createTaskQuery().processInstanceBusinessKey(caseNo).singleResult();
        assertThat(tasks.getVariable(decision.getId(), "eligibilityCode")).isEqualTo("UNION_ORGANISATION");
        completeTask(caseNo, Map.of("grantAid", true, "decisionReason", "工会组织合法权益受到侵害"));

        mvc.perform(get("/api/legal-aid/cases/" + caseNo).with(OFFICE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.applicantKind").value("工会组织"))
                .andExpect(jsonPath("$.contactPerson").value("王五"))
                // an organisation's code is public: shown whole
                .andExpect(jsonPath("$.maskedIdNumber").value(UNION_CODE))
                .andExpect(jsonPath("$.perCapitaIncome").doesNotExist());
        String grant = jdbc.sql("select html from letter where case_ref = ? and kind = 'legal-aid.grant'")
                .param(caseNo).query(String.class).single();
        assertThat(grant).contains("你会于").contains("工会组织合法权益受侵害（对方：昆明示例机械制造有限公司）")
                .doesNotContain("之间的工会组织");

    }

    /** State legal aid is for citizens: a union organisation's refusal does not send it there. */
    @Test
    void aRefusedUnionOrganisationIsToldWhereToObject_notSentToTheGovernmentCentre() throws Exception {
        String caseNo = apply(TestApplications.wageClaim().unionOrganisation("某公司工会", UNION_CODE)
                .claim(ClaimType.NON_LABOUR).build()).get("caseNo").asText();
        completeTask(caseNo, Map.of("complete", true, "seriousInfringement", false));
        completeTask(caseNo, Map.of("grantAid", false, "decisionReason", "申请事项不属于工会法律援助范围"));

        String refusal = jdbc.sql("select html from letter where case_ref = ? and kind = 'legal-aid.refusal'")
                .param(caseNo).query(String.class).single();
        assertThat(refusal).contains("你会于").contains("与昆明示例建筑劳务有限公司之间的其他事项")
                .contains("提出异议").doesNotContain("司法行政部门设立的法律援助机构");
    }

    @Test
    void eachApplicantBringsOnlyTheClaimsThatAreTheirs() throws Exception {
        long before = caseCount();
        postApplication(TestApplications.wageClaim().claim(ClaimType.UNION_WORK_RETALIATION).build())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("claimType"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("应由工会工作者本人申请")));
        postApplication(TestApplications.wageClaim().unionOrganisation("某工会", UNION_CODE)
                .claim(ClaimType.WAGE_ARREARS).build())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("claimType"));
        postApplication(TestApplications.wageClaim().claim(ClaimType.UNION_ORGANISATION_RIGHTS).build())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("应由工会组织申请")));
        assertThat(caseCount()).isEqualTo(before);
    }

    @Test
    void anOrganisationNeedsAValidCodeAndAContactPersonAndAPersonTheirMeans() throws Exception {
        TestApplications organisation = TestApplications.wageClaim().unionOrganisation("某工会", "81530102MA6P3K2L6C");
        organisation.contactPerson = " ";
        postApplication(organisation.build())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("idNumber")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("contactPerson")))
                .andExpect(jsonPath("$.errors[*].message").value(hasItem(containsString("统一社会信用代码校验位不正确"))));
        // a person's resident ID is not an organisation's code, and the other way round
        TestApplications person = TestApplications.wageClaim();
        person.idNumber = UNION_CODE;
        person.perCapitaIncome = null;
        person.migrantWorker = null;
        postApplication(person.build())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("idNumber")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("perCapitaIncome")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("migrantWorker")));
    }

    @Test
    void aUnionOfficerPenalisedForUnionWorkIsNotMeansTested() throws Exception {
        String caseNo = apply(TestApplications.wageClaim().unionOfficer().claim(ClaimType.UNION_WORK_RETALIATION)
                .income("99999").build()).get("caseNo").asText();
        completeTask(caseNo, Map.of("complete", true, "seriousInfringement", false));

        var decision = tasks.createTaskQuery().processInstanceBusinessKey(caseNo).singleResult();
        assertThat(tasks.getVariable(decision.getId(), "eligibilityCode")).isEqualTo("UNION_WORK_RETALIATION");
        assertThat((String) tasks.getVariable(decision.getId(), "caseSummary")).contains("（工会工作者）");
    }

    @Test
    void missingFieldsAreAllNamed() throws Exception {
        mvc.perform(post(APPLY).contentType(MediaType.APPLICATION_JSON).content("{\"applicantName\":\"李四\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("idNumber")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("employerName")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("claimType")))
                .andExpect(jsonPath("$.errors[*].field").value(not(hasItem("applicantName"))));
    }

    @Test
    void leavingTheJobRequiresTheDateOfLeaving() throws Exception {
        TestApplications application = TestApplications.wageClaim();
        application.leftEmploymentOn = null;

        postApplication(application.build())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("leftEmploymentOn"))
                .andExpect(jsonPath("$.errors[0].message").value("已离职的，请填写离职日期"));
    }

    @Test
    void malformedValuesAreNamed() throws Exception {
        Map<String, String> cases = Map.of(
                "claimType", "\"BRIBERY\"",
                "infringementKnownOn", "\"5 January 2026\"",
                "perCapitaIncome", "\"a lot\"",
                // more digits than the case record holds
                "claimAmount", "1000000000000000");
        for (var entry : cases.entrySet()) {
            String body = json.writeValueAsString(TestApplications.wageClaim().build())
                    .replaceFirst("\"" + entry.getKey() + "\":[^,}]*", "\"" + entry.getKey() + "\":" + entry.getValue());
            mvc.perform(post(APPLY).contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value(entry.getKey()));
        }
        String income = json.writeValueAsString(TestApplications.wageClaim().build())
                .replaceFirst("\"perCapitaIncome\":[^,}]*", "\"perCapitaIncome\":99999999999999999");
        mvc.perform(post(APPLY).contentType(MediaType.APPLICATION_JSON).content(income))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("perCapitaIncome"));
        mvc.perform(post(APPLY).contentType(MediaType.APPLICATION_JSON).content("{\"applicantName\":"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void officeStaffSeeCasesWithTheIdNumberMasked() throws Exception {
        LegalAidApplication application = TestApplications.wageClaim().build();
        String caseNo = apply(application).get("caseNo").asText();

        mvc.perform(get("/api/legal-aid/cases").with(OFFICE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].caseNo").value(hasItem(caseNo)));
        mvc.perform(get("/api/legal-aid/cases/" + caseNo).with(OFFICE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.maskedIdNumber").value(ResidentIdNumber.mask(application.idNumber())))
                .andExpect(content().string(not(containsString(application.idNumber()))));
    }

    @Test
    void aLawyerSeesOnlyTheirOwnCases() throws Exception {
        String caseNo = apply(TestApplications.wageClaim().build()).get("caseNo").asText();

        mvc.perform(get("/api/legal-aid/cases").with(LAWYER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].caseNo").value(not(hasItem(caseNo))));
        mvc.perform(get("/api/legal-aid/cases/" + caseNo).with(LAWYER)).andExpect(status().isNotFound());
        mvc.perform(get("/api/cases/" + caseNo + "/letters").with(LAWYER)).andExpect(status().isNotFound());
    }

    @Test
    void enterprisesAndAnonymousUsersAreKeptOut() throws Exception {
        mvc.perform(get("/api/legal-aid/cases").with(ENTERPRISE))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/legal-aid/cases"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("Basic")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        // office2, not office1: Camunda delays a user's next login after a failed one
        mvc.perform(get("/api/legal-aid/cases").with(httpBasic("office2", "wrong"))).andExpect(status().isUnauthorized());
        mvc.perform(get("/v3/api-docs")).andExpect(status().isUnauthorized());
        mvc.perform(get("/v3/api-docs").with(OFFICE)).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/public/legal-aid/applications']").exists());
    }

    @Test
    void officeStaffIssueANewAccessCodeAndTheOldOneStopsWorking() throws Exception {
        JsonNode submission = apply(TestApplications.wageClaim().build());
        String caseNo = submission.get("caseNo").asText();

        String fresh = json.readTree(mvc.perform(post("/api/legal-aid/cases/" + caseNo + "/access-code").with(OFFICE))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).get("accessCode").asText();

        checkStatus(caseNo, fresh).andExpect(status().isOk());
        checkStatus(caseNo, submission.get("accessCode").asText()).andExpect(status().isNotFound());
        mvc.perform(post("/api/legal-aid/cases/" + caseNo + "/access-code").with(LAWYER)).andExpect(status().isForbidden());
        mvc.perform(post("/api/legal-aid/cases/LA-1999-99999/access-code").with(OFFICE)).andExpect(status().isNotFound());
    }

    @Test
    void lettersAreListedPrintableAndPubliclyVerifiable() throws Exception {
        JsonNode submission = apply(TestApplications.wageClaim().claim(ClaimType.NON_LABOUR).build());
        String caseNo = submission.get("caseNo").asText();
        completeTask(caseNo, Map.of("complete", true, "seriousInfringement", false));
        completeTask(caseNo, Map.of("grantAid", false, "decisionReason", "不属于劳动争议"));

        JsonNode list = json.readTree(mvc.perform(get("/api/cases/" + caseNo + "/letters").with(OFFICE))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(list).hasSize(1);
        JsonNode letter = list.get(0);
        assertThat(letter.get("title").asText()).isEqualTo("不予法律援助决定书");
        assertThat(letter.has("html")).isFalse();

        mvc.perform(get("/api/letters/" + letter.get("id").asLong() + "/html").with(OFFICE))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(header().string("X-Letter-SHA256", letter.get("sha256").asText()))
                .andExpect(content().string(containsString(letter.get("number").asText())));
        mvc.perform(get("/api/letters/999999").with(OFFICE)).andExpect(status().isNotFound());

        String number = letter.get("number").asText();
        mvc.perform(get("/api/public/letters/verify").param("number", number))
                .andExpect(status().isOk()).andExpect(jsonPath("$.title").value("不予法律援助决定书"))
                .andExpect(jsonPath("$.sha256").doesNotExist());
        mvc.perform(get("/api/public/letters/verify").param("number", number).param("sha256", letter.get("sha256").asText()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.genuine").value(true))
                .andExpect(content().string(not(containsString("李四"))));
        mvc.perform(get("/api/public/letters/verify").param("number", number).param("sha256", "0".repeat(64)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.genuine").value(false))
                .andExpect(jsonPath("$.sha256").doesNotExist());
        mvc.perform(get("/api/public/letters/verify").param("number", number.replace('〔', '[').replace('〕', ']')))
                .andExpect(status().isOk()).andExpect(jsonPath("$.number").value(number));
        mvc.perform(get("/api/public/letters/verify").param("number", "昆工法援〔1999〕第9999号"))
                .andExpect(status().isNotFound());

        checkStatus(caseNo, submission.get("accessCode").asText())
                .andExpect(jsonPath("$.status").value("REFUSED"))
                .andExpect(jsonPath("$.letters[0].number").value(number));
    }

    // --- helpers ---

    private JsonNode apply(LegalAidApplication application) throws Exception {
        String body = postApplication(application).andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/legal-aid/cases/LA-")))
                .andReturn().getResponse().getContentAsString();
        return json.readTree(body);
    }

    private ResultActions postApplication(LegalAidApplication application) throws Exception {
        return mvc.perform(post(APPLY).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(application)));
    }

    private ResultActions checkStatus(String caseNo, String accessCode) throws Exception {
        return mvc.perform(post(STATUS).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("caseNo", caseNo, "accessCode", accessCode))));
    }

    private void completeTask(String caseNo, Map<String, Object> variables) {
        tasks.complete(tasks.createTaskQuery().processInstanceBusinessKey(caseNo).singleResult().getId(), variables);
    }

    private long caseCount() {
        return jdbc.sql("select count(*) from legal_aid_case").query(Long.class).single();
    }
}
