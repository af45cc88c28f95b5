package org.workright.democracy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.workright.casework.Deadline;
import org.workright.letters.CaseView;
import org.workright.letters.Letter;
import org.workright.letters.LetterService;

/**
 * A check's letters, issued by the federation of the enterprise's county or district and numbered
 * in its series: the reminder when no report came by the deadline, the 合格通知 (also after a
 * correction), and the 整改通知书 listing each finding with its rule and the correction deadline.
 */
@Component
class DemocracyLetters {

    private final LetterService letters;
    private final DemocracyDistricts districts;

    DemocracyLetters(LetterService letters, DemocracyDistricts districts) {
        this.letters = letters;
        this.districts = districts;
    }

    Letter reminder(DemocracyCheck c, Deadline finalDue) {
        return letters.issue(DemocracyModule.REMINDER, view(c), "reminder", c.enterpriseName(),
                Map.of("submissionDue", c.submissionDue(), "finalDue", finalDue.day(), "finalDueNote", finalDue.note()));
    }

    /** @param warnings the "一般" findings, which the letter asks to improve without failing the check */
    Letter compliant(DemocracyCheck c, boolean afterRectification, List<Finding> warnings, String step) {
        Map<String, Object> values = new HashMap<>();
        values.put("afterRectification", afterRectification);
        values.put("warnings", warnings.stream().map(Finding::line).toList());
        return letters.issue(DemocracyModule.COMPLIANT, view(c), step, c.enterpriseName(), values);
    }

    Letter rectification(DemocracyCheck c, List<Finding> findings, Deadline due) {
        return letters.issue(DemocracyModule.RECTIFICATION, view(c), "rectification", c.enterpriseName(),
                Map.of("findings", findings.stream().map(Finding::line).toList(), "rectificationDue", due.day(),
                        "rectificationDueNote", due.note()));
    }

    private CaseView view(DemocracyCheck c) {
        Map<String, Object> view = new HashMap<>();
        view.put("caseNo", c.caseNo());
        view.put("year", c.year());
        view.put("enterpriseName", c.enterpriseName());
        view.put("enterpriseAddress", c.enterpriseAddress());
        view.put("creditCode", c.creditCode());
        view.put("submissionMissed", c.submissionMissed());
        return new CaseView(c.caseNo(), view, districts.issuer(c.districtCode()));
    }
}
