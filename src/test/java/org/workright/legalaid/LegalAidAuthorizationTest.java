package org.workright.legalaid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.workright.legalaid.LegalAidModule.LAWYERS;
import static org.workright.legalaid.LegalAidModule.LEAD;
import static org.workright.legalaid.LegalAidModule.OFFICE;
import static org.workright.system.AuthorizationTable.ADMIN;
import static org.workright.system.AuthorizationTable.ANONYMOUS;
import static org.workright.system.AuthorizationTable.ENTERPRISE;

import java.util.EnumSet;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.workright.ProcessClock;
import org.workright.WorkRightTest;
import org.workright.letters.LetterService;
import org.workright.system.AuthorizationTable;

/** Who gets what from legal aid's endpoints and letters: one row a request, every role a column. */
@WorkRightTest
class LegalAidAuthorizationTest {

    @RegisterExtension
    static final ProcessClock clock = ProcessClock.at("2026-01-05T10:00:00+08:00");

    @Autowired
    TestRestTemplate http;
    @Autowired
    LegalAidIntake intake;
    @Autowired
    TaskService tasks;
    @Autowired
    LetterService letters;
    @Autowired
    LawyerRepository lawyers;
    @Autowired
    IdentityService identity;
    @Autowired
    JdbcClient jdbc;

    /**
     * The table's own lawyer, free and first in the matcher's line (fewest cases, then user id), so
     * the offer goes to them whatever caseloads other test classes left; inactive again afterwards,
     * so no other class gets an offer for them.
     */
    private static final String LAWYER = "aTableLawyer";
    private static final String PASSWORD = "Zx9!table-walk";

    @BeforeEach
    void aFreeLawyer() {
        if (identity.createUserQuery().userId(LAWYER).count() == 0) {
            User user = identity.newUser(LAWYER);
            user.setFirstName("表格");
            user.setLastName("律师");
            user.setPassword(PASSWORD);
            identity.saveUser(user);
            identity.createMembership(LAWYER, LAWYERS);
        }
        lawyers.save(LAWYER, "表格律师", "测试律师事务所", "0871-63100009", EnumSet.allOf(ClaimType.class), 1000);
        jdbc.sql("update lawyer set active = true where user_id = ?").param(LAWYER).update();
    }

    @AfterEach
    void noMoreOffers() {
        jdbc.sql("update lawyer set active = false where user_id = ?").param(LAWYER).update();
    }

    @Test
    void everyRoleGetsTheAnswerTheTableSays() {
        String caseNo = intake.submit(TestApplications.wageClaim().build()).caseNo();
        tasks.complete(tasks.createTaskQuery().processInstanceBusinessKey(caseNo).singleResult().getId(),
                Map.of("complete", true, "seriousInfringement", true));
        tasks.complete(tasks.createTaskQuery().processInstanceBusinessKey(caseNo).singleResult().getId(),
                Map.of("grantAid", true, "decisionReason", "符合条件"));
        long grant = letters.lettersOf(caseNo).get(0).id();
        // the LAWYERS column is the lawyer the case was offered to
        Task offer = tasks.createTaskQuery().processInstanceBusinessKey(caseNo).singleResult();
        assertThat(offer.getAssignee()).isEqualTo(LAWYER);

        new AuthorizationTable().askingAs(LAWYERS, LAWYER, PASSWORD)
                // other staff get the list of their own cases: none (enterprises never reach the staff API)
                .request("GET /api/legal-aid/cases")
                        .answers(403, ENTERPRISE).answers(401, ANONYMOUS).othersGet(200)
                .request("GET /api/legal-aid/cases/" + caseNo)
                        // a lawyer not on the case, like any stranger, learns nothing of it
                        .answers(200, OFFICE, LEAD, ADMIN).answers(403, ENTERPRISE).answers(401, ANONYMOUS).othersGet(404)
                // the workspace answers as the case API does, and its search answers only staff
                .request("GET /api/workspace/cases/" + caseNo)
                        .answers(200, OFFICE, LEAD, ADMIN).answers(403, ENTERPRISE).answers(401, ANONYMOUS).othersGet(404)
                .request("GET /api/workspace/cases?q=" + caseNo)
                        .answers(403, ENTERPRISE).answers(401, ANONYMOUS).othersGet(200)
                .request("GET /api/workspace/processes")
                        .answers(403, ENTERPRISE).answers(401, ANONYMOUS).othersGet(200)
                // the workspace's pages hold no data: anyone may load them, the API decides
                .request("GET /workspace/")
                        .othersGet(200)
                .request("POST /api/legal-aid/cases/" + caseNo + "/access-code")
                        .answers(200, OFFICE, LEAD, ADMIN).answers(401, ANONYMOUS).othersGet(403)
                .request("GET /api/cases/" + caseNo + "/letters")
                        .answers(200, OFFICE, LEAD, ADMIN).answers(403, ENTERPRISE).answers(401, ANONYMOUS).othersGet(404)
                .request("GET /api/letters/" + grant)
                        .answers(200, OFFICE, LEAD, ADMIN).answers(403, ENTERPRISE).answers(401, ANONYMOUS).othersGet(404)
                .request("GET /api/letters/" + grant + "/html")
                        .answers(200, OFFICE, LEAD, ADMIN).answers(403, ENTERPRISE).answers(401, ANONYMOUS).othersGet(404)
                // the offer of the case: the proposed lawyer decides, the lead may step in; the office
                // reads the case but the offer is not its task. A complete with nothing in it reaches
                // the form check (400); strangers cannot find the task (404) nor work on it (403), and
                // enterprises never pass /engine-rest
                .request("GET /engine-rest/task/" + offer.getId())
                        .answers(200, LAWYERS, LEAD, ADMIN).answers(403, ENTERPRISE).answers(401, ANONYMOUS)
                        .othersGet(404)
                .request("POST /engine-rest/task/" + offer.getId() + "/complete")
                        .answers(400, LAWYERS, LEAD, ADMIN).answers(401, ANONYMOUS).othersGet(403)
                .request("GET /engine-rest/process-instance/" + offer.getProcessInstanceId())
                        .answers(200, LAWYERS, LEAD, OFFICE, ADMIN).answers(403, ENTERPRISE).answers(401, ANONYMOUS)
                        .othersGet(404)
                .walk(http);
    }
}
