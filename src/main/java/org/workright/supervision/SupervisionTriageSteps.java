package org.workright.supervision;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workright.casework.Deadlines;
import org.workright.casework.InvalidInput;
import java.util.TreeMap;

/** Triage and investigation: the case is taken up or rejected, and two inspectors investigate. */
@Service
class SupervisionTriageSteps {

    /** ACFTU Labour-Law Supervision Measures art 18: investigations by at least two inspectors. */
    static final int MIN_INSPECTORS = 2;

    private final SupervisionCaseRepository cases;
    private final Deadlines deadlines;
    private final IdentityService identity;
    private final InspectorCertificates certificates;

    SupervisionTriageSteps(SupervisionCaseRepository cases, Deadlines deadlines, IdentityService identity,
            InspectorCertificates certificates) {
        this.cases = cases;
        this.deadlines = deadlines;
        this.identity = identity;
        this.certificates = certificates;
    }

    @Transactional
    void reject(String caseNo, RejectionReason reason, String note) {
        cases.reject(caseNo, reason, note, deadlines.today());
    }

    /** The case is taken up, with the day the breach ended as triage finds it (for the two-year rule). */
    @Transactional
    void accept(String caseNo, LocalDate conductEndedOn) {
        if (conductEndedOn != null && conductEndedOn.isAfter(deadlines.today())) {
            throw InvalidInput.of("违法行为终了日期不能晚于今天");
        }
        cases.accept(caseNo, conductEndedOn);
    }

    /** The two-year rule's warning for the lead about to sign a 建议书, from the record. */
    String twoYearWarning(String caseNo) {
        return cases.require(caseNo).twoYearWarning(deadlines.today());
    }

    /**
     * Refuses an investigation by fewer than two inspectors, or by one without a valid 监督证 (art 18):
     * the task does not complete. The record names each with their certificate.
     */
    @Transactional
    void recordInvestigation(String caseNo, String inspectors, String findings, String evidence, String articles) {
        List<String> team = Arrays.stream(inspectors == null ? new String[0] : inspectors.split("[,，、\\s]+"))
                .map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        List<String> unknown = team.stream().filter(id -> !isInspector(id)).toList();
        if (!unknown.isEmpty()) {
            throw InvalidInput.of("以下用户不是劳动法律监督员：" + String.join("、", unknown));
        }
        if (team.size() < MIN_INSPECTORS) {
            throw InvalidInput.of("调查应由两名以上劳动法律监督员进行（《工会劳动法律监督办法》第十八条），当前只有"
                    + team.size() + "名");
        }
        Map<String, String> held = certificates.validOn(team, deadlines.today());
        List<String> uncertified = team.stream().filter(id -> !held.containsKey(id)).toList();
        if (!uncertified.isEmpty()) {
            throw InvalidInput.of("以下监督员没有有效的劳动法律监督证（《工会劳动法律监督办法》第十八条）："
                    + String.join("、", uncertified));
        }
        Map<String, String> names = identity.createUserQuery().userIdIn(team.toArray(String[]::new)).list().stream()
                .filter(u -> u.getFirstName() != null && !u.getFirstName().isBlank())
                .collect(Collectors.toMap(User::getId, User::getFirstName));
        String withCertificates = team.stream()
                .map(id -> names.getOrDefault(id, id) + "（监督证" + held.get(id) + "）").collect(Collectors.joining("、"));
        cases.recordInvestigation(caseNo, team, withCertificates, findings, evidence, articles);
    }

    /**
     * Who may be picked for an investigation's team: every inspector and lead by name, and whether
     * their 监督证 is valid today (one statement for the certificates, one per group for the people).
     */
    List<RosterEntry> roster(boolean withNumbers) {
        Map<String, User> people = new TreeMap<>();
        for (String group : List.of(SupervisionModule.INSPECTORS, SupervisionModule.LEADS)) {
            identity.createUserQuery().memberOfGroup(group).list().forEach(u -> people.putIfAbsent(u.getId(), u));
        }
        Map<String, String> held = certificates.validOn(List.copyOf(people.keySet()), deadlines.today());
        return people.values().stream()
                .map(u -> new RosterEntry(u.getId(), u.getFirstName() == null || u.getFirstName().isBlank()
                        ? u.getId() : u.getFirstName(), held.containsKey(u.getId()),
                        withNumbers ? held.get(u.getId()) : null))
                .toList();
    }

    /**
     * @param certified     whether their 监督证 is valid today (if not, they cannot be picked)
     * @param certificateNo its number, for the leads who keep the register only
     */
    record RosterEntry(String id, String name, boolean certified, String certificateNo) {
    }

    /** A labour-law inspector (or lead), as the identity store says: who may investigate and hold a 监督证. */
    boolean isInspector(String userId) {
        return identity.createUserQuery().userId(userId).memberOfGroup(SupervisionModule.INSPECTORS).count() > 0
                || identity.createUserQuery().userId(userId).memberOfGroup(SupervisionModule.LEADS).count() > 0;
    }
}
