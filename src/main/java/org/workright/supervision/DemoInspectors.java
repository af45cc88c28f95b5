package org.workright.supervision;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The demo inspectors' 监督证 (art 18); inspector3's has lapsed, so an investigation with them is refused. */
@Component
@Order(30)
@ConditionalOnProperty(name = "workright.demo.enabled", havingValue = "true")
class DemoInspectors implements ApplicationRunner {

    private final InspectorCertificates certificates;

    DemoInspectors(InspectorCertificates certificates) {
        this.certificates = certificates;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        certificates.save("inspector1", "昆工监证〔2021〕第001号", null, "demo", null);
        certificates.save("inspector2", "昆工监证〔2021〕第002号", null, "demo", null);
        certificates.save("inspector3", "昆工监证〔2019〕第017号", java.time.LocalDate.of(2024, 12, 31), "demo", null);
        certificates.save("supervisor1", "昆工监证〔2020〕第003号", null, "demo", null);
    }
}
