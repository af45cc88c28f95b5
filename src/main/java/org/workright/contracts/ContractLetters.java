package org.workright.contracts;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.workright.casework.Deadline;
import org.workright.letters.CaseView;
import org.workright.letters.Letter;
import org.workright.letters.LetterService;

/**
 * The letters of a filing, each issued by the reviewing labour bureau and numbered in its own
 * series, once per version: 受理回执 to the filing party (copy to the union), 审查意见书 to both
 * sides (art 45: both parties' names and addresses, the date received, each opinion, date and
 * seal), 生效通知书 to both sides. Negotiators' identity numbers never reach a letter.
 */
@Component
class ContractLetters {

    private final LetterService letters;
    private final ContractDistricts districts;
    private final ContractPeriods periods;

    ContractLetters(LetterService letters, ContractDistricts districts, ContractPeriods periods) {
        this.letters = letters;
        this.districts = districts;
        this.periods = periods;
    }

    Letter receipt(Contract c, Filing f, Deadline reviewDue, List<ContractDocument> documents) {
        Map<String, Object> values = new HashMap<>();
        values.put("reviewDays", periods.reviewDays());
        values.put("reviewDue", reviewDue.day());
        values.put("reviewDueNote", reviewDue.note());
        values.put("documents", documents.stream().map(d -> d.purpose().label() + "（" + d.fileName() + "）").toList());
        return letters.issue(ContractsModule.RECEIPT, view(c, f), "receipt-v" + f.version(), c.employerParty(), values);
    }

    Letter objection(Contract c, Filing f, String opinion, LocalDate refileDue) {
        return letters.issue(ContractsModule.OBJECTION, view(c, f), "objection-v" + f.version(), bothSides(c),
                Map.of("opinion", opinion, "refileDue", refileDue));
    }

    Letter effective(Contract c, Filing f, boolean silence, String opinion, LocalDate effectiveOn,
            Deadline publicationDue) {
        Map<String, Object> values = new HashMap<>();
        values.put("silence", silence);
        values.put("opinion", opinion == null ? "" : opinion);
        values.put("effectiveOn", effectiveOn);
        values.put("reviewDays", periods.reviewDays());
        values.put("publicationDays", periods.publicationDays());
        values.put("publicationDue", publicationDue.day());
        values.put("publicationDueNote", publicationDue.note());
        return letters.issue(ContractsModule.EFFECTIVE, view(c, f), "effective-v" + f.version(), bothSides(c), values);
    }

    private static String bothSides(Contract c) {
        return c.employerParty() + "、" + c.unionParty();
    }

    private CaseView view(Contract c, Filing f) {
        Map<String, Object> view = new HashMap<>();
        view.put("caseNo", c.caseNo());
        view.put("title", c.title());
        view.put("kind", c.kind().label());
        view.put("employerParty", c.employerParty());
        view.put("employerAddress", c.employerAddress());
        view.put("unionParty", c.unionParty());
        view.put("unionAddress", c.unionAddress());
        view.put("regional", c.regional());
        view.put("version", f.version());
        view.put("reason", f.reason().label());
        view.put("startsOn", f.startsOn());
        view.put("endsOn", f.endsOn());
        view.put("signedOn", f.signedOn());
        view.put("filedOn", f.filedOn());
        view.put("receivedOn", f.receivedOn() == null ? f.filedOn() : f.receivedOn());
        view.put("workersCovered", f.workersCovered());
        view.put("lateFiling", f.lateFiling());
        view.put("lastFilingDay", f.lastFilingDay());
        return new CaseView(c.caseNo(), view, districts.issuer(c.districtCode()));
    }
}
