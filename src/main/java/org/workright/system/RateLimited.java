package org.workright.system;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A public endpoint limited per client address: {@code workright.rate-limits.<bucket>} gives how
 * many requests ({@code requests}) a client may make in a period ({@code per}); past that it gets
 * 429 and how long to wait. On the handler method, so no URL spelling gets around it.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface RateLimited {

    /** The bucket's name in the configuration. */
    String value();
}
