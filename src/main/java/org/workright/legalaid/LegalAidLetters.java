package org.workright.legalaid;

import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.workright.casework.Deadline;
import org.workright.letters.CaseView;
import org.workright.letters.LetterService;
import org.workright.system.Zones;

/**
 * The letters of a legal-aid case and what each says. All but the lawyer's 指派通知书 go to the
 * worker; none carries the full ID number.
 */
@Component
class LegalAidLetters {

    private final LetterService letters;
    private final LegalAidProperties properties;

    LegalAidLetters(LetterService letters, LegalAidProperties properties) {
        this.letters = letters;
        this.properties = properties;
    }

    /**
     * 补充材料通知书: everything missing at once, with the day it is due, and what follows if nothing
     * comes: the application is treated as withdrawn (LAL art 43), or, after urgent aid, aid ends
     * (arts 44, 48).
     */
    void supplement(LegalAidCase c, int round, String missingItems, Deadline due, boolean afterUrgentAid) {
        toWorker("legal-aid.supplement", c, "supplement-" + round, Map.of("missingItems", missingItems,
                "due", due.day(), "dueNote", due.note(), "afterUrgentAid", afterUrgentAid));
    }

    /**
     * 不予法律援助决定书: the reasons, the body that hears an objection by name and address (LAL art
     * 49), the government legal-aid institution as another door, and the limitation still running.
     */
    void refusal(LegalAidCase c, String reason) {
        toWorker("legal-aid.refusal", c, "decision", Map.of("reason", reason, "objection", objection()));
    }

    /** 给予法律援助决定书, or 先行法律援助决定书 for urgent aid (LAL art 44). */
    void grant(LegalAidCase c, String reason, boolean urgentAid) {
        toWorker(urgentAid ? "legal-aid.urgent" : "legal-aid.grant", c, "decision", Map.of("reason", reason));
    }

    /** 指派通知书 to the lawyer, and the notice naming the lawyer to the worker. */
    void assignment(LegalAidCase c, String lawyerId, Lawyer.Contact contact) {
        Map<String, Object> lawyer = Map.of("name", contact.name(), "lawFirm", contact.lawFirm(),
                "phone", contact.phone());
        letters.issue("legal-aid.assignment", view(c), "assignment-" + lawyerId,
                contact.lawFirm() + contact.name() + "律师", Map.of("lawyer", lawyer));
        toWorker("legal-aid.assignment-notice", c, "assignment-notice-" + lawyerId, Map.of("lawyer", lawyer));
    }

    /** 结案通知书 (LAL art 50). */
    void closure(LegalAidCase c, String outcome) {
        toWorker("legal-aid.closure", c, "closure", Map.of("outcome", outcome));
    }

    /** 终止法律援助决定书 with its statutory ground (LAL art 48) and where to object (art 49). */
    void termination(LegalAidCase c, TerminationReason reason, String note) {
        toWorker("legal-aid.termination", c, "termination",
                Map.of("reason", reason.label(), "note", note == null ? "" : note, "objection", objection()));
    }

    /** Who hears an objection to a refusal or a termination (LAL art 49). */
    private Map<String, Object> objection() {
        return Map.of("name", properties.objection().name(), "address", properties.objection().address());
    }

    private void toWorker(String kind, LegalAidCase c, String step, Map<String, Object> values) {
        letters.issue(kind, view(c), step, c.applicantName(), values);
    }

    /** What letters may say about a case: never the full ID number. */
    private static CaseView view(LegalAidCase c) {
        Map<String, Object> view = new HashMap<>();
        view.put("caseNo", c.caseNo());
        view.put("applicantName", c.applicantName());
        view.put("maskedIdNumber", c.maskedIdNumber());
        // for the lawyer's 指派通知书: how to reach the worker
        view.put("applicantPhone", c.applicantPhone());
        view.put("applicantAddress", c.applicantAddress() == null ? "" : c.applicantAddress());
        view.put("employerName", c.employerName());
        view.put("claimType", c.claimType().label());
        view.put("matter", c.claimType().matter(c.employerName()));
        view.put("applicantKind", c.applicantKind().label());
        view.put("contactPerson", c.contactPerson() == null ? "" : c.contactPerson());
        view.put("organisation", c.applicantKind().organisation());
        // an official letter addresses a union organisation as 你会
        view.put("you", c.applicantKind().organisation() ? "你会" : "你");
        view.put("claimAmount", c.claimAmount() == null ? "" : c.claimAmount());
        view.put("appliedOn", c.createdAt().atZoneSameInstant(Zones.KUNMING).toLocalDate());
        view.put("urgent", c.urgent());
        // a refusal states the limitation that keeps running: wage claims have their own rule (LDMAL art 27(4))
        view.put("limitation", c.claimType() == ClaimType.WAGE_ARREARS ? "WAGE" : c.claimType().limitation().name());
        return new CaseView(c.caseNo(), view);
    }
}
