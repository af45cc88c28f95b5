package org.workright.democracy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.workright.casework.Upload;
import org.workright.enterprises.CreditCode;
import org.workright.enterprises.Enterprise;
import org.workright.enterprises.Enterprise.UnionStatus;
import org.workright.enterprises.EnterpriseRegister;
import org.workright.system.Zones;

/**
 * This year's checks of the demo enterprises, across districts and both ownerships, one in each
 * state: awaiting the report (enterpriseA's, so its representative has the form to fill), reminded,
 * under review, compliant (a congress, an all-staff meeting, a company), rectifying (enterpriseB's),
 * corrected, and handed over to supervision.
 */
@Component
@Order(35)
@ConditionalOnProperty(name = "workright.demo.enabled", havingValue = "true")
class DemoDemocracy implements ApplicationRunner {

    static final String MACHINERY = "91530111MA6K7XQ34D";
    static final String CONSTRUCTION = "91530103MA6N2R8L6U";
    static final String CITY_SERVICES = "91530102216530182R";
    static final String SANITATION_A = "91530102MA6W1H2K55";
    static final String SANITATION_B = "91530102MA6W3J4L2Y";
    static final String XISHAN = "91530112MA6X5K6M8N";
    static final String WATER = CreditCode.withChecks("11530103DM000001");
    static final String STEEL = CreditCode.withChecks("91530181DM000002");
    static final String BAKERY = CreditCode.withChecks("92530114DM000003");
    static final String PHARMA = CreditCode.withChecks("91530115DM000004");

    private final DemocracyChecks starts;
    private final DemocracyRepository checks;
    private final EnterpriseRegister register;
    private final TaskService tasks;
    private final ManagementService management;
    private final Clock clock;
    private final boolean enabled;

    DemoDemocracy(DemocracyChecks starts, DemocracyRepository checks, EnterpriseRegister register, TaskService tasks,
            ManagementService management, Clock clock, @Value("${workright.demo.democracy:true}") boolean enabled) {
        this.starts = starts;
        this.checks = checks;
        this.register = register;
        this.tasks = tasks;
        this.management = management;
        this.clock = clock;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled && register.find(PHARMA).isEmpty()) {
            seed();
        }
    }

    /** Every demo check; the tests call it on a register that has none of its own enterprises. */
    void seed() {
        int year = LocalDate.now(clock.withZone(Zones.KUNMING)).getYear();
        add(new Enterprise(WATER, "昆明示例供水集团有限公司", "昆明市盘龙区示例路30号", "陈涛", "盘龙区", "水的生产和供应", true, 800,
                UnionStatus.ESTABLISHED));
        add(new Enterprise(STEEL, "安宁示例钢铁有限公司", "安宁市示例大道9号", "王刚", "安宁市", "黑色金属冶炼", true, 2000,
                UnionStatus.ESTABLISHED));
        add(new Enterprise(BAKERY, "呈贡示例烘焙坊", "昆明市呈贡区示例街3号", "李娟", "呈贡区", "食品制造", false, 60,
                UnionStatus.ESTABLISHED));
        add(new Enterprise(PHARMA, "晋宁示例制药有限公司", "昆明市晋宁区示例路12号", "赵平", "晋宁区", "医药制造", false, 350,
                UnionStatus.ESTABLISHED));

        start(MACHINERY, year);  // awaiting enterpriseA's report
        String reminded = start(SANITATION_A, year);
        management.executeJob(job(reminded, DemocracyProcess.Activity.SUBMISSION_OVERDUE));
        String warning = start(SANITATION_B, year);  // under review, a warning among its findings
        report(warning, with(congress(year, 180, 30), "managers", 7, "frontline", 15));
        String city = start(CITY_SERVICES, year);
        report(city, congress(year, 1200, 60));
        review(city, true);
        String bakery = start(BAKERY, year);
        report(bakery, with(congress(year, 60, 0), "form", "ALL_STAFF_MEETING", "sessions",
                year + "-04-10，52，48，审议年度工作报告和职工福利方案"));
        review(bakery, true);
        String steel = start(STEEL, year);
        report(steel, with(congress(year, 2000, 100), "companyKind", "LIMITED", "oversight", "SUPERVISORY_BOARD",
                "employeeDirector", true, "supervisors", 5, "employeeSupervisors", 2));
        review(steel, true);
        String pharma = start(PHARMA, year);  // under review: a company of 350 without an employee director
        report(pharma, with(congress(year, 350, 30), "companyKind", "LIMITED", "oversight", "AUDIT_COMMITTEE",
                "employeeDirector", false));
        String construction = start(CONSTRUCTION, year);  // rectifying: enterpriseB reports its correction
        report(construction, with(congress(year, 150, 30), "openness_LAYOFFS", false, "openness_MODEL_WORKERS", false));
        review(construction, false);
        String xishan = start(XISHAN, year);
        report(xishan, with(congress(year, 260, 30), "sessions", year + "-05-12，18，16，审议集体合同草案"));
        review(xishan, false);
        attach(xishan, 2, DemocracyDocument.Purpose.CORRECTION, "补开会议的会议记录（演示）.pdf");
        complete(xishan, DemocracyProcess.Activity.REPORT_CORRECTION, with(congress(year, 260, 30),
                "correctionNote", "已于" + year + "年全体代表出席补开会议，重新表决通过集体合同草案。"));
        complete(xishan, DemocracyProcess.Activity.VERIFY_CORRECTION, Map.of("corrected", "true", "verifyNote", "经核查会议记录，整改到位"));
        String water = start(WATER, year);  // not corrected by the deadline: handed over to supervision
        report(water, with(congress(year, 800, 40), "rulesPublished", false));
        review(water, false);
        management.executeJob(job(water, DemocracyProcess.Activity.RECTIFICATION_OVERDUE));
    }

    private void add(Enterprise enterprise) {
        if (register.find(enterprise.creditCode()).isEmpty()) {
            register.register(enterprise);
        }
    }

    private String start(String creditCode, int year) {
        return checks.hasCheck(creditCode, year) ? null : starts.startOne(creditCode, year, "democracy0");
    }

    private String job(String caseNo, String activity) {
        String instance = checks.require(caseNo).processInstanceId();
        return management.createJobQuery().processInstanceId(instance).activityId(activity).singleResult().getId();
    }

    /** A minimal PDF, marked as demo material, for the reports' supporting documents. */
    private static final byte[] DEMO_PDF = ("%PDF-1.4\n% WorkRight 演示材料（非真实文件）\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);

    /** The report with its minutes uploaded first, as the enterprise does on the check's page. */
    private void report(String caseNo, Map<String, Object> report) {
        attach(caseNo, 1, DemocracyDocument.Purpose.MINUTES, "职工代表大会会议记录和决议（演示）.pdf");
        complete(caseNo, DemocracyProcess.Activity.SUBMIT, report);
    }

    private void attach(String caseNo, int reportNo, DemocracyDocument.Purpose purpose, String fileName) {
        checks.insertDocument(caseNo, reportNo, Upload.of("file", purpose, fileName, DEMO_PDF, DEMO_PDF.length),
                OffsetDateTime.now(clock), "demo");
    }

    private void review(String caseNo, boolean compliant) {
        complete(caseNo, DemocracyProcess.Activity.REVIEW, Map.of("compliant", String.valueOf(compliant)));
    }

    private void complete(String caseNo, String activity, Map<String, Object> variables) {
        String id = tasks.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey(activity).singleResult().getId();
        tasks.complete(id, variables);
    }

    /** A congress as the rules want it for the staff (share and minimum), all its matters made known. */
    static Map<String, Object> congress(int year, int staff, int representatives) {
        Map<String, Object> v = new HashMap<>();
        v.put("form", "CONGRESS");
        v.put("staff", staff);
        v.put("womenStaff", staff * 2 / 5);
        v.put("dispatchedStaff", 0);
        v.put("representatives", representatives);
        v.put("managers", representatives / 5);
        v.put("frontline", representatives - representatives / 5);
        v.put("womenRepresentatives", representatives * 2 / 5);
        v.put("dispatchedRepresentatives", 0);
        v.put("termStartsOn", (year - 1) + "-03-01");
        v.put("termYears", 3);
        int present = Math.max(representatives, 1) * 9 / 10;
        v.put("sessions", year + "-03-15，" + present + "，" + (representatives / 2 + 1) + "，审议厂务公开情况报告；审议职工福利方案");
        v.put("rulesNote", "考勤、休假和绩效考核制度经职工代表大会讨论，与工会平等协商确定，在厂务公开栏公示7日并组织学习。");
        v.put("rulesPublished", true);
        for (Openness.Item item : Openness.Item.values()) {
            v.put(DemocracyProcess.Var.OPENNESS_PREFIX + item.name(), true);
        }
        v.put(DemocracyProcess.Var.CHANNEL_PREFIX + Openness.Channel.NOTICE_BOARD.name(), true);
        v.put(DemocracyProcess.Var.CHANNEL_PREFIX + Openness.Channel.CONGRESS.name(), true);
        v.put("companyKind", "NONE");
        return v;
    }

    static Map<String, Object> with(Map<String, Object> report, Object... namesAndValues) {
        Map<String, Object> v = new HashMap<>(report);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            v.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return v;
    }
}
