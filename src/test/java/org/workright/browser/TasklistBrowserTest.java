package org.workright.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.workright.ApplicationTest;
import org.workright.democracy.DemocracyDriver;
import org.workright.supervision.SupervisionDriver;

/** Journeys in Tasklist itself, in a real Chromium: picking people and enterprises, and being told what a step did. */
@ApplicationTest
class TasklistBrowserTest {

    @RegisterExtension
    final Browser browser = new Browser();

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    TaskService tasks;
    @Autowired
    org.workright.enterprises.EnterpriseRegister register;
    @Autowired
    org.springframework.boot.test.web.client.TestRestTemplate http;

    private String base() {
        return "http://localhost:" + port;
    }

    private void click(WebElement element) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});"
                + " arguments[0].click();", element);
    }

    private WebElement clickable(By locator) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.elementToBeClickable(locator));
    }

    /**
     * Types into a Camunda Forms field and leaves it, as a person does (the form commits a field on
     * leaving it). Tasklist renders the form anew once a claim is through: text typed into the form
     * it replaced is gone, and is typed again into the new one.
     */
    private void enter(String fieldId, String text) {
        By locator = By.cssSelector("[id$='-" + fieldId + "']:not([disabled])");
        for (int attempt = 1; ; attempt++) {
            WebElement field = browser.waitFor(locator);
            field.sendKeys(text);
            field.sendKeys(org.openqa.selenium.Keys.TAB);
            try {
                new WebDriverWait(browser.driver(), Duration.ofSeconds(3))
                        .until(d -> text.equals(d.findElement(locator).getAttribute("value")));
                return;
            } catch (org.openqa.selenium.TimeoutException | org.openqa.selenium.StaleElementReferenceException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    private void openTask(String taskId) {
        browser.open(base() + "/camunda/app/tasklist/default/#/?task=" + taskId);
    }

    /** Claims the open task, gives it back, and claims it again: nothing refused on the way. */
    private void claimHandBackAndClaim() {
        click(clickable(By.cssSelector("button.claim")));
        click(clickable(By.cssSelector("button.unclaim")));
        click(clickable(By.cssSelector("button.claim")));
        browser.waitFor(By.cssSelector("button.unclaim"));
        assertThat(browser.driver().findElements(By.cssSelector(".page-notifications .alert-danger"))).isEmpty();
    }

    /** An inspector picks two colleagues for the investigation by name, and is told what came of it. */
    @Test
    void anInspectorPicksTwoColleaguesByName_andIsToldTheCaseMovedOn() {
        SupervisionDriver driver = new SupervisionDriver(engine);
        ProcessInstance pi = driver.register(SupervisionDriver.MACHINERY, false);
        String caseNo = driver.caseNo(pi);
        tasks.complete(tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId(),
                Map.of("accepted", true));
        String investigate = tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId();

        browser.desktop().loginToTasklist(base(), "inspector1");
        // every filter says how much waits in it, not only the open one
        long waiting = tasks.createTaskQuery().taskCandidateGroup("inspectors")
                .count();
        assertThat(browser.waitForText(By.xpath("//*[contains(@class,'task-filters')]//h4/a[contains(.,'我组的待办')]"),
                "(" + waiting + ")")).contains("我组的待办");
        openTask(investigate);
        claimHandBackAndClaim();
        // the last day itself beside "…天后", as Chinese write dates (due at the midnight that ends it)
        java.util.Date due = tasks.createTaskQuery().taskId(investigate).singleResult().getDueDate();
        LocalDate lastDay = due.toInstant().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate().minusDays(1);
        assertThat(browser.waitForText(By.cssSelector("[cam-tasklist-task-meta] .workright-due-day"), "期限至"))
                .isEqualTo("（期限至" + lastDay.getYear() + "年" + lastDay.getMonthValue() + "月"
                        + lastDay.getDayOfMonth() + "日）");

        // the roster by name, with who may not be picked and why
        String roster = browser.waitForText(By.cssSelector(".workright-picker fieldset"), "周丽");
        assertThat(roster).contains("黄军").contains("郑红").contains("孙涛").contains("无有效监督证，不能参加调查")
                .doesNotContain("inspector2");
        assertThat(browser.driver().findElement(By.xpath(
                "//label[contains(@class,'workright-pick')][contains(.,'孙涛')]/input")).isEnabled()).isFalse();
        click(browser.driver().findElement(By.xpath("//label[contains(@class,'workright-pick')][contains(.,'周丽')]/input")));
        click(browser.driver().findElement(By.xpath("//label[contains(@class,'workright-pick')][contains(.,'郑红')]/input")));
        enter("Field_findings", "该单位2025年6月至8月未支付加班工资。");
        enter("Field_evidence", "考勤记录、工资表");
        enter("Field_articlesBreached", "《中华人民共和国劳动法》第四十四条");
        browser.text();
        click(clickable(By.cssSelector("button[ng-click='complete()']")));

        String told = browser.waitForText(By.cssSelector(".workright-outcome"), caseNo);
        assertThat(told).contains("已办理“调查核实”");
        assertThat(browser.driver().findElement(By.cssSelector(".workright-outcome a")).getAttribute("href"))
                .endsWith("/workspace/case.html?ref=" + caseNo);
        // the team is the two picked, as the record names them
        String team = (String) engine.getRuntimeService().getVariable(pi.getId(), "inspectors");
        assertThat(team).isEqualTo("inspector2, supervisor1");
        browser.assertNoConsoleErrors();
    }

    /** The form's date picker speaks Chinese and starts its weeks on Monday. */
    @Test
    void theDatePickerIsChinese() {
        SupervisionDriver driver = new SupervisionDriver(engine);
        ProcessInstance pi = driver.register(SupervisionDriver.MACHINERY, false);
        String triage = tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId();
        browser.desktop().loginToTasklist(base(), "inspector1");
        openTask(triage);
        click(clickable(By.cssSelector("button.claim")));
        browser.waitFor(By.cssSelector("button.unclaim"));
        click(clickable(By.cssSelector("input[id$='-Field_accepted']:not([disabled])")));
        browser.waitFor(By.cssSelector("input[id*='-Field_conductEndedOn']")).click();
        WebElement calendar = browser.waitFor(By.cssSelector(".flatpickr-calendar.open"));
        assertThat(calendar.findElements(By.cssSelector(".flatpickr-weekday")).get(0).getText()).isEqualTo("一");
        assertThat(calendar.getText()).contains("月").doesNotContainPattern("(?i)jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|sun|mon");
        browser.assertNoConsoleErrors();
    }

    /** An inspector registers a complaint, finding the enterprise by a part of its name, and is told the case number. */
    @Test
    void anInspectorRegistersAComplaint_findingTheEnterpriseByName() {
        browser.desktop().loginToTasklist(base(), "inspector1");
        click(clickable(By.cssSelector(".start-process-action a")));
        click(clickable(By.xpath("//div[contains(@class,'modal')]//a[contains(.,'工会劳动法律监督')]")));

        WebElement search = browser.waitFor(By.cssSelector(".workright-search input"));
        assertThat(browser.driver().findElement(By.cssSelector("input[id$='-Field_creditCode']")).getAttribute("readonly"))
                .isNotNull();
        search.sendKeys("示例机械");
        click(clickable(By.xpath("//ul[contains(@class,'workright-results')]//button[contains(.,'昆明示例机械制造有限公司')]")));
        assertThat(browser.waitForText(By.cssSelector(".workright-chosen"), "已选")).contains("昆明示例机械制造有限公司");
        assertThat(browser.driver().findElement(By.cssSelector("input[id$='-Field_creditCode']")).getAttribute("value"))
                .isEqualTo(SupervisionDriver.MACHINERY);
        // a name not on the register says so
        search.sendKeys("不存在的单位名称");
        browser.waitForText(By.cssSelector(".workright-results"), "企业档案中没有找到");
        search.clear();

        // Camunda Forms' select opens on a real press of the mouse
        browser.driver().findElement(By.cssSelector("[id$='-Field_source-display']")).click();
        clickable(By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][contains(.,'日常巡查发现')]")).click();
        enter("Field_facts", "巡查发现该单位未与新招用职工签订劳动合同。");
        browser.text();
        click(clickable(By.cssSelector(".modal-footer button.btn-primary[type=submit]")));

        String told = browser.waitForText(By.cssSelector(".workright-outcome"), "SV-");
        assertThat(told).contains("已登记，案件编号");
        String caseNo = browser.driver().findElement(By.cssSelector(".workright-outcome a")).getText();
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNo)
                .singleResult().getStartUserId()).isEqualTo("inspector1");
        browser.assertNoConsoleErrors();
    }

    /** The enterprise answers its notice in Tasklist, and is told so; the day is today. */
    @Test
    void aRepresentativeRepliesToTheNoticeInTasklist() {
        SupervisionDriver driver = new SupervisionDriver(engine);
        ProcessInstance pi = driver.noticeServed(driver.register(SupervisionDriver.MACHINERY, false),
                LocalDate.now(ZoneId.of("Asia/Shanghai")).toString());
        String caseNo = driver.caseNo(pi);
        String reply = tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId();

        browser.desktop().loginToTasklist(base(), "enterpriseA");
        // its link is to its own file (it may start one process: filing a collective contract)
        browser.waitFor(By.cssSelector("[cam-widget-header]"));
        assertThat(browser.waitForText(By.cssSelector(".workright-workspace"), "本企业档案")).isEqualTo("本企业档案");
        assertThat(browser.driver().findElement(By.cssSelector(".workright-workspace")).getAttribute("href"))
                .endsWith("/workspace/enterprise.html");
        openTask(reply);
        click(clickable(By.cssSelector("button.claim")));
        browser.waitFor(By.cssSelector("button.unclaim"));
        enter("Field_replyText", "我单位已于本月补发全部加班工资，附工资发放记录。");
        enter("Field_correctiveMeasures", "补发2025年6月至8月加班工资，完善考勤制度。");
        browser.text();
        click(clickable(By.cssSelector("button[ng-click='complete()']")));
        String told = browser.waitForText(By.cssSelector(".workright-outcome"), caseNo);
        assertThat(told).contains("已办理“书面答复意见书”");
        assertThat(browser.driver().findElement(By.cssSelector(".workright-outcome a")).getAttribute("href"))
                .endsWith("/workspace/enterprise.html");
        browser.assertNoConsoleErrors();
    }

    /**
     * A representative files a contract: the start form in Tasklist (in Chinese, every field there),
     * then the documents on the contract's page opened from the upload task, then 完成, and is told
     * the filing was received.
     */
    @Test
    void aRepresentativeFilesAContract_andUploadsItsDocumentsWhereTheTaskPointsTo() throws Exception {
        browser.desktop().loginToTasklist(base(), "enterpriseA");
        click(clickable(By.cssSelector(".start-process-action a")));
        click(clickable(By.xpath("//div[contains(@class,'modal')]//a[contains(.,'集体合同报送审查')]")));
        browser.waitFor(By.cssSelector("textarea[id$='-Field_negotiators']"));
        String form = browser.text();
        assertThat(form).contains("报送集体合同", "合同种类", "双方协商代表", "职工一方首席代表由本单位工会主席担任", "表决日期",
                "约定的最低月工资（元）");

        // the same form as submitted by Tasklist
        String definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey("collective-contract-filing").latestVersion().singleResult().getId();
        engine.getIdentityService().setAuthentication("enterpriseA",
                java.util.List.of("enterprise", "enterprise" + SupervisionDriver.MACHINERY));
        ProcessInstance pi;
        try {
            LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
            Map<String, Object> fields = new java.util.HashMap<>(Map.of("kind", "WAGES", "signedOn", today.minusDays(1).toString(),
                    "startsOn", today.plusDays(1).toString(), "endsOn", today.plusDays(1).plusYears(3).minusDays(1).toString(),
                    "workersCovered", 320L, "negotiators", "张明 530102198001011018 职工方 首席\n李华 530102198001011026 职工方\n"
                            + "王芳 530102198001011034 职工方\n周建国 530102197001011013 用人单位方 首席\n"
                            + "赵强 530102197001011021 用人单位方\n钱伟 53010219700101103X 用人单位方",
                    "workersChiefIsUnionChair", true, "employerChiefCapacity", "LEGAL_REPRESENTATIVE", "voteTotal", 100L,
                    "votePresent", 80L));
            fields.putAll(Map.of("voteInFavour", 70L, "voteHeldOn", today.minusDays(2).toString(), "lowestMonthlyWage", 2300.0,
                    "weeklyHours", 40.0, "wageIncrease", "职工年平均工资增长不低于5%"));
            pi = engine.getFormService().submitStartForm(definition, fields);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        String caseNo = pi.getBusinessKey();
        String attach = tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId();

        openTask(attach);
        WebElement link = browser.waitFor(By.xpath("//a[contains(.,'打开材料上传页面')]"));
        assertThat(link.getAttribute("href")).endsWith("/workspace/contract.html?case=" + caseNo);
        browser.open(link.getAttribute("href"));
        browser.waitForText(By.cssSelector("main"), "上传报送材料");
        java.nio.file.Path pdf = java.nio.file.Files.createTempFile("contract", ".pdf");
        java.nio.file.Files.write(pdf, "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        for (String purpose : java.util.List.of("TEXT", "SCAN")) {
            new org.openqa.selenium.support.ui.Select(browser.waitFor(By.cssSelector("#upload select[name=purpose]")))
                    .selectByValue(purpose);
            browser.waitFor(By.cssSelector("#upload input[type=file]")).sendKeys(pdf.toString());
            click(clickable(By.cssSelector("#upload button[type=submit]")));
            browser.waitForText(By.cssSelector(".result.ok"), purpose.equals("TEXT") ? "集体合同文本" : "扫描件");
        }
        assertThat(browser.text()).contains("第1次报送：集体合同文本", "第1次报送：双方首席代表签字的合同文本扫描件", "张明（职工方，首席）")
                .doesNotContain("530102198001011018");

        browser.assertNoConsoleErrors();

        openTask(attach);
        click(clickable(By.cssSelector("button.claim")));
        browser.waitFor(By.cssSelector("button.unclaim"));
        // Tasklist loaded anew: the header asked the workspace, which answers an enterprise 403 (see header.js)
        browser.forgetConsole();
        click(clickable(By.cssSelector("button[ng-click='complete()']")));
        String told = browser.waitForText(By.cssSelector(".workright-outcome"), caseNo);
        assertThat(told).contains("集体合同报送受理回执");
        browser.assertNoConsoleErrors();
    }

    /**
     * A workplace-democracy check in Tasklist: the enterprise opens its report task, follows its link
     * to the check's page and uploads the congress's minutes there; the report goes in; the officer
     * opens the review task, reads the findings and the minutes on the same page, and orders
     * rectification in the browser, and is told the 整改通知书 was issued.
     */
    @Test
    void aRepresentativeUploadsTheCongresssMinutes_andTheOfficerReviewsThemAndOrdersRectification() throws Exception {
        String code = DemocracyDriver.enterprise(register, "530111", "官渡区", 1000, false);
        String representative = DemocracyDriver.representative(engine.getIdentityService(), register, code);
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        var started = http.withBasicAuth("democracy1", "demo").postForEntity("/api/democracy/checks",
                Map.of("creditCode", code, "year", year), com.fasterxml.jackson.databind.JsonNode.class);
        assertThat(started.getStatusCode().value()).isEqualTo(201);
        String caseNo = started.getBody().path("caseNo").asText();
        String submit = tasks.createTaskQuery().processInstanceBusinessKey(caseNo).singleResult().getId();

        browser.desktop().loginToTasklist(base(), representative, DemocracyDriver.PASSWORD);
        openTask(submit);
        WebElement link = browser.waitFor(By.xpath("//a[contains(.,'打开检查页面上传证明材料')]"));
        assertThat(link.getAttribute("href")).endsWith("/workspace/democracy.html?case=" + caseNo);
        browser.open(link.getAttribute("href"));
        browser.waitForText(By.cssSelector("main"), "上传年度报送的证明材料");
        java.nio.file.Path pdf = java.nio.file.Files.createTempFile("minutes", ".pdf");
        java.nio.file.Files.write(pdf, "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        new org.openqa.selenium.support.ui.Select(browser.waitFor(By.cssSelector("#upload select[name=purpose]")))
                .selectByValue("MINUTES");
        browser.waitFor(By.cssSelector("#upload input[type=file]")).sendKeys(pdf.toString());
        click(clickable(By.cssSelector("#upload button[type=submit]")));
        browser.waitForText(By.cssSelector(".result.ok"), "会议记录和决议");
        // a file sent as the wrong kind, taken back
        new org.openqa.selenium.support.ui.Select(browser.waitFor(By.cssSelector("#upload select[name=purpose]")))
                .selectByValue("OTHER");
        browser.waitFor(By.cssSelector("#upload input[type=file]")).sendKeys(pdf.toString());
        click(clickable(By.cssSelector("#upload button[type=submit]")));
        browser.waitForText(By.cssSelector(".result.ok"), "其他材料");
        click(clickable(By.xpath("//li[contains(.,'其他材料')]//button[contains(.,'删除')]")));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.alertIsPresent()).accept();
        browser.waitForText(By.cssSelector(".result.ok"), "已删除");
        assertThat(browser.shot("democracy-enterprise-upload").text())
                .contains("年度报送：职工代表大会（职工大会）会议记录和决议", "待企业报送", "尚未报送")
                .doesNotContain("年度报送：其他材料").doesNotContain("null").doesNotContain("undefined");
        browser.assertNoConsoleErrors();

        // the report as Tasklist submits it: 49 representatives for 1,000 staff
        engine.getIdentityService().setAuthentication(representative, java.util.List.of("enterprise", "enterprise" + code));
        try {
            engine.getFormService().submitTaskForm(submit, DemocracyDriver.asTasklistSends(
                    DemocracyDriver.with(DemocracyDriver.soundCongress(year), "representatives", 49)));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        browser.open(base() + "/workspace/democracy.html?case=" + caseNo);
        assertThat(browser.waitForText(By.cssSelector("main"), "发现的问题")).doesNotContain("上传年度报送的证明材料");

        String review = tasks.createTaskQuery().processInstanceBusinessKey(caseNo).singleResult().getId();
        browser.driver().manage().deleteAllCookies();
        browser.desktop().loginToTasklist(base(), "democracy1");
        openTask(review);
        WebElement page = browser.waitFor(By.xpath("//a[contains(.,'查看检查页面和企业的证明材料')]"));
        browser.shot("democracy-review-task");
        String address = page.getAttribute("href");
        By findings = By.cssSelector("textarea[id$='-Field_show_findingsText']");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(d -> d.findElement(findings).getAttribute("value").contains("职工代表49人"));
        click(clickable(By.cssSelector("button.claim")));
        browser.waitFor(By.cssSelector("button.unclaim"));
        browser.forgetConsole();
        click(clickable(By.cssSelector("input[id$='-Field_compliant-1']")));
        enter("Field_observations", "现场查看职代会会议记录，代表名额不足。");
        click(clickable(By.cssSelector("button[ng-click='complete()']")));
        String told = browser.waitForText(By.cssSelector(".workright-outcome"), caseNo);
        assertThat(told).contains("整改通知书");
        browser.assertNoConsoleErrors();

        browser.open(address);
        String seen = browser.waitForText(By.cssSelector("main"), "整改通知书");
        browser.shot("democracy-officer-page");
        assertThat(seen).contains("年度报送：职工代表大会（职工大会）会议记录和决议", "现场查看职代会会议记录，代表名额不足。", "整改中")
                .doesNotContain("上传年度报送").doesNotContain("删除");
        assertThat(browser.driver().findElement(By.xpath("//a[contains(.,'.pdf')]")).getAttribute("href"))
                .contains("/api/democracy/documents/");
        browser.assertNoConsoleErrors();
    }
}
