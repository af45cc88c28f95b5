package org.workright.calendar;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Loads the statutory calendar once at startup, so bad holiday data stops the application
 * instead of producing wrong deadlines later. The {@link java.time.Clock} bean that
 * {@link org.workright.casework.Deadlines} needs is provided by the application.
 */
@Configuration(proxyBeanMethods = false)
public class CalendarConfiguration {

    @Bean
    public StatutoryCalendar statutoryCalendar() {
        return StatutoryCalendar.loadDefault();
    }
}
