package org.workright.democracy;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The check's configuration (processes/workplace-democracy-check.yml): its local rules, the yearly
 * round and its periods, in calendar days on the enterprise's county calendar (a last day on a rest
 * day moves to the next working day).
 *
 * @param rules  the numbers the decision table applies ([U])
 * @param round  when the yearly round starts and how many checks one transaction starts
 * @param periods the report's, the reminder's and the rectification's periods ([U])
 */
@ConfigurationProperties("workright.democracy")
record DemocracySettings(DemocracyRules rules, Round round, Periods periods) {

    DemocracySettings {
        if (rules == null || round == null || periods == null) {
            throw new IllegalArgumentException("workright.democracy: rules, round and periods are required");
        }
    }

    /**
     * @param month     the round starts on the first day of this month each year
     * @param batchSize checks started per transaction
     * @param enabled   whether this node's scheduler ticks at all (any number of nodes may; one round results)
     * @param cron      the scheduler's tick, which starts whatever of the year's round is not started yet
     */
    record Round(int month, int batchSize, boolean enabled, String cron) {
        Round {
            if (month < 1 || month > 12 || batchSize < 1 || batchSize > 5000) {
                throw new IllegalArgumentException("workright.democracy.round out of range");
            }
        }
    }

    /**
     * @param reportDays        the enterprise reports within this many days of the check's start
     * @param graceDays         reminded on the deadline, it has this many days more before a missed report is a finding
     * @param rectificationDays a 整改通知书 gives this many days to correct
     * @param documentMaxBytes  the largest supporting document accepted with a report
     */
    record Periods(int reportDays, int graceDays, int rectificationDays, int documentMaxBytes) {
        Periods {
            if (reportDays < 1 || graceDays < 1 || rectificationDays < 1 || documentMaxBytes < 1024) {
                throw new IllegalArgumentException("workright.democracy.periods out of range");
            }
        }
    }
}
