package org.workright.democracy;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The check's configuration (processes/workplace-democracy-check.yml) and the yearly round's scheduler. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DemocracySettings.class)
@EnableScheduling
class DemocracyConfiguration {
}
