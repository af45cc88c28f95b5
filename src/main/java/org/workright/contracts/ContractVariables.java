package org.workright.contracts;

import static org.workright.contracts.ContractProcess.Var.*;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.workright.casework.Deadline;
import org.workright.casework.Deadlines;
import org.workright.enterprises.EnterpriseRegister;
import org.workright.letters.Letter;
import org.workright.letters.LetterService;

/**
 * A filing's process variables, always from its record: the instance's start, every filing party
 * task's completion (the party kit restores these) and each step that moves the clocks read them
 * here, so what a gateway, timer or form reads is what the record says.
 */
@Component
class ContractVariables {

    private final ContractRepository contracts;
    private final ContractDistricts districts;
    private final ContractPeriods periods;
    private final LetterService letters;

    ContractVariables(ContractRepository contracts, ContractDistricts districts, ContractPeriods periods,
            LetterService letters) {
        this.contracts = contracts;
        this.districts = districts;
        this.periods = periods;
        this.letters = letters;
    }

    /** The group of the party that filed: the enterprise's, or for a regional contract its union's. */
    String partyGroup(Contract c) {
        return c.regional() ? districts.unions(c.districtCode()) : EnterpriseRegister.groupOf(c.creditCode());
    }

    Map<String, Object> of(String caseNo) {
        Contract c = contracts.require(caseNo);
        Filing f = contracts.filing(caseNo, c.version());
        Deadlines clock = districts.deadlines(c.districtCode());
        Map<String, Object> vars = new HashMap<>();
        vars.put(CASE_NO, caseNo);
        vars.put(CASE_SUMMARY, c.title() + "（第" + c.version() + "次报送" + (f.lateFiling() ? "，逾期报送" : "") + "）");
        vars.put(CREDIT_CODE, c.creditCode() == null ? "" : c.creditCode());
        vars.put(ENTERPRISE_GROUP, partyGroup(c));
        vars.put(REGIONAL, c.regional());
        vars.put(VERSION, c.version());
        vars.put(ContractsModule.REVIEWER_ROLE.districtGroupVariable(), districts.reviewers(c.districtCode()));
        vars.put(ContractsModule.UNION_ROLE.districtGroupVariable(), districts.unions(c.districtCode()));
        vars.put(LATE_FILING_NOTE, f.lateFiling() ? "该合同逾期报送：应于" + Deadline.chineseDate(f.lastFilingDay())
                + "前报送，实际" + Deadline.chineseDate(f.filedOn()) + "报送。" : "");
        if (f.reviewDue() != null) {
            Deadline review = clock.of(f.reviewDue());
            vars.put(REVIEW_DUE_AT, review.timer());
            vars.put(REVIEW_DUE_TEXT, review.text() + "；期限内未提出异议的，合同自"
                    + Deadline.chineseDate(f.reviewDue().plusDays(1)) + "起生效");
            vars.put(UNION_OPINION_DUE_AT, clock.of(unionOpinionDue(c, f)).timer());
            letters.findIssued(caseNo, "receipt-v" + f.version()).map(Letter::number)
                    .ifPresent(n -> vars.put(RECEIPT_NUMBER, n));
        }
        if (f.outcome() == Filing.Outcome.OBJECTED) {
            vars.put(REFILE_DUE_AT, clock.of(refileDue(c, f)).timer());
            letters.findIssued(caseNo, "objection-v" + f.version()).map(Letter::number)
                    .ifPresent(n -> vars.put(OBJECTION_NUMBER, n));
        }
        if (c.publicationDue() != null) {
            Deadline publication = clock.of(c.publicationDue());
            vars.put(PUBLICATION_DUE_AT, publication.timer());
            vars.put(PUBLICATION_DUE_TEXT, publication.text());
            vars.put(PUBLICATION_REMINDER_AT, clock.reminderDate(c.publicationDue(), periods.publicationReminderDays()));
        }
        if (c.endsOn() != null) {
            LocalDate renewalFrom = c.endsOn().minusMonths(periods.renewalReminderMonths());
            vars.put(RENEWAL_REMINDER_AT, clock.reminderDate(c.endsOn(), (int) ChronoUnit.DAYS.between(renewalFrom, c.endsOn())));
            vars.put(EXPIRES_AT, clock.timerDate(c.endsOn()));
            vars.put(EXPIRES_TEXT, Deadline.chineseDate(c.endsOn()));
        }
        return vars;
    }

    /** [U] The same-level union is heard within this many days of receipt. */
    LocalDate unionOpinionDue(Contract c, Filing f) {
        return districts.deadlines(c.districtCode()).calendarDaysFrom(f.receivedOn(), periods.unionOpinionDays());
    }

    /** [U] The re-filing after an objection is due this many days after it. */
    LocalDate refileDue(Contract c, Filing f) {
        return districts.deadlines(c.districtCode()).calendarDaysFrom(f.decidedOn(), periods.refileDays());
    }
}
