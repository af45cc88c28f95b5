package org.workright;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.workright.system.Zones;

/**
 * The engine's clock pinned for each test (and so "today" everywhere: our Clock bean follows it),
 * and put back after it. For every process's tests:
 * {@code @RegisterExtension static final ProcessClock clock = ProcessClock.at("2026-01-05T10:00:00+08:00");}
 */
public final class ProcessClock implements BeforeEachCallback, AfterEachCallback {

    /** Where the cases are handled (Kunming): deadlines fall at the start of a China day. */
    public static final ZoneId CHINA = Zones.KUNMING;

    private final ZonedDateTime start;

    private ProcessClock(ZonedDateTime start) {
        this.start = start;
    }

    /** Pinned at an instant with its offset, e.g. "2026-01-05T10:00:00+08:00". */
    public static ProcessClock at(String instant) {
        return new ProcessClock(ZonedDateTime.parse(instant));
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        moveTo(start);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        ClockUtil.reset();
    }

    /** Later in the same test: the engine's "now" from here on. */
    public void moveTo(ZonedDateTime now) {
        ClockUtil.setCurrentTime(Date.from(now.toInstant()));
    }

    public void moveTo(String instant) {
        moveTo(ZonedDateTime.parse(instant));
    }

    /** Midnight in China at the start of the day: when a statutory deadline's timer fires. */
    public static Date startOfDay(LocalDate day) {
        return Date.from(day.atStartOfDay(CHINA).toInstant());
    }

    /** The case number an instance handles (its business key, also once it has ended). */
    public static String caseNo(ProcessEngine engine, ProcessInstance instance) {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance.getId())
                .singleResult().getBusinessKey();
    }
}
