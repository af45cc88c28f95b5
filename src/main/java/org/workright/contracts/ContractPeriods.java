package org.workright.contracts;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The periods of a filing's life, in calendar days on the statutory clock (a last day on a rest day
 * moves to the next working day). Statutory ones cite their article; [U] ones are the federation's.
 *
 * @param reviewDays              art 47 (LCL art 54): no objection within 15 days of receipt, and it takes effect
 * @param unionOpinionDays        [U] the same-level union's opinion is due this many days after receipt
 * @param refileDays              [U] after an objection the parties renegotiate and re-file within this many days
 * @param publicationDays         published to all workers within 10 days of taking effect (Yunnan)
 * @param publicationReminderDays [U] the filing party is reminded this many days before publication is due
 * @param renewalReminderMonths   art 38: renewal may be requested within 3 months before expiry
 * @param documentMaxBytes        [U] the largest document accepted
 */
@ConfigurationProperties("workright.collective-contracts.periods")
record ContractPeriods(int reviewDays, int unionOpinionDays, int refileDays, int publicationDays,
        int publicationReminderDays, int renewalReminderMonths, int documentMaxBytes) {

    ContractPeriods {
        if (reviewDays < 1 || unionOpinionDays < 1 || unionOpinionDays >= reviewDays || refileDays < 1
                || publicationDays < 1 || publicationReminderDays < 0 || publicationReminderDays >= publicationDays
                || renewalReminderMonths < 1 || documentMaxBytes < 1024) {
            throw new IllegalArgumentException("workright.collective-contracts.periods out of range");
        }
    }
}
