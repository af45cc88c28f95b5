package org.workright.contracts;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The filing rules and periods from configuration (processes/collective-contract-filing.yml), and the check built on them. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({FilingRules.class, ContractPeriods.class})
class ContractsConfiguration {

    @Bean
    FilingCheck filingCheck(FilingRules rules) {
        return new FilingCheck(rules);
    }
}
