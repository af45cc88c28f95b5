package org.workright.contracts;

import static org.workright.contracts.ContractProcess.Var.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.workright.casework.Deadline;
import org.workright.casework.Deadlines;
import org.workright.casework.EngineAccess;
import org.workright.casework.InvalidInput;
import org.workright.letters.Letter;
import org.workright.people.CurrentUser;
import org.workright.system.Zones;

/**
 * The review of a filing by the labour bureau, and the contract's life after it: receipt (the
 * 15-day clock starts), the union's opinion, the legality pre-check (DMN
 * collective-contract-legality), the reviewer's objection or approval, taking effect by silence,
 * publication to the workers, the renewal reminder and expiry.
 */
@Service
class ContractReview {

    static final String LEGALITY_DECISION = "collective-contract-legality";

    private final ContractRepository contracts;
    private final ContractVariables variables;
    private final ContractDistricts districts;
    private final ContractLetters letters;
    private final ContractPeriods periods;
    private final EngineAccess engineAccess;
    private final DecisionService decisions;
    private final CurrentUser currentUser;
    private final Clock clock;

    ContractReview(ContractRepository contracts, ContractVariables variables, ContractDistricts districts,
            ContractLetters letters, ContractPeriods periods, EngineAccess engineAccess, DecisionService decisions,
            CurrentUser currentUser, Clock clock) {
        this.contracts = contracts;
        this.variables = variables;
        this.districts = districts;
        this.letters = letters;
        this.periods = periods;
        this.engineAccess = engineAccess;
        this.decisions = decisions;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Task_AcceptFiling: received today; the review period runs {@link ContractPeriods#reviewDays}
     * days on the district's clock; 受理回执 to the party. On the first filing the district's (and
     * the city's) reviewers and union officers may follow the case in the engine from now on.
     */
    Map<String, Object> accept(String caseNo, String processInstanceId) {
        Contract c = contracts.require(caseNo);
        LocalDate today = today();
        Deadline reviewDue = districts.deadlines(c.districtCode()).calendarDaysFromToday(periods.reviewDays());
        contracts.recordReceipt(caseNo, c.version(), today, reviewDue.day());
        Filing f = contracts.filing(caseNo, c.version());
        if (c.version() == 1) {
            // a set: a filing of the city itself has the city's groups as its district's
            new java.util.LinkedHashSet<>(List.of(districts.reviewers(c.districtCode()), districts.unions(c.districtCode()),
                    districts.cityReviewers(), districts.cityUnions()))
                    .forEach(group -> engineAccess.grantGroupRead(processInstanceId, group));
        }
        letters.receipt(c, f, reviewDue, contracts.documents(caseNo).stream().filter(d -> d.version() == f.version()).toList());
        Map<String, Object> vars = new HashMap<>(variables.of(caseNo));
        vars.put(OBJECTED, false);
        return vars;
    }

    void recordUnionOpinion(String caseNo, int version, String opinion) {
        if (opinion == null || opinion.isBlank() || opinion.length() > 4000) {
            throw InvalidInput.naming("请填写工会的意见（4000字以内）", UNION_OPINION);
        }
        contracts.recordUnionOpinion(caseNo, version, opinion.strip(), currentUser.id(), today());
    }

    /**
     * Task_PreCheck: each finding of the legality table, with its rule and weight, one a line, on
     * the record; what the reviewer's task says of them.
     */
    String precheck(String caseNo) {
        Contract c = contracts.require(caseNo);
        Filing f = contracts.filing(caseNo, c.version());
        List<Map<String, Object>> rows = decisions.evaluateDecisionByKey(LEGALITY_DECISION)
                .variables(Variables.createVariables()
                        .putValue("kind", c.kind().name())
                        .putValue("lowestWage", f.lowestWage())
                        .putValue("minimumWage", districts.of(c.districtCode()).monthlyMinimumWage())
                        .putValue("weeklyHours", f.weeklyHours())
                        .putValue("wageIncreaseAgreed", !f.wageIncrease().matches("\\s*(未约定|无|/|—)?\\s*"))
                        .putValue("lateFiling", f.lateFiling())
                        .putValue("delegateChief", f.employerChief() == Filing.ChiefCapacity.DELEGATE))
                .evaluate().getResultList();
        String text = rows.isEmpty() ? "未发现问题。"
                : rows.stream().map(r -> "【" + r.get("weight") + "】" + r.get("finding") + "（" + r.get("rule") + "）")
                        .collect(Collectors.joining("\n"));
        contracts.recordPrecheck(caseNo, c.version(), text);
        long unlawful = rows.stream().filter(r -> "不合法".equals(r.get("weight"))).count();
        return rows.isEmpty() ? "合法性预审未发现问题" : "合法性预审发现" + rows.size() + "项问题（其中不合法" + unlawful + "项）";
    }

    /**
     * Task_RecordReview: an objection (审查意见书 to both sides, art 45) or an approval (生效通知书).
     * The union of the same level is heard first (Yunnan): until its opinion is in or its time is
     * up, no decision. Approving what the pre-check calls unlawful needs the reviewer's own reason.
     */
    Map<String, Object> decide(String caseNo, boolean objects, String opinion) {
        Contract c = contracts.require(caseNo);
        Filing f = contracts.filing(caseNo, c.version());
        LocalDate today = today();
        if (!c.regional() && f.unionOpinion() == null && !today.isAfter(variables.unionOpinionDue(c, f))) {
            throw InvalidInput.of("同级工会的意见尚未提出（期限至" + Deadline.chineseDate(variables.unionOpinionDue(c, f))
                    + "），请听取工会意见后再作出审查决定");
        }
        String words = opinion == null ? "" : opinion.replaceAll("[\\p{P}\\p{S}\\s]+", "");
        if (objects && words.isEmpty()) {
            throw InvalidInput.naming("提出审查意见的，请逐项写明意见和依据", OPINION);
        }
        if (!objects && f.precheck() != null && f.precheck().contains("【不合法】") && words.length() < 4) {
            throw InvalidInput.naming("合法性预审发现不合法情形，同意生效的，请写明理由", OPINION);
        }
        String by = currentUser.id();
        Map<String, Object> vars = new HashMap<>();
        vars.put(OBJECTED, objects);
        if (objects) {
            contracts.recordObjection(caseNo, f.version(), opinion.strip(), by, today);
            Filing decided = contracts.filing(caseNo, f.version());
            Letter letter = letters.objection(c, decided, opinion.strip(), variables.refileDue(c, decided));
            vars.putAll(variables.of(caseNo));
            vars.put(OBJECTION_NUMBER, letter.number());
        } else {
            takeEffect(c, f, Filing.Outcome.APPROVED, opinion == null || words.isEmpty() ? null : opinion.strip(), by);
            vars.putAll(variables.of(caseNo));
        }
        return vars;
    }

    /** Task_TakeEffect: 15 days passed without an objection (art 47; LCL art 54). */
    Map<String, Object> takeEffectBySilence(String caseNo) {
        Contract c = contracts.require(caseNo);
        takeEffect(c, contracts.filing(caseNo, c.version()), Filing.Outcome.SILENCE, null, CurrentUser.SYSTEM);
        return variables.of(caseNo);
    }

    private void takeEffect(Contract c, Filing f, Filing.Outcome outcome, String opinion, String by) {
        LocalDate today = today();
        Deadlines clock = districts.deadlines(c.districtCode());
        Deadline publicationDue = clock.of(clock.calendarDaysFrom(today, periods.publicationDays()));
        contracts.recordEffect(c.caseNo(), f, outcome, opinion, by, today, publicationDue.day());
        if (!c.regional()) {
            // the workers covered are those of the version in force, not of one still under review
            contracts.insertCoverage(c.caseNo(), List.of(new ContractRepository.Coverage(c.creditCode(), f.workersCovered())));
        }
        letters.effective(contracts.require(c.caseNo()), contracts.filing(c.caseNo(), f.version()),
                outcome == Filing.Outcome.SILENCE, opinion, today, publicationDue);
    }

    /** Task_RecordPublication: the party says when and how the workers were told. */
    void recordPublication(String caseNo, LocalDate publishedOn, String note) {
        Contract c = contracts.require(caseNo);
        if (publishedOn == null || publishedOn.isAfter(today()) || publishedOn.isBefore(c.effectiveOn())) {
            throw InvalidInput.naming("公布日期应在合同生效之日至今天之间", PUBLISHED_ON);
        }
        if (note == null || note.isBlank() || note.length() > 2000) {
            throw InvalidInput.naming("请写明公布的方式和范围，如厂务公开栏、职工代表大会、内网（2000字以内）", PUBLICATION_NOTE);
        }
        contracts.recordPublication(caseNo, publishedOn, note.strip());
    }

    /** Task_RecordPublicationMissed: not confirmed in time, a finding on the enterprise's file. */
    void recordPublicationMissed(String caseNo) {
        contracts.recordPublicationMissed(caseNo);
    }

    void remindRenewal(String caseNo) {
        contracts.recordRenewalReminder(caseNo, today());
    }

    /** Task_RecordRenewalIntent: the party's answer to the renewal reminder, on its file. */
    void recordRenewalIntent(String caseNo, String intent, String note) {
        Contract.RenewalIntent choice;
        try {
            choice = Contract.RenewalIntent.valueOf(intent == null ? "" : intent.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInput.naming("请选择本方的打算：续订、重新协商签订或期满终止", RENEWAL_INTENT);
        }
        if (note != null && note.length() > 2000) {
            throw InvalidInput.naming("说明不超过2000字", RENEWAL_NOTE);
        }
        contracts.recordRenewalIntent(caseNo, choice, note == null || note.isBlank() ? null : note.strip());
    }

    void expire(String caseNo) {
        contracts.expire(caseNo);
    }

    /**
     * Task_RecordLapse: not re-filed in time. A first filing ends there; an amendment of a contract in
     * force leaves the contract as it was, in force for the rest of its term (the process waits for
     * its renewal and expiry again). Returns whether a contract is in force.
     */
    boolean lapse(String caseNo) {
        Contract c = contracts.require(caseNo);
        if (c.effectiveOn() == null) {
            contracts.lapse(caseNo);
            return false;
        }
        contracts.resumeInForce(caseNo);
        return true;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Zones.KUNMING);
    }
}
