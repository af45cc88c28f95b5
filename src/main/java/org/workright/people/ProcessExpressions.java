package org.workright.people;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.el.ProcessEngineElContext;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.springframework.context.ApplicationContext;
import org.workright.casework.ServiceLevels;

/**
 * What the engine's expressions can reach, as a second line behind {@link ExpressionGuard}: were a
 * user's expression ever to get through a door nobody thought of, it would find nothing to abuse.
 * <ul>
 * <li>Our BPMN names beans only as delegates and listeners ({@code ${labourLawSupervisionIssueNotice}}) and
 * the service levels of untimed steps ({@code ${serviceLevels.due(execution)}}), so the engine sees
 * those beans and no others: not {@code jdbcTemplate}, not {@code environment}.</li>
 * <li>Query criteria are evaluated without a variable scope (the engine's only such evaluation):
 * there they get the query functions ({@code currentUser()}, {@code currentUserGroups()},
 * {@code now()}) and nothing to resolve, not even a method on a string.</li>
 * </ul>
 */
final class ProcessExpressions extends SpringExpressionManager {

    private static final Set<Class<?>> PROCESS_BEANS = Set.of(JavaDelegate.class, ExecutionListener.class,
            TaskListener.class, ServiceLevels.class);

    ProcessExpressions(ApplicationContext context) {
        super(context, new ProcessBeans(context));
    }

    @Override
    public ELContext getElContext(VariableScope variableScope) {
        if (variableScope == null) {
            ensureInitialized();
            return new ProcessEngineElContext(functionMapper, new CompositeELResolver());
        }
        return super.getElContext(variableScope);
    }

    /** The delegate and listener beans, looked up by name when an expression names them. */
    private static final class ProcessBeans extends AbstractMap<Object, Object> {

        private final ApplicationContext context;

        ProcessBeans(ApplicationContext context) {
            this.context = context;
        }

        @Override
        public boolean containsKey(Object name) {
            return name instanceof String bean && context.containsBean(bean)
                    && PROCESS_BEANS.stream().anyMatch(type -> context.isTypeMatch(bean, type));
        }

        @Override
        public Object get(Object name) {
            return containsKey(name) ? context.getBean((String) name) : null;
        }

        /** Looked up by name only: nothing lists the beans. */
        @Override
        public Set<Map.Entry<Object, Object>> entrySet() {
            return Set.of();
        }
    }
}
