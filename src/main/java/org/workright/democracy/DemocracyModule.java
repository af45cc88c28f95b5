package org.workright.democracy;

import static org.workright.casework.CaseworkProcess.Capability.READ_ENTERPRISE_FILES;
import static org.workright.casework.CaseworkProcess.Capability.START_CASES;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.workright.casework.CaseworkProcess;
import org.workright.democracy.DemocracyProcess.Activity;
import org.workright.democracy.DemocracyProcess.Var;

/** 职代会和厂务公开检查, declared once: what the rest of the application needs to know of this process. */
public final class DemocracyModule implements CaseworkProcess {

    static final DemocracyModule DECLARATION = new DemocracyModule();

    /**
     * The federation's democratic-management officers, each of one county or district (or of the
     * city, who see every check): they review the reports, visit, decide and verify corrections.
     */
    public static final String INSPECTORS = "democracyInspectors";

    static final ProcessRole INSPECTOR_ROLE = new ProcessRole(INSPECTORS, "工会民主管理检查员",
            List.of(START_CASES, READ_ENTERPRISE_FILES), true);

    static final String REMINDER = "democracy-check.reminder";
    static final String COMPLIANT = "democracy-check.compliant";
    static final String RECTIFICATION = "democracy-check.rectification";

    @Override
    public String module() {
        return "democracy";
    }

    @Override
    public List<String> processKeys() {
        return List.of(DemocracyProcess.KEY);
    }

    @Override
    public String casePrefix() {
        return "WD";
    }

    @Override
    public List<ProcessRole> roles() {
        return List.of(INSPECTOR_ROLE);
    }

    /** 官渡区 530111, 五华区 530102, 盘龙区 530103; the city 5301. The demo enterprises' representatives are the register's. */
    @Override
    public List<DemoPerson> demoPeople() {
        return List.of(
                new DemoPerson("democracy1", "赵敏", "官渡区总工会民主管理部", List.of(INSPECTORS, INSPECTOR_ROLE.districtGroup("530111"))),
                new DemoPerson("democracy2", "钱坤", "五华区总工会民主管理部", List.of(INSPECTORS, INSPECTOR_ROLE.districtGroup("530102"))),
                new DemoPerson("democracy0", "冯雪", "市总工会民主管理部", List.of(INSPECTORS, INSPECTOR_ROLE.districtGroup("5301"))));
    }

    /** Every letter goes to the enterprise checked. */
    @Override
    public Map<String, Audience> letters() {
        return Map.of(REMINDER, Audience.ENTERPRISE, COMPLIANT, Audience.ENTERPRISE, RECTIFICATION, Audience.ENTERPRISE);
    }

    /** The yearly report and each correction report, with the fields of the report. */
    @Override
    public List<PartyTask> enterpriseTasks() {
        Set<String> correction = new java.util.HashSet<>(DemocracyProcess.reportFields());
        correction.add(Var.CORRECTION_NOTE);
        return List.of(new PartyTask(Activity.SUBMIT, DemocracyProcess.reportFields()),
                new PartyTask(Activity.SUBMIT_AFTER_REMINDER, DemocracyProcess.reportFields()),
                new PartyTask(Activity.REPORT_CORRECTION, correction));
    }

    /** The enterprise opens its check's page and uploads and reads the report's documents. */
    @Override
    public List<String> enterpriseApi() {
        return List.of("/api/democracy/checks/*", "/api/democracy/checks/*/documents", "/api/democracy/documents/*");
    }

    @Override
    public List<String> tables() {
        return List.of("democracy_check", "democracy_submission", "democracy_session", "democracy_finding",
                "democracy_document");
    }
}
