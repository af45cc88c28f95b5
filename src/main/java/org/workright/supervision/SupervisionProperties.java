package org.workright.supervision;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The supervision clocks (all working days): the employer's written reply (ACFTU Measures art 20),
 * the labour department's answer (art 23) and its inspection (Labour Inspection Regulations art 17);
 * and the federation's own: the follow-up check after the correction period, and the longest period
 * a notice may set.
 */
@ConfigurationProperties("workright.supervision")
public record SupervisionProperties(int replyWorkingDays, int answerWorkingDays, int inspectionWorkingDays,
        int inspectionExtensionWorkingDays, int followUpWorkingDays, int longestCorrectionDays) {
}
