package org.workright.legalaid;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The legal-aid rules that are local standards or unsure (local standards, not statute): configuration, not code. */
@ConfigurationProperties("workright.legal-aid")
public record LegalAidProperties(
        BigDecimal hardshipMonthlyIncome,
        int supplementDays,
        int decisionDays,
        int completenessWorkingDays,
        int assignmentDays,
        int urgentAssignmentDays,
        int urgentThresholdDays,
        int reminderLeadDays,
        int progressCheckDays,
        LegalAidDistricts.CountyFrom countyFrom,
        Objection objection,
        Office office) {

    /** The legal-aid office as the worker's receipt and status page name it, so they can reach it. */
    public record Office(String name, String address, String phone) {
    }


    /**
     * Where a worker objects to a refusal or termination: the union that set up the legal-aid
     * centre (LAL art 49 by reference from art 68), as its letters name it.
     */
    public record Objection(String name, String address) {
    }
}
