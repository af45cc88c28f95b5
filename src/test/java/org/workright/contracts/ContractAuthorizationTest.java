package org.workright.contracts;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.workright.system.AuthorizationTable.ADMIN;
import static org.workright.system.AuthorizationTable.ANONYMOUS;
import static org.workright.system.AuthorizationTable.ENTERPRISE;

import java.time.LocalDate;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.workright.ProcessClock;
import org.workright.WorkRightTest;
import org.workright.letters.LetterService;
import org.workright.system.AuthorizationTable;

/**
 * Who gets what from the collective-contract endpoints and letters: one row a request, every role a
 * column. The filing is enterpriseA's, in 官渡区: the roles' first demo people are 官渡区's reviewer
 * and union officer; another district's are refused in {@link ContractApiTest}.
 */
@WorkRightTest
class ContractAuthorizationTest {

    @RegisterExtension
    static final ProcessClock clock = ProcessClock.at("2026-03-02T10:00:00+08:00");

    private static final String REVIEWERS = ContractsModule.REVIEWERS;
    private static final String UNIONS = ContractsModule.UNIONS;

    @Autowired
    TestRestTemplate http;
    @Autowired
    ProcessEngine engine;
    @Autowired
    ContractIntake intake;
    @Autowired
    ContractRepository contracts;
    @Autowired
    LetterService letters;

    @Test
    void everyRoleGetsTheAnswerTheTableSays() {
        init(engine);
        ContractDriver driver = new ContractDriver(engine.getIdentityService());
        String caseNo = intake.file(ContractDriver.contract(LocalDate.of(2026, 2, 27)), null, ContractDriver.documents(),
                driver.user("enterpriseA"));
        long document = contracts.documents(caseNo).get(0).id();
        long receipt = letters.findIssued(caseNo, "receipt-v1").orElseThrow().id();

        new AuthorizationTable()
                .request("GET /api/contracts/filings")
                        .answers(200, REVIEWERS, UNIONS, ADMIN, ENTERPRISE).answers(401, ANONYMOUS).othersGet(403)
                .request("GET /api/contracts/filings/" + caseNo)
                        .answers(200, REVIEWERS, UNIONS, ADMIN, ENTERPRISE).answers(401, ANONYMOUS).othersGet(404)
                .request("GET /api/contracts/documents/" + document)
                        .answers(200, REVIEWERS, UNIONS, ADMIN, ENTERPRISE).answers(401, ANONYMOUS).othersGet(404)
                // a filing is a multipart request: any other body is refused before anything is read
                .request("POST /api/contracts/filings")
                        .answers(401, ANONYMOUS).othersGet(415)
                .request("POST /api/contracts/filings/" + caseNo + "/versions")
                        .answers(401, ANONYMOUS).othersGet(415)
                .request("POST /api/contracts/filings/" + caseNo + "/documents")
                        .answers(401, ANONYMOUS).othersGet(415)
                // aggregate counts, no party named: for all staff
                .request("GET /api/contracts/figures")
                        .answers(403, ENTERPRISE).answers(401, ANONYMOUS).othersGet(200)
                .request("GET /api/workspace/cases/" + caseNo)
                        .answers(200, REVIEWERS, UNIONS, ADMIN).answers(403, ENTERPRISE).answers(401, ANONYMOUS)
                        .othersGet(404)
                .request("GET /api/cases/" + caseNo + "/letters")
                        .answers(200, REVIEWERS, UNIONS, ADMIN).answers(403, ENTERPRISE).answers(401, ANONYMOUS)
                        .othersGet(404)
                .request("GET /api/letters/" + receipt + "/html")
                        .answers(200, REVIEWERS, UNIONS, ADMIN).answers(403, ENTERPRISE).answers(401, ANONYMOUS)
                        .othersGet(404)
                // the party reads its receipt through its own door
                .request("GET /api/enterprise/letters/" + receipt + "/html")
                        .answers(200, ENTERPRISE).answers(401, ANONYMOUS).othersGet(403)
                .walk(http);
    }
}
