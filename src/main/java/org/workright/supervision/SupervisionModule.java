package org.workright.supervision;

import static org.workright.casework.CaseworkProcess.Capability.READ_ENTERPRISE_FILES;
import static org.workright.casework.CaseworkProcess.Capability.READ_EVERY_CASE;
import static org.workright.casework.CaseworkProcess.Capability.REGISTER_ENTERPRISES;
import static org.workright.casework.CaseworkProcess.Capability.START_CASES;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.workright.casework.CaseworkProcess;

/** 劳动法律监督, declared once: what the rest of the application needs to know of this process. */
public final class SupervisionModule implements CaseworkProcess {

    /** The declaration, for the process's own classes. */
    static final SupervisionModule DECLARATION = new SupervisionModule();

    public static final String INSPECTORS = "inspectors";
    /** County-level (or higher) federation staff: approve notices and issue 建议书 (art 21). */
    public static final String LEADS = "inspectionLeads";
    public static final String LABOUR_BUREAU = "labourBureau";

    @Override
    public String module() {
        return "supervision";
    }

    @Override
    public List<String> processKeys() {
        return List.of(SupervisionProcess.KEY);
    }

    @Override
    public String casePrefix() {
        return "SV";
    }

    @Override
    public List<ProcessRole> roles() {
        List<Capability> inspecting = List.of(START_CASES, READ_EVERY_CASE, READ_ENTERPRISE_FILES, REGISTER_ENTERPRISES);
        return List.of(
                new ProcessRole(INSPECTORS, "劳动法律监督员", inspecting),
                new ProcessRole(LEADS, "县级以上总工会法律监督负责人", inspecting),
                // the department reads a case once a 建议书 reaches it (granted case by case)
                new ProcessRole(LABOUR_BUREAU, "劳动保障部门审查员", List.of()));
    }

    @Override
    public List<DemoPerson> demoPeople() {
        return List.of(
                new DemoPerson("inspector1", "黄军", "监督员", List.of(INSPECTORS)),
                new DemoPerson("inspector2", "周丽", "监督员", List.of(INSPECTORS)),
                new DemoPerson("inspector3", "孙涛", "监督员", List.of(INSPECTORS)),
                new DemoPerson("supervisor1", "郑红", "监督负责人", List.of(LEADS, INSPECTORS)),
                new DemoPerson("reviewer1", "吴勇", "劳动保障监察", List.of(LABOUR_BUREAU)));
    }

    /** The letters of a case and who they are addressed to. */
    static final Map<String, Audience> LETTERS = Map.of(
            "supervision.warning", Audience.ENTERPRISE,
            "supervision.notice", Audience.ENTERPRISE,
            "supervision.service-receipt", Audience.ENTERPRISE,
            "supervision.recommendation", Audience.DEPARTMENT,
            "supervision.correction", Audience.ENTERPRISE);

    @Override
    public Map<String, Audience> letters() {
        return LETTERS;
    }

    /** The enterprise answers the 意见书 in writing (art 20); the rest of the case is the union's. */
    @Override
    public List<PartyTask> enterpriseTasks() {
        return List.of(new PartyTask(SupervisionProcess.Activity.ENTERPRISE_REPLY,
                Set.of(SupervisionProcess.Var.REPLY_TEXT, SupervisionProcess.Var.CORRECTIVE_MEASURES,
                        SupervisionProcess.Var.REPLY_EVIDENCE)));
    }

    @Override
    public List<String> tables() {
        return List.of("supervision_case", "inspector_certificate");
    }
}
