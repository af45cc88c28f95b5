package org.workright;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * An {@link ApplicationTest} of what the database does (processes, queries, races, letters'
 * numbering). Tagged "database": the build runs these tests on H2 and again on PostgreSQL.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ApplicationTest
@Tag("database")
public @interface WorkRightTest {
}
