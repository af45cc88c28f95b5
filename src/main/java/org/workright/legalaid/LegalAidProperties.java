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
        int progressCheckDays) {
}
