package org.workright.legalaid;

import static org.workright.casework.CaseworkProcess.Capability.READ_ENTERPRISE_FILES;
import static org.workright.casework.CaseworkProcess.Capability.READ_EVERY_CASE;
import static org.workright.casework.CaseworkProcess.Capability.START_CASES;

import java.util.List;
import java.util.Map;

import org.workright.casework.CaseworkProcess;

/** 工会法律援助, declared once: what the rest of the application needs to know of this process. */
public final class LegalAidModule implements CaseworkProcess {

    /** The declaration, for the process's own classes. */
    static final LegalAidModule DECLARATION = new LegalAidModule();

    public static final String OFFICE = "legalAidOffice";
    public static final String LEAD = "legalAidLead";
    public static final String LAWYERS = "lawyers";

    @Override
    public String module() {
        return "legalaid";
    }

    @Override
    public List<String> processKeys() {
        return List.of(LegalAidProcess.KEY);
    }

    @Override
    public String casePrefix() {
        return "LA";
    }

    @Override
    public List<ProcessRole> roles() {
        return List.of(
                new ProcessRole(OFFICE, "法律援助中心工作人员", List.of(START_CASES, READ_EVERY_CASE, READ_ENTERPRISE_FILES)),
                new ProcessRole(LEAD, "法律援助中心负责人", List.of(READ_EVERY_CASE, READ_ENTERPRISE_FILES)),
                // a lawyer reads a case once proposed for it (granted case by case)
                new ProcessRole(LAWYERS, "志愿律师", List.of()));
    }

    @Override
    public List<DemoPerson> demoPeople() {
        return List.of(
                new DemoPerson("office1", "王芳", "法律援助中心", List.of(OFFICE)),
                new DemoPerson("office2", "李强", "法律援助中心", List.of(OFFICE)),
                new DemoPerson("lead1", "赵敏", "法律援助中心负责人", List.of(LEAD, OFFICE)),
                new DemoPerson("lawyer1", "张伟", "律师", List.of(LAWYERS)),
                new DemoPerson("lawyer2", "陈静", "律师", List.of(LAWYERS)),
                new DemoPerson("lawyer3", "刘洋", "律师", List.of(LAWYERS)),
                new DemoPerson("lawyer4", "杨磊", "律师", List.of(LAWYERS)));
    }

    /** The letters of a case and who they are addressed to. */
    static final Map<String, Audience> LETTERS = Map.of(
            "legal-aid.supplement", Audience.WORKER,
            "legal-aid.grant", Audience.WORKER,
            "legal-aid.urgent", Audience.WORKER,
            "legal-aid.refusal", Audience.WORKER,
            "legal-aid.assignment", Audience.LAWYER,
            "legal-aid.assignment-notice", Audience.WORKER,
            "legal-aid.termination", Audience.WORKER,
            "legal-aid.closure", Audience.WORKER);

    @Override
    public Map<String, Audience> letters() {
        return LETTERS;
    }

    @Override
    public List<String> tables() {
        return List.of("legal_aid_case", "legal_aid_decline", "legal_aid_stage", "lawyer", "lawyer_conflict");
    }
}
