package org.workright.democracy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.workright.casework.Deadline;
import org.workright.casework.Deadlines;
import org.workright.democracy.DemocracyProcess.Var;
import org.workright.enterprises.EnterpriseRegister;

/** A check's process variables, always from the record: the enterprise cannot set one of them. */
@Component
class DemocracyVariables {

    private final DemocracyRepository checks;
    private final DemocracyDistricts districts;

    DemocracyVariables(DemocracyRepository checks, DemocracyDistricts districts) {
        this.checks = checks;
        this.districts = districts;
    }

    Map<String, Object> of(String caseNo) {
        DemocracyCheck c = checks.require(caseNo);
        Deadlines deadlines = districts.deadlines(c.districtCode());
        Map<String, Object> vars = new HashMap<>();
        vars.put(Var.CASE_NO, c.caseNo());
        vars.put(Var.CASE_SUMMARY, c.summary());
        vars.put(Var.CREDIT_CODE, c.creditCode());
        vars.put(Var.CHECK_YEAR, c.year());
        vars.put(Var.ENTERPRISE_GROUP, EnterpriseRegister.groupOf(c.creditCode()));
        vars.put(DemocracyModule.INSPECTOR_ROLE.districtGroupVariable(), districts.inspectors(c.districtCode()));
        Deadline due = deadlines.of(c.submissionDue());
        vars.put(Var.SUBMISSION_DUE_AT, due.timer());
        vars.put(Var.SUBMISSION_DUE_TEXT, due.text());
        Deadline last = deadlines.of(c.finalDue());
        vars.put(Var.FINAL_DUE_AT, last.timer());
        vars.put(Var.FINAL_DUE_TEXT, last.text());
        vars.put(Var.FINDINGS_TEXT, findingsText(caseNo));
        if (c.rectificationDue() != null) {
            Deadline rectification = deadlines.of(c.rectificationDue());
            vars.put(Var.RECTIFICATION_DUE_AT, rectification.timer());
            vars.put(Var.RECTIFICATION_DUE_TEXT, rectification.text());
        }
        return vars;
    }

    /** The latest report's findings (or the missed report's), one a line, as the inspector's forms show them. */
    String findingsText(String caseNo) {
        List<Finding> findings = checks.findings(caseNo, checks.lastReportNo(caseNo));
        if (findings.isEmpty()) {
            return "未发现问题";
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < findings.size(); i++) {
            text.append(i + 1).append(". ").append(findings.get(i).line()).append('\n');
        }
        return text.toString().strip();
    }
}
