package org.workright.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * A process's own configuration file may set only what is its own, and nothing another file sets.
 * Names are as the YAML loader gives them ({@code kinds[legal-aid.grant].title}).
 */
class ProcessConfigurationTest {

    private static final CaseworkProcess LEGAL_AID = CaseworkProcesses.all().stream()
            .filter(p -> p.processKeys().contains("legal-aid-request")).findFirst().orElseThrow();
    private static final CaseworkProcess SUPERVISION = CaseworkProcesses.all().stream()
            .filter(p -> p.processKeys().contains("labour-law-supervision")).findFirst().orElseThrow();

    private final Map<String, String> setBy = new HashMap<>();

    @Test
    void itsOwnSettings_serviceLevelsAndLetterKindsPass() {
        assertThat(ProcessConfiguration.check(LEGAL_AID, "legal-aid-request", "workright.legal-aid.decision-days", setBy))
                .isEmpty();
        assertThat(ProcessConfiguration.check(LEGAL_AID, "legal-aid-request",
                "workright.service-levels.working-days.legal-aid-request.Task_HandleCase", setBy)).isEmpty();
        assertThat(ProcessConfiguration.check(LEGAL_AID, "legal-aid-request",
                "workright.letters.kinds[legal-aid.grant].title", setBy)).isEmpty();
    }

    @Test
    void anotherProcesssOrTheSharedSettingsAreRefused() {
        assertThat(ProcessConfiguration.check(LEGAL_AID, "legal-aid-request",
                "workright.service-levels.working-days.labour-law-supervision.Task_Investigate", setBy)).hasSize(1);
        assertThat(ProcessConfiguration.check(LEGAL_AID, "legal-aid-request",
                "workright.service-levels.default-working-days", setBy)).hasSize(1);
        assertThat(ProcessConfiguration.check(LEGAL_AID, "legal-aid-request",
                "workright.letters.kinds[supervision.notice].title", setBy)).hasSize(1);
        assertThat(ProcessConfiguration.check(LEGAL_AID, "legal-aid-request", "workright.letters.issuer", setBy))
                .hasSize(1);
    }

    @Test
    void aSettingInTwoFilesIsRefused_theFirstWouldSilentlyWin() {
        ProcessConfiguration.check(LEGAL_AID, "legal-aid-request", "workright.shared-thing.days", setBy);
        assertThat(ProcessConfiguration.check(SUPERVISION, "labour-law-supervision", "workright.shared-thing.days",
                setBy)).singleElement().asString().contains("legal-aid-request.yml", "labour-law-supervision.yml");
    }
}
