package org.workright.supervision;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The supervision clocks (all working days): the employer's written reply (ACFTU Measures art 20),
 * the labour department's answer (art 23) and its inspection (Labour Inspection Regulations art 17).
 */
@ConfigurationProperties("workright.supervision")
public record SupervisionProperties(int replyWorkingDays, int answerWorkingDays, int inspectionWorkingDays,
        int inspectionExtensionWorkingDays) {
}
