package org.workright.contracts;

import static org.workright.casework.CaseworkProcess.Capability.READ_ENTERPRISE_FILES;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.workright.casework.CaseworkProcess;
import org.workright.people.Roles;
import org.workright.contracts.ContractProcess.Activity;
import org.workright.contracts.ContractProcess.Var;

/** 集体合同报送审查, declared once: what the rest of the application needs to know of this process. */
public final class ContractsModule implements CaseworkProcess {

    /** The declaration, for the process's own classes. */
    static final ContractsModule DECLARATION = new ContractsModule();

    /** The labour bureau's reviewers, each of one county or district (or of the city, who see every filing). */
    public static final String REVIEWERS = "contractReviewers";
    /**
     * The union of the same level, which receives a copy and gives its opinion (Yunnan Collective
     * Contract Regulations); it also files industry-wide and regional contracts.
     */
    public static final String UNIONS = "contractUnions";

    static final ProcessRole REVIEWER_ROLE = new ProcessRole(REVIEWERS, "劳动保障部门集体合同审查员", List.of(), true);
    static final ProcessRole UNION_ROLE = new ProcessRole(UNIONS, "工会集体合同指导员", List.of(READ_ENTERPRISE_FILES), true);

    @Override
    public String module() {
        return "contracts";
    }

    @Override
    public List<String> processKeys() {
        return List.of(ContractProcess.KEY);
    }

    @Override
    public String casePrefix() {
        return "CC";
    }

    @Override
    public List<ProcessRole> roles() {
        return List.of(REVIEWER_ROLE, UNION_ROLE);
    }

    /** The city's districts by division code: 官渡区 530111, 五华区 530102; the city 5301. */
    @Override
    public List<DemoPerson> demoPeople() {
        return List.of(
                new DemoPerson("bureau1", "陈静", "官渡区人社局审查员", List.of(REVIEWERS, REVIEWER_ROLE.districtGroup("530111"))),
                new DemoPerson("bureau2", "杨波", "五华区人社局审查员", List.of(REVIEWERS, REVIEWER_ROLE.districtGroup("530102"))),
                new DemoPerson("bureau0", "马莉", "市人社局审查员", List.of(REVIEWERS, REVIEWER_ROLE.districtGroup("5301"))),
                new DemoPerson("union1", "刘芳", "官渡区总工会", List.of(UNIONS, UNION_ROLE.districtGroup("530111"))),
                new DemoPerson("union2", "段伟", "五华区总工会", List.of(UNIONS, UNION_ROLE.districtGroup("530102"))),
                // representatives of the demo filings' enterprises (DemoContracts links them to their enterprise)
                new DemoPerson("enterpriseC", "罗斌", "昆明示例电子科技有限公司", List.of(Roles.ENTERPRISE)),
                new DemoPerson("enterpriseD", "邓超", "昆明示例物流有限公司", List.of(Roles.ENTERPRISE)),
                new DemoPerson("enterpriseE", "李明", "昆明示例城市服务集团有限公司", List.of(Roles.ENTERPRISE)));
    }

    static final String RECEIPT = "collective-contract.receipt";
    static final String OBJECTION = "collective-contract.objection";
    static final String EFFECTIVE = "collective-contract.effective";

    /** Every letter goes to the filing party (the enterprise; both sides for an objection). */
    static final Map<String, Audience> LETTERS = Map.of(
            RECEIPT, Audience.ENTERPRISE,
            OBJECTION, Audience.ENTERPRISE,
            EFFECTIVE, Audience.ENTERPRISE);

    @Override
    public Map<String, Audience> letters() {
        return LETTERS;
    }

    /** The filing's own fields, as the start form and the re-filing form hold them. */
    static final Set<String> FILING_FIELDS = Set.of(Var.KIND, Var.SIGNED_ON, Var.STARTS_ON, Var.ENDS_ON,
            Var.WORKERS_COVERED, Var.NEGOTIATORS, Var.WORKERS_CHIEF_IS_UNION_CHAIR, Var.EMPLOYER_CHIEF_CAPACITY,
            Var.VOTE_TOTAL, Var.VOTE_PRESENT, Var.VOTE_IN_FAVOUR, Var.VOTE_HELD_ON, Var.LOWEST_MONTHLY_WAGE,
            Var.WEEKLY_HOURS, Var.WAGE_INCREASE);

    /**
     * The filing party's tasks: attaching the documents, re-filing after an objection, confirming
     * publication, answering the renewal reminder. For a regional contract the party is the union that filed it.
     */
    @Override
    public List<PartyTask> enterpriseTasks() {
        Set<String> publication = Set.of(Var.PUBLISHED_ON, Var.PUBLICATION_NOTE);
        return List.of(new PartyTask(Activity.ATTACH_DOCUMENTS, Set.of()),
                new PartyTask(Activity.REFILE, FILING_FIELDS),
                new PartyTask(Activity.CONFIRM_PUBLICATION, publication),
                new PartyTask(Activity.CONFIRM_PUBLICATION_LATE, publication),
                new PartyTask(Activity.CONSIDER_RENEWAL, Set.of(Var.RENEWAL_INTENT, Var.RENEWAL_NOTE)));
    }

    /** An enterprise checks its own collective contract before filing it, files it and follows it. */
    @Override
    public List<String> enterpriseApi() {
        return List.of("/api/contracts/**");
    }

    @Override
    public boolean startedByEnterprises() {
        return true;
    }

    @Override
    public List<String> tables() {
        return List.of("collective_contract", "collective_contract_version", "collective_contract_negotiator",
                "collective_contract_coverage", "collective_contract_document");
    }
}
