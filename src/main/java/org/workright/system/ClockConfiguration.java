package org.workright.system;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the engine and for us: deadlines, letter dates and timers all read Camunda's
 * ClockUtil, so a test that moves the engine clock moves "today" everywhere.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    static final ZoneId ZONE = Zones.KUNMING;

    @Bean
    Clock clock() {
        return new EngineClock(ZONE);
    }

    private static final class EngineClock extends Clock {
        private final ZoneId zone;

        EngineClock(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new EngineClock(other);
        }

        @Override
        public Instant instant() {
            return ClockUtil.getCurrentTime().toInstant();
        }
    }
}
