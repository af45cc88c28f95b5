package org.workright.supervision;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.workright.WorkRightTest;

/** Supervision cases over HTTP, and who may make a user an enterprise's representative. */
@WorkRightTest
class SupervisionApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ProcessEngine engine;
    @Autowired
    InspectorCertificates certificates;

    @org.junit.jupiter.api.AfterEach
    void resetClock() {
        org.camunda.bpm.engine.impl.util.ClockUtil.reset();
    }

    /** The lead approving a 意见书 reads the letter itself first: a draft, unnumbered, not archived. */
    @Test
    void theLeadPreviewsTheDraftNoticeBeforeApprovingIt() throws Exception {
        init(engine);
        SupervisionDriver driver = new SupervisionDriver(engine);
        var pi = driver.register(SupervisionDriver.MACHINERY, false);
        String caseNo = driver.caseNo(pi);
        String preview = "/api/supervision/cases/" + caseNo + "/notice-preview";
        var lead = httpBasic("supervisor1", "demo");
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete(
                org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task(pi),
                java.util.Map.of("accepted", true));
        mvc.perform(get(preview).with(lead)).andExpect(status().isNotFound());
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete(
                org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task(pi),
                SupervisionDriver.investigation("inspector1, inspector2"));
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete(
                org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task(pi),
                java.util.Map.of("requiredCorrection", "补发2025年6月至8月加班工资", "correctionDays", 30));

        String html = mvc.perform(get(preview).with(lead)).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Cache-Control", "no-store"))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(html).contains("草稿预览").contains("（审批后编号）")
                .contains("工会劳动法律监督意见书").contains("昆明示例机械制造有限公司").contains("补发2025年6月至8月加班工资")
                .contains("草稿 不得送达").doesNotContain("公文核验").doesNotContain("（印章）").doesNotContain("张三");
        // nothing issued, nothing numbered
        org.assertj.core.api.Assertions.assertThat(letters.lettersOf(caseNo)).isEmpty();
        for (String outsider : new String[] {"lawyer1", "reviewer1", "enterpriseA"}) {
            mvc.perform(get(preview).with(httpBasic(outsider, "demo"))).andExpect(status().isForbidden());
        }
        // approved and issued: the letter itself is what there is to read
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete(
                org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task(pi), java.util.Map.of("approved", true));
        mvc.perform(get(preview).with(lead)).andExpect(status().isNotFound());
    }

    @Autowired
    org.workright.letters.LetterService letters;

    /** The roster an investigation's team is picked from: names and certificates, for inspectors and leads only. */
    @Test
    void theRosterNamesEveryInspectorWithWhetherTheyMayBePicked() throws Exception {
        mvc.perform(get("/api/supervision/inspectors").with(httpBasic("inspector1", "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == 'inspector2')].name").value(org.hamcrest.Matchers.hasItem("周丽")))
                // a lapsed certificate: listed, not pickable
                .andExpect(jsonPath("$[*].id").value(hasItem("inspector3")))
                .andExpect(jsonPath("$[?(@.certified == true)].id").value(org.hamcrest.Matchers.allOf(
                        hasItem("inspector1"), hasItem("supervisor1"), org.hamcrest.Matchers.not(hasItem("inspector3")))))
                // the numbers are the register's, kept by the leads
                .andExpect(jsonPath("$[?(@.certificateNo)]").isEmpty());
        mvc.perform(get("/api/supervision/inspectors").with(httpBasic("supervisor1", "demo")))
                .andExpect(jsonPath("$[?(@.id == 'supervisor1')].certificateNo")
                        .value(org.hamcrest.Matchers.hasItem("昆工监证〔2020〕第003号")));
        for (String outsider : new String[] {"lawyer1", "office1", "reviewer1"}) {
            mvc.perform(get("/api/supervision/inspectors").with(httpBasic(outsider, "demo")))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/supervision/inspectors").with(httpBasic("enterpriseA", "demo")))
                .andExpect(status().isForbidden());
    }

    @Test
    void inspectorsSeeTheComplainantTheLabourBureauDoesNot() throws Exception {
        init(engine);
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(
                java.time.ZonedDateTime.parse("2025-09-26T10:00:00+08:00").toInstant()));
        SupervisionDriver driver = new SupervisionDriver(engine);
        ProcessInstance pi = driver.register(SupervisionDriver.MACHINERY, false);
        String caseNo = driver.caseNo(pi);

        mvc.perform(get("/api/supervision/cases").with(httpBasic("inspector2", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[*].caseNo").value(hasItem(caseNo)));
        mvc.perform(get("/api/supervision/cases/" + caseNo).with(httpBasic("inspector2", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.complainant").value("张三"));
        // the labour bureau sees a case only once a 建议书 refers it, and never the complainant
        mvc.perform(get("/api/supervision/cases/" + caseNo).with(httpBasic("reviewer1", "demo")))
                .andExpect(status().isNotFound());
        driver.noticeServed(pi, "2025-09-26");
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute(
                org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job(SupervisionProcess.Activity.REPLY_OVERDUE, pi));
        engine.getTaskService().complete(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
                .singleResult().getId(), java.util.Map.of("signNote", "同意"));
        mvc.perform(get("/api/supervision/cases/" + caseNo).with(httpBasic("reviewer1", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.complainant").doesNotExist())
                .andExpect(jsonPath("$.facts").doesNotExist());
        mvc.perform(get("/api/supervision/cases/" + caseNo).with(httpBasic("lawyer3", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/supervision/cases/SV-1999-00001").with(httpBasic("inspector2", "demo")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/cases/" + caseNo + "/letters").with(httpBasic("inspector2", "demo")))
                .andExpect(status().isOk());
        // office1: another test locks office2 out for a while with a wrong password, on purpose
        mvc.perform(get("/api/cases/" + caseNo + "/letters").with(httpBasic("office1", "demo")))
                .andExpect(status().isNotFound());
    }

    @Test
    void onlyAnAdministratorNamesAnEnterprisesRepresentativeAndOnlyForOneEnterprise() throws Exception {
        String body = "{\"userId\":\"enterpriseA\"}";
        mvc.perform(post("/api/enterprises/" + SupervisionDriver.CONSTRUCTION + "/representatives")
                .with(httpBasic("inspector1", "demo")).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/enterprises/" + SupervisionDriver.CONSTRUCTION + "/representatives")
                .with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/enterprises/" + SupervisionDriver.MACHINERY + "/representatives")
                .with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk());
        mvc.perform(post("/api/enterprises/" + SupervisionDriver.MACHINERY + "/representatives")
                .with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("userId"));
        mvc.perform(post("/api/enterprises/" + SupervisionDriver.MACHINERY + "/representatives")
                .with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON).content("{\"userId\":\"nobody\"}"))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.errors[0].field").value("userId"));
        mvc.perform(post("/api/enterprises/" + SupervisionDriver.MACHINERY + "/representatives")
                .with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON).content("{\"userId\":\"inspector1\"}"))
                .andExpect(status().isConflict());
    }

    /** Leads keep the 监督证 register (art 18); an investigation then takes the inspector. */
    @Test
    void aLeadRegistersAnInspectorsCertificate_andBadEntriesAreRefusedNamingTheField() throws Exception {
        var lead = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .httpBasic("supervisor1", "demo");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .put("/api/supervision/inspector-certificates/inspector1").with(lead)
                .contentType("application/json").content("{\"certificateNo\":\"昆工监证〔2025〕第021号\"}"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .put("/api/supervision/inspector-certificates/inspector1").with(lead)
                .contentType("application/json").content("{\"certificateNo\":\" \"}"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                        .jsonPath("$.errors[0].field").value("certificateNo"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .put("/api/supervision/inspector-certificates/lawyer1").with(lead)
                .contentType("application/json").content("{\"certificateNo\":\"昆工监证〔2025〕第022号\"}"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isNotFound());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/api/supervision/inspector-certificates").with(lead))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                        .jsonPath("$[?(@.userId == 'inspector1')].certificateNo").value("昆工监证〔2025〕第021号"))
                // who recorded it, and when, stays on the register
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                        .jsonPath("$[?(@.userId == 'inspector1')].recordedBy").value("supervisor1"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                        .jsonPath("$[?(@.userId == 'inspector1')].recordedAt").isNotEmpty());
        // a number belongs to one inspector, and nobody certifies themselves
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .put("/api/supervision/inspector-certificates/inspector2").with(lead)
                .contentType("application/json").content("{\"certificateNo\":\"昆工监证〔2025〕第021号\"}"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                        .jsonPath("$.errors[0].field").value("certificateNo"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .put("/api/supervision/inspector-certificates/supervisor1")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .httpBasic("supervisor1", "demo"))
                .contentType("application/json").content("{\"certificateNo\":\"昆工监证〔2025〕第023号\"}"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isForbidden());
        // the demo register as it was, for the classes after this one
        certificates.save("inspector1", "昆工监证〔2021〕第001号", null, "demo", null);
    }
}
