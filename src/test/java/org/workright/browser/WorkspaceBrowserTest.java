package org.workright.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.workright.ApplicationTest;
import org.workright.legalaid.LegalAidIntake;
import org.workright.legalaid.TestApplications;

/** Journeys in a real Chromium: what a worker and office staff see and do. */
@ApplicationTest
class WorkspaceBrowserTest {

    @RegisterExtension
    final Browser browser = new Browser();

    @LocalServerPort
    int port;
    @Autowired
    LegalAidIntake intake;
    @Autowired
    TaskService tasks;

    private String base() {
        return "http://localhost:" + port;
    }

    /** A worker on a phone applies, taps twice, keeps the case number and code, and checks the status. */
    @Test
    void aWorkerAppliesOnAPhone_tapsTwice_andChecksTheStatusWithTheCode() {
        browser.phone().open(base() + "/apply.html");
        browser.type(By.id("applicantName"), "赵小明");
        browser.type(By.id("idNumber"), org.workright.people.TestIds.next());
        browser.type(By.id("phone"), "13800138000");
        browser.type(By.id("perCapitaIncome"), "1200");
        browser.type(By.id("employerName"), "昆明浏览器测试有限公司");
        browser.type(By.id("facts"), "单位拖欠三个月工资。");
        browser.date(By.id("infringementKnownOn"), "2025-12-01");
        var submit = browser.driver().findElement(By.cssSelector("#apply button[type=submit]"));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].scrollIntoView(); arguments[0].click(); arguments[0].click();", submit);

        String result = browser.waitForText(By.id("result"), "查询码");
        assertThat(result).contains("受理回执").contains("申请已提交").contains("案件编号").contains("提交日期：2026年")
                .contains("昆明市总工会法律援助中心").contains("电话：0871-12351");
        // the receipt is in view, the form cannot send again, and it can be printed or copied
        assertThat(browser.driver().findElement(By.cssSelector("#apply button[type=submit]")).isEnabled()).isFalse();
        assertThat(browser.driver().findElement(By.id("printReceipt")).isDisplayed()).isTrue();
        assertThat(browser.driver().findElement(By.id("copyCode")).getText()).isEqualTo("复制编号和查询码");
        String[] strongs = browser.driver().findElements(By.cssSelector("#result strong")).stream()
                .map(e -> e.getText()).toArray(String[]::new);
        assertThat(strongs).anyMatch(s -> s.startsWith("LA-"));
        String caseNo = java.util.Arrays.stream(strongs).filter(s -> s.startsWith("LA-")).findFirst().orElseThrow();
        String code = java.util.Arrays.stream(strongs).filter(s -> s.matches("[0-9A-Z]{8}")).findFirst().orElseThrow();
        // two taps, one case
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(caseNo).count()).isEqualTo(1);
        browser.text();

        browser.open(base() + "/status.html");
        browser.type(By.id("caseNo"), caseNo.toLowerCase());
        browser.type(By.id("accessCode"), code.toLowerCase());
        browser.driver().findElement(By.cssSelector("button[type=submit]")).click();
        String status = browser.waitForText(By.id("result"), caseNo);
        assertThat(status).contains("追索劳动报酬").contains("申请日期：").contains("电话：0871-12351");
        assertThat(browser.driver().findElement(By.linkText("返回首页")).isDisplayed()).isTrue();
        browser.text();
        browser.assertNoConsoleErrors();
    }

    /** Office staff find a case by its number in the workspace and open its letter. */
    @Test
    void officeStaffFindACaseByNumber_andOpenItsLetter() {
        String caseNo = intake.submit(TestApplications.wageClaim().employer("昆明工作台浏览器测试公司").build()).caseNo();
        String check = tasks.createTaskQuery().processInstanceBusinessKey(caseNo).singleResult().getId();
        tasks.complete(check, Map.of("complete", true, "seriousInfringement", false));
        String decide = tasks.createTaskQuery().processInstanceBusinessKey(caseNo).singleResult().getId();
        tasks.complete(decide, Map.of("grantAid", false, "decisionReason", "申请人经济状况不符合困难标准"));

        browser.desktop().loginToTasklist(base(), "office1");
        // Tasklist names itself in Chinese, and its header leads to the workspace
        assertThat(browser.waitFor(By.cssSelector("[cam-widget-header] a.navbar-brand")).getText()).contains("任务列表")
                .doesNotContain("Tasklist");
        browser.waitFor(By.linkText("案件工作台")).click();
        browser.waitFor(By.id("q"));
        browser.type(By.id("q"), " " + caseNo.toLowerCase() + " ");
        browser.driver().findElement(By.cssSelector("#search button[type=submit]")).click();
        browser.waitForText(By.id("result"), caseNo);
        assertThat(browser.text()).contains("共 1 件").contains("昆明工作台浏览器测试公司");

        browser.driver().findElement(By.linkText(caseNo)).click();
        String page = browser.waitForText(By.id("case"), "不予法律援助决定书");
        assertThat(page).contains("申请人").contains("请求事项").contains("办理经过").contains("审查申请材料");
        browser.text();
        browser.driver().findElement(By.partialLinkText("不予法律援助决定书")).click();
        var windows = new ArrayList<>(browser.driver().getWindowHandles());
        browser.driver().switchTo().window(windows.get(windows.size() - 1));
        String letter = browser.waitForText(By.tagName("body"), "不予法律援助决定书");
        assertThat(letter).contains(caseNo).contains("申请人经济状况不符合困难标准")
                .contains("http://localhost:8080/verify.html");
        browser.assertNoConsoleErrors();

        // the same letter on a phone: no sideways scrolling, and the letter number on one line
        browser.phone();
        var js = (org.openqa.selenium.JavascriptExecutor) browser.driver();
        assertThat((Boolean) js.executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth + 1;")).isTrue();
        assertThat(((Number) js.executeScript(
                "var r = document.createRange(); r.selectNodeContents(document.querySelector('.number'));"
                        + " return new Set(Array.from(r.getClientRects()).map(function (c) { return Math.round(c.top); })).size;"))
                .intValue()).isEqualTo(1);
    }

    @Autowired
    org.camunda.bpm.engine.ProcessEngine engine;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /**
     * A lawyer of this test only: free and first in the matcher's line (fewest cases, then user id),
     * inactive again afterwards so no other test gets an offer for them.
     */
    private static final String LAWYER_PASSWORD = "Zx9!browser-walk";

    private void withOwnLawyer(String id, Runnable journey) {
        var identity = engine.getIdentityService();
        if (identity.createUserQuery().userId(id).count() == 0) {
            var user = identity.newUser(id);
            user.setFirstName("浏览器");
            user.setLastName("律师");
            user.setPassword(LAWYER_PASSWORD);
            identity.saveUser(user);
            identity.createMembership(id, org.workright.legalaid.LegalAidModule.LAWYERS);
        }
        jdbc.sql("""
                insert into lawyer (user_id, name, law_firm, practice_areas, max_open_cases, active, phone)
                select ?, '浏览器律师', '测试律师事务所', 'WAGE_ARREARS', 1000, true, '0871-63100008'
                where not exists (select 1 from lawyer where user_id = ?)""").params(id, id).update();
        jdbc.sql("update lawyer set active = true where user_id = ?").param(id).update();
        try {
            journey.run();
        } finally {
            jdbc.sql("update lawyer set active = false where user_id = ?").param(id).update();
        }
    }

    /** The lawyer on a case sees the client's contact and the stages recorded so far. */
    @Test
    void aLawyerSeesTheClientsContactAndTheStagesRecorded() {
        withOwnLawyer("aBrowserLawyer", () -> {
            String caseNo = intake.submit(TestApplications.wageClaim().employer("昆明律师视图测试公司").build()).caseNo();
            tasks.complete(taskOf(caseNo), Map.of("complete", true, "seriousInfringement", true));
            tasks.complete(taskOf(caseNo), Map.of("grantAid", true, "decisionReason", "符合条件"));
            assertThat(tasks.createTaskQuery().processInstanceBusinessKey(caseNo).singleResult().getAssignee())
                    .isEqualTo("aBrowserLawyer");
            tasks.complete(taskOf(caseNo), Map.of("accepted", true));
            tasks.complete(taskOf(caseNo), Map.of("handlingAction", "RECORD_STAGE", "stage", "MEDIATION",
                    "stageDate", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString(),
                    "note", "已申请调解"));

            browser.desktop().loginToTasklist(base(), "aBrowserLawyer", LAWYER_PASSWORD);
            browser.open(base() + "/workspace/?q=" + caseNo);
            browser.waitForText(By.id("result"), caseNo);
            browser.driver().findElement(By.linkText(caseNo)).click();
            String page = browser.waitForText(By.id("case"), "律师记录的办案阶段");
            assertThat(page).contains("13800138000").contains("调解：已申请调解").contains("昆明律师视图测试公司");
            browser.text();
            browser.assertNoConsoleErrors();
        });
    }

    private String taskOf(String caseNo) {
        return tasks.createTaskQuery().processInstanceBusinessKey(caseNo).singleResult().getId();
    }

    /** An inspector prints the 送达回证 to take with the 意见书, naming the enterprise and the notice. */
    @Test
    void anInspectorPrintsTheProofOfServiceToBeSigned() {
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(engine);
        var driver = new org.workright.supervision.SupervisionDriver(engine);
        var pi = driver.noticeServed(driver.register(org.workright.supervision.SupervisionDriver.MACHINERY, false),
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString());
        String caseNo = driver.caseNo(pi);

        browser.desktop().loginToTasklist(base(), "inspector1");
        browser.open(base() + "/workspace/receipt.html?ref=" + caseNo);
        String receipt = browser.waitForText(By.id("receipt"), "送达回证");
        assertThat(receipt).contains("昆明示例机械制造有限公司").contains("受送达人签收").contains("签收日期")
                .contains("工会劳动法律监督意见书").contains("官工监意〔");
        assertThat(browser.driver().findElement(By.id("print")).isDisplayed()).isTrue();
        browser.text();
        browser.assertNoConsoleErrors();
    }

    /** A representative sees their own enterprise's file, and nothing of another enterprise's. */
    @Test
    void aRepresentativeSeesTheirOwnFile_andNothingOfAnother() {
        browser.desktop().loginToTasklist(base(), "enterpriseA");
        browser.open(base() + "/workspace/enterprise.html");
        String own = browser.waitForText(By.id("title"), "昆明示例机械制造有限公司");
        assertThat(own).contains("一企一档");
        assertThat(browser.text()).contains("登记信息").contains("91530111MA6K7XQ34D");
        browser.assertNoConsoleErrors();

        // another enterprise's file is the staff's: refused, in Chinese
        browser.open(base() + "/workspace/enterprise.html?code=91530103MA6N2R8L6U");
        browser.waitFor(By.cssSelector(".result.err"));
        assertThat(browser.text()).doesNotContain("昆明示例建筑劳务有限公司").containsPattern("无权|未找到");
        // nor does the workspace search answer an enterprise
        browser.open(base() + "/workspace/");
        browser.waitFor(By.cssSelector(".result.err"));
        assertThat(browser.text()).doesNotContain("LA-2026");
    }
}
