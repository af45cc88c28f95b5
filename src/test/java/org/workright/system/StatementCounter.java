package org.workright.system;

import java.sql.Connection;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import net.ttddyy.dsproxy.listener.MethodExecutionContext;
import net.ttddyy.dsproxy.listener.MethodExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

/**
 * Counts, on the thread that asks, the SQL statements sent and the commits made while it records:
 * every test context's data source goes through a datasource-proxy for it (registered in
 * META-INF/spring.factories). Statements are round trips: a JDBC batch counts once.
 */
public final class StatementCounter implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** What one stretch of work cost. */
    public record Cost(int statements, int commits) {
        @Override
        public String toString() {
            return statements + " statements, " + commits + " commits";
        }
    }

    private static final ThreadLocal<int[]> RECORDING = new ThreadLocal<>();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.addBeanFactoryPostProcessor(factory -> factory.addBeanPostProcessor(new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)
                        ? ProxyDataSourceBuilder.create(dataSource).name(name)
                                .afterQuery((execution, queries) -> count(0))
                                .methodListener(new Commits())
                                .build()
                        : bean;
            }
        }));
    }

    /** Runs the work and says what it cost on this thread. */
    public static Cost measure(Runnable work) {
        RECORDING.set(new int[2]);
        try {
            work.run();
            int[] counts = RECORDING.get();
            return new Cost(counts[0], counts[1]);
        } finally {
            RECORDING.remove();
        }
    }

    private static void count(int which) {
        int[] counts = RECORDING.get();
        if (counts != null) {
            counts[which]++;
        }
    }

    private static final class Commits implements MethodExecutionListener {
        @Override
        public void beforeMethod(MethodExecutionContext context) {
            // counted after a successful call only
        }

        @Override
        public void afterMethod(MethodExecutionContext context) {
            if (context.getThrown() == null && "commit".equals(context.getMethod().getName())
                    && context.getTarget() instanceof Connection) {
                count(1);
            }
        }
    }
}
