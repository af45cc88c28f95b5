package org.workright.democracy;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
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

/**
 * Who gets what from the democracy-check endpoints and letters: one row a request, every role a
 * column. The check is of enterpriseA's enterprise, in 官渡区, whose officer is the role's first demo
 * person; another district's officer is refused in {@link DemocracyApiTest}.
 */
@WorkRightTest
class DemocracyAuthorizationTest {

    @RegisterExtension
    static final ProcessClock clock = ProcessClock.at("2026-03-02T10:00:00+08:00");

    /** 昆明示例机械制造有限公司, enterpriseA's */
    private static final String MACHINERY = "91530111MA6K7XQ34D";
    private static final String INSPECTORS = DemocracyModule.INSPECTORS;

    @Autowired
    TestRestTemplate http;
    @Autowired
    ProcessEngine engine;
    @Autowired
    DemocracyChecks starts;
    @Autowired
    LetterService letters;
    @Autowired
    DemocracyRepository checks;

    @Test
    void everyRoleGetsTheAnswerTheTableSays() {
        init(engine);
        String caseNo = starts.startOne(MACHINERY, 2026, "democracy1");
        ProcessInstance pi = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseNo)
                .singleResult();
        long minutes = checks.insertDocument(caseNo, 1, org.workright.casework.Upload.of("file",
                DemocracyDocument.Purpose.MINUTES, "决议.pdf", "%PDF-1.4\n%%EOF\n".getBytes(), 1024),
                java.time.OffsetDateTime.now(), "enterpriseA");
        complete(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult(),
                DemocracyDriver.soundCongress(2026));
        complete(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult(),
                java.util.Map.of("compliant", "true"));
        long notice = letters.findIssued(caseNo, "compliant").orElseThrow().id();

        new AuthorizationTable()
                // an empty request: the inspector is told what is missing, nobody else learns anything
                .request("POST /api/democracy/checks")
                        .answers(400, INSPECTORS, ADMIN).answers(401, ANONYMOUS).othersGet(403)
                .request("GET /api/democracy/figures")
                        .answers(200, INSPECTORS, ADMIN).answers(401, ANONYMOUS).othersGet(403)
                // the check's own page and its documents: the enterprise checked and the officers who see it
                .request("GET /api/democracy/checks/" + caseNo)
                        .answers(200, INSPECTORS, ADMIN, ENTERPRISE).answers(401, ANONYMOUS).othersGet(404)
                .request("GET /api/democracy/documents/" + minutes)
                        .answers(200, INSPECTORS, ADMIN, ENTERPRISE).answers(401, ANONYMOUS).othersGet(404)
                // an empty upload: only the enterprise learns what it lacks (here the report is in: too late)
                .request("POST /api/democracy/checks/" + caseNo + "/documents")
                        .answers(409, ENTERPRISE).answers(403, INSPECTORS, ADMIN).answers(401, ANONYMOUS).othersGet(404)
                .request("GET /api/workspace/cases/" + caseNo)
                        .answers(200, INSPECTORS, ADMIN).answers(403, ENTERPRISE).answers(401, ANONYMOUS).othersGet(404)
                .request("GET /api/cases/" + caseNo + "/letters")
                        .answers(200, INSPECTORS, ADMIN).answers(403, ENTERPRISE).answers(401, ANONYMOUS).othersGet(404)
                .request("GET /api/letters/" + notice + "/html")
                        .answers(200, INSPECTORS, ADMIN).answers(403, ENTERPRISE).answers(401, ANONYMOUS).othersGet(404)
                // the enterprise reads its notice through its own door
                .request("GET /api/enterprise/letters/" + notice + "/html")
                        .answers(200, ENTERPRISE).answers(401, ANONYMOUS).othersGet(403)
                .walk(http);
    }
}
