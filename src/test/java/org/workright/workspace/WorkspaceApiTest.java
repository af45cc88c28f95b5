package org.workright.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.workright.ProcessClock;
import org.workright.WorkRightTest;
import org.workright.legalaid.LegalAidIntake;
import org.workright.legalaid.TestApplications;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The case workspace's data: found by number or name, paged in the database, scoped like the case APIs. */
@WorkRightTest
class WorkspaceApiTest {

    @RegisterExtension
    static final ProcessClock clock = ProcessClock.at("2026-01-05T10:00:00+08:00");

    private static final RequestPostProcessor OFFICE = httpBasic("office1", "demo");
    private static final RequestPostProcessor LAWYER = httpBasic("lawyer2", "demo");
    private static final RequestPostProcessor BUREAU = httpBasic("reviewer1", "demo");
    private static final RequestPostProcessor ENTERPRISE = httpBasic("enterpriseA", "demo");

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    LegalAidIntake intake;
    @Autowired
    TaskService tasks;

    /** The search, with its parameters as name, value, name, value... */
    private JsonNode find(RequestPostProcessor user, String... params) throws Exception {
        var request = get("/api/workspace/cases").with(user);
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return json.readTree(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    @Test
    void officeStaffFindACaseByItsNumberInAnyLetterCase_andSeeItsLettersTasksAndTimeline() throws Exception {
        String caseNo = intake.submit(TestApplications.wageClaim().employer("昆明工作台测试有限公司").build()).caseNo();
        String typed = caseNo.toLowerCase().replace("-", " - ");

        JsonNode found = find(OFFICE, "q", typed);
        assertThat(found.get("total").asLong()).isEqualTo(1);
        assertThat(found.at("/rows/0/caseRef").asText()).isEqualTo(caseNo);
        assertThat(found.at("/rows/0/title").asText()).contains("昆明工作台测试有限公司").contains("追索劳动报酬");
        assertThat(found.at("/rows/0/statusLabel").asText()).isNotBlank().doesNotContainPattern("[A-Z_]{4,}");
        // by the employer's name too
        assertThat(find(OFFICE, "q", "工作台测试").get("total").asLong()).isEqualTo(1);

        // the completeness check is done: the case now has a timeline step and an open decision task
        String check = tasks.createTaskQuery().processInstanceBusinessKey(caseNo).singleResult().getId();
        tasks.setAssignee(check, "office1");
        tasks.complete(check, Map.of("complete", true, "seriousInfringement", false));
        String decide = tasks.createTaskQuery().processInstanceBusinessKey(caseNo).singleResult().getId();
        tasks.complete(decide, Map.of("grantAid", false, "decisionReason", "申请人经济状况不符合困难标准"));

        JsonNode page = json.readTree(mvc.perform(get("/api/workspace/cases/" + caseNo.toLowerCase()).with(OFFICE))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.get("process").asText()).isEqualTo("工会法律援助");
        assertThat(page.at("/sections/0/title").asText()).isEqualTo("申请人");
        assertThat(page.toString()).contains("*****").doesNotContain(TestApplications.wageClaim().build().idNumber());
        assertThat(page.at("/letters/0/title").asText()).isEqualTo("不予法律援助决定书");
        assertThat(page.at("/letters/0/link").asText()).startsWith("/api/letters/");
        assertThat(page.get("timeline").findValuesAsText("name")).contains("审查申请材料", "作出援助决定");
        // who did it, by name as Tasklist shows them
        assertThat(page.get("timeline").findValuesAsText("by")).contains("王芳（法律援助中心）");
    }

    @Autowired
    org.camunda.bpm.engine.ProcessEngine engine;

    /** After 完成 and 启动流程 Tasklist says what came of it: only to whoever took the step. */
    @Test
    void theOneWhoTookAStepIsToldItsCaseAndTheLetterItIssued_nobodyElse() throws Exception {
        String caseNo = intake.submit(TestApplications.wageClaim().build()).caseNo();
        var identity = engine.getIdentityService();
        String check = tasks.createTaskQuery().processInstanceBusinessKey(caseNo).singleResult().getId();
        tasks.setAssignee(check, "office1");
        identity.setAuthentication("office1", java.util.List.of("legalAidOffice"));
        try {
            tasks.complete(check, Map.of("complete", true, "seriousInfringement", false));
        } finally {
            identity.clearAuthentication();
        }
        clock.moveTo("2026-01-05T10:20:00+08:00");
        String decide = tasks.createTaskQuery().processInstanceBusinessKey(caseNo).singleResult().getId();
        tasks.setAssignee(decide, "office1");
        identity.setAuthentication("office1", java.util.List.of("legalAidOffice"));
        try {
            tasks.complete(decide, Map.of("grantAid", false, "decisionReason", "申请人经济状况不符合困难标准"));
        } finally {
            identity.clearAuthentication();
        }

        JsonNode outcome = json.readTree(mvc.perform(get("/api/workspace/outcome").param("task", decide).with(OFFICE))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(outcome.get("caseRef").asText()).isEqualTo(caseNo);
        assertThat(outcome.get("caseLink").asText()).isEqualTo("/workspace/case.html?ref=" + caseNo);
        assertThat(outcome.get("step").asText()).isEqualTo("作出援助决定");
        // the decision this step issued, and not the earlier letters of the case
        assertThat(outcome.get("letters").findValuesAsText("title")).containsExactly("不予法律援助决定书");
        assertThat(outcome.at("/letters/0/number").asText()).contains("〔2026〕");
        // the letter to keep: the archived bytes, saved under its number
        String link = outcome.at("/letters/0/link").asText();
        var kept = mvc.perform(get(link).param("download", "true").with(OFFICE)).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Content-Disposition", org.hamcrest.Matchers.allOf(
                                org.hamcrest.Matchers.startsWith("attachment"),
                                org.hamcrest.Matchers.containsString(".html"))))
                .andReturn().getResponse();
        assertThat(kept.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(mvc.perform(get(link).with(OFFICE)).andReturn().getResponse()
                        .getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(kept.getHeader("Content-Disposition")).contains("filename*=UTF-8''");
        // the completeness check issued nothing
        JsonNode earlier = json.readTree(mvc.perform(get("/api/workspace/outcome").param("task", check).with(OFFICE))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(earlier.get("letters")).isEmpty();

        // someone else learns nothing of it, nor of an unknown task
        mvc.perform(get("/api/workspace/outcome").param("task", decide).with(LAWYER)).andExpect(status().isNotFound());
        mvc.perform(get("/api/workspace/outcome").param("task", decide).with(ENTERPRISE)).andExpect(status().isNotFound());
        mvc.perform(get("/api/workspace/outcome").param("task", "no-such-task").with(OFFICE))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/workspace/outcome").with(OFFICE)).andExpect(status().isBadRequest());
        // an open task has no outcome yet
        String next = tasks.createTaskQuery().processInstanceBusinessKey(caseNo).list().stream().findFirst()
                .map(org.camunda.bpm.engine.task.Task::getId).orElse("none");
        mvc.perform(get("/api/workspace/outcome").param("task", next).with(OFFICE)).andExpect(status().isNotFound());
    }

    @Test
    void whoeverStartedACaseIsToldItsNumber() throws Exception {
        var identity = engine.getIdentityService();
        identity.setAuthentication("inspector1", java.util.List.of("inspectors"));
        org.camunda.bpm.engine.runtime.ProcessInstance pi;
        try {
            pi = new org.workright.supervision.SupervisionDriver(engine)
                    .register(org.workright.supervision.SupervisionDriver.MACHINERY, false);
        } finally {
            identity.clearAuthentication();
        }
        JsonNode outcome = json.readTree(mvc.perform(get("/api/workspace/outcome").param("processInstance", pi.getId())
                .with(httpBasic("inspector1", "demo"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        assertThat(outcome.get("caseRef").asText())
                .isEqualTo(new org.workright.supervision.SupervisionDriver(engine).caseNo(pi)).startsWith("SV-");
        mvc.perform(get("/api/workspace/outcome").param("processInstance", pi.getId())
                .with(httpBasic("inspector2", "demo"))).andExpect(status().isNotFound());
    }

    /** The labour bureau sees a case once referred: its steps, not the inspectors' names nor their tasks. */
    @Test
    void theBureauSeesAReferredCasesSteps_notWhoTookThem() throws Exception {
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(engine);
        var driver = new org.workright.supervision.SupervisionDriver(engine);
        var pi = driver.noticeServed(driver.register(org.workright.supervision.SupervisionDriver.MACHINERY, false),
                "2026-01-05");
        String caseNo = driver.caseNo(pi);
        mvc.perform(get("/api/workspace/cases/" + caseNo).with(BUREAU)).andExpect(status().isNotFound());
        // no reply by the deadline: the lead signs the 建议书, and the case goes to the department
        clock.moveTo("2026-02-02T09:00:00+08:00");
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute(
                org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job("Event_ReplyOverdue", pi));
        String sign = tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId();
        tasks.setAssignee(sign, "supervisor1");
        tasks.complete(sign, Map.of("signNote", "同意"));

        JsonNode bureau = json.readTree(mvc.perform(get("/api/workspace/cases/" + caseNo).with(BUREAU))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        JsonNode inspectors = json.readTree(mvc.perform(get("/api/workspace/cases/" + caseNo)
                .with(httpBasic("inspector1", "demo"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());

        assertThat(bureau.get("timeline").findValuesAsText("name")).contains("签发建议书");
        assertThat(bureau.get("timeline").findValues("by")).allMatch(JsonNode::isNull);
        assertThat(bureau.get("enterpriseFiles").asBoolean()).isFalse();
        assertThat(bureau.toString()).doesNotContain("张三").doesNotContain("supervisor1").doesNotContain("郑红");
        // the union side sees who signed, by name, and the complainant
        assertThat(inspectors.get("timeline").findValuesAsText("by")).contains("郑红（监督负责人）");
        assertThat(inspectors.toString()).contains("张三");
    }

    @Test
    void aLawyerFindsOnlyTheirOwnCases_andAnEnterpriseNone() throws Exception {
        String caseNo = intake.submit(TestApplications.wageClaim().employer("昆明工作台律师测试公司").build()).caseNo();

        assertThat(find(LAWYER, "q", caseNo).get("total").asLong()).isZero();
        mvc.perform(get("/api/workspace/cases/" + caseNo).with(LAWYER)).andExpect(status().isNotFound());
        mvc.perform(get("/api/workspace/cases?q=" + caseNo).with(ENTERPRISE)).andExpect(status().isForbidden());
        mvc.perform(get("/api/workspace/cases")).andExpect(status().isUnauthorized());
        // the labour bureau sees no legal-aid case and no supervision case not referred to it
        assertThat(find(BUREAU, "q", caseNo).get("total").asLong()).isZero();
        JsonNode processes = json.readTree(mvc.perform(get("/api/workspace/processes").with(BUREAU))
                .andReturn().getResponse().getContentAsString());
        assertThat(processes.findValuesAsText("title")).containsExactly("劳动法律监督");
    }

    @Test
    void resultsArePagedAndSortedInTheDatabase() throws Exception {
        List<String> mine = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            mine.add(intake.submit(TestApplications.wageClaim().employer("昆明分页测试公司").build()).caseNo());
        }
        JsonNode first = find(OFFICE, "q", "分页测试", "process", "legalaid", "size", "2", "page", "0");
        JsonNode second = find(OFFICE, "q", "分页测试", "process", "legalaid", "size", "2", "page", "1");

        assertThat(first.get("total").asLong()).isEqualTo(3);
        assertThat(first.get("rows")).hasSize(2);
        assertThat(second.get("rows")).hasSize(1);
        // newest first: the last application heads the first page
        assertThat(first.at("/rows/0/caseRef").asText()).isEqualTo(mine.get(2));
        assertThat(second.at("/rows/0/caseRef").asText()).isEqualTo(mine.get(0));
        // by due date: every open task of these cases is due; the nearest comes first
        assertThat(find(OFFICE, "q", "分页测试", "size", "2", "sort", "DUE").get("rows")).hasSize(2);
        mvc.perform(get("/api/workspace/cases?from=2026-02-01&to=2026-01-01").with(OFFICE))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("to"));
        mvc.perform(get("/api/workspace/cases?sort=SIDEWAYS").with(OFFICE)).andExpect(status().isBadRequest());
        // a page deeper than any list is refused, not read
        mvc.perform(get("/api/workspace/cases?page=100000&size=100").with(OFFICE))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("page"));
        mvc.perform(get("/api/workspace/cases?page=21474836&size=100").with(OFFICE)).andExpect(status().isBadRequest());
    }

    @Test
    void theTextIsTakenLiterally_andACodeInAnyLetterCase() throws Exception {
        TestApplications application = TestApplications.wageClaim().employer("昆明示例机械制造有限公司")
                .employerCode("91530111MA6K7XQ34D");
        String caseNo = intake.submit(application.build()).caseNo();

        assertThat(find(OFFICE, "q", "91530111ma6k7xq34d").findValuesAsText("caseRef")).contains(caseNo);
        // % and _ are characters like any other, not wildcards that list everything
        assertThat(find(OFFICE, "q", "%").get("total").asLong()).isZero();
        assertThat(find(OFFICE, "q", "_").get("total").asLong()).isZero();
    }
}
