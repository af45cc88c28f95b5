package org.workright.people;

import java.util.concurrent.atomic.AtomicInteger;

/** Distinct, valid resident ID numbers for tests, so no two test applications look like one person's. */
public final class TestIds {

    private static final AtomicInteger SERIAL = new AtomicInteger((int) (System.nanoTime() % 500));

    public static String next() {
        int n = SERIAL.incrementAndGet();
        // Kunming Panlong district, born 1980–1999, a valid day, a three-digit sequence
        String body = "530102%04d%02d%02d%03d".formatted(1980 + n % 20, 1 + n % 12, 1 + n % 28, n % 1000);
        return body + ResidentIdNumber.checkCharacter(body);
    }

    private TestIds() {
    }
}
