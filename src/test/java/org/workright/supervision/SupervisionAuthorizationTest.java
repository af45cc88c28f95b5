package org.workright.supervision;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.workright.supervision.SupervisionModule.INSPECTORS;
import static org.workright.supervision.SupervisionModule.LABOUR_BUREAU;
import static org.workright.supervision.SupervisionModule.LEADS;
import static org.workright.system.AuthorizationTable.ADMIN;
import static org.workright.system.AuthorizationTable.ANONYMOUS;
import static org.workright.system.AuthorizationTable.ENTERPRISE;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.workright.ProcessClock;
import org.workright.WorkRightTest;
import org.workright.letters.LetterService;
import org.workright.system.AuthorizationTable;

/** Who gets what from supervision's endpoints and letters: one row a request, every role a column. */
@WorkRightTest
class SupervisionAuthorizationTest {

    @RegisterExtension
    static final ProcessClock clock = ProcessClock.at("2025-09-26T10:00:00+08:00");

    @Autowired
    TestRestTemplate http;
    @Autowired
    ProcessEngine engine;
    @Autowired
    LetterService letters;

    @Test
    void everyRoleGetsTheAnswerTheTableSays() {
        init(engine);
        SupervisionDriver driver = new SupervisionDriver(engine);
        // a notice served on enterpriseA's enterprise (昆明示例机械制造有限公司)
        ProcessInstance pi = driver.noticeServed(driver.register(SupervisionDriver.MACHINERY, false), "2025-09-26");
        String caseNo = driver.caseNo(pi);
        long notice = letters.findIssued(caseNo, "notice").orElseThrow().id();
        String reply = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult().getId();

        new AuthorizationTable()
                .request("GET /api/supervision/cases")
                        .answers(200, INSPECTORS, LEADS, LABOUR_BUREAU, ADMIN).answers(401, ANONYMOUS).othersGet(403)
                // the labour department sees a case once a 建议书 reaches it, not before
                .request("GET /api/supervision/cases/" + caseNo)
                        .answers(200, INSPECTORS, LEADS, ADMIN).answers(404, LABOUR_BUREAU).answers(401, ANONYMOUS)
                        .othersGet(403)
                // the workspace answers as the case API does: the bureau sees a case only once referred
                .request("GET /api/workspace/cases/" + caseNo)
                        .answers(200, INSPECTORS, LEADS, ADMIN).answers(403, ENTERPRISE).answers(401, ANONYMOUS)
                        .othersGet(404)
                .request("GET /api/cases/" + caseNo + "/letters")
                        .answers(200, INSPECTORS, LEADS, ADMIN).answers(403, ENTERPRISE).answers(401, ANONYMOUS)
                        .othersGet(404)
                .request("GET /api/letters/" + notice + "/html")
                        .answers(200, INSPECTORS, LEADS, ADMIN).answers(403, ENTERPRISE).answers(401, ANONYMOUS)
                        .othersGet(404)
                // the 监督证 register is kept by the leads (an empty entry is refused as such: 400)
                .request("GET /api/supervision/inspector-certificates")
                        .answers(200, LEADS, ADMIN).answers(401, ANONYMOUS).othersGet(403)
                .request("PUT /api/supervision/inspector-certificates/inspector3")
                        .answers(400, LEADS, ADMIN).answers(401, ANONYMOUS).othersGet(403)
                // the roster an investigation's team is picked from (numbers for the leads only, see SupervisionApiTest)
                .request("GET /api/supervision/inspectors")
                        .answers(200, INSPECTORS, LEADS, ADMIN).answers(401, ANONYMOUS).othersGet(403)
                // a draft 意见书 for its approver: there is none once the notice is issued
                .request("GET /api/supervision/cases/" + caseNo + "/notice-preview")
                        .answers(404, INSPECTORS, LEADS, ADMIN).answers(401, ANONYMOUS).othersGet(403)
                // the register the pickers search
                .request("GET /api/enterprises?q=%E7%A4%BA%E4%BE%8B&limit=5")
                        .answers(403, ENTERPRISE).answers(401, ANONYMOUS).othersGet(200)
                // what a step led to: only for whoever took it (here nobody logged in took the reply)
                .request("GET /api/workspace/outcome?task=" + reply)
                        .answers(401, ANONYMOUS).othersGet(404)
                // the enterprise reads the notice served on it, through its own door only
                .request("GET /api/enterprise/letters/" + notice + "/html")
                        .answers(200, ENTERPRISE).answers(401, ANONYMOUS).othersGet(403)
                // the reply task: the inspectors (who may enter a reply sent on paper) work on it beside
                // the enterprise, which reaches the engine only through Tasklist's own API (see
                // EnterpriseIsolationTest), never through /engine-rest. A complete with nothing in it
                // reaches the form check (400); strangers cannot find the task (404) nor work on it (403)
                .request("GET /engine-rest/task/" + reply)
                        .answers(200, INSPECTORS, LEADS, ADMIN).answers(403, ENTERPRISE).answers(401, ANONYMOUS)
                        .othersGet(404)
                .request("POST /engine-rest/task/" + reply + "/complete")
                        .answers(400, INSPECTORS, LEADS, ADMIN).answers(401, ANONYMOUS).othersGet(403)
                // the case in the engine
                .request("GET /engine-rest/process-instance/" + pi.getId())
                        .answers(200, INSPECTORS, LEADS, ADMIN).answers(403, ENTERPRISE).answers(401, ANONYMOUS)
                        .othersGet(404)
                .request("GET /engine-rest/process-instance/" + pi.getId() + "/variables")
                        .answers(200, INSPECTORS, LEADS, ADMIN).answers(401, ANONYMOUS).othersGet(403)
                .walk(http);
    }
}
