package org.workright.people;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Camunda 7.24 is the last community release, so its known holes are closed here, inside the
 * engine, where every door (both REST APIs, Tasklist, the Java API) passes: guards in front of
 * every command, an expression manager that reaches only what the processes need, and text
 * variables bounded before the database bounds them.
 */
@Component
class EngineHardening extends AbstractProcessEnginePlugin {

    private final ApplicationContext context;
    private final LoginThrottle logins;

    EngineHardening(ApplicationContext context, LoginThrottle logins) {
        this.context = context;
        this.logins = logins;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl engine) {
        engine.setExpressionManager(new ProcessExpressions(context));
        engine.setCustomPreVariableSerializers(new ArrayList<>(List.of(new BoundedStringSerializer())));
        engine.setIdentityProviderSessionFactory(ThrottledIdentityProvider.factory(logins));
        engine.setCustomPreCommandInterceptorsTxRequired(with(engine.getCustomPreCommandInterceptorsTxRequired(), engine));
        engine.setCustomPreCommandInterceptorsTxRequiresNew(
                with(engine.getCustomPreCommandInterceptorsTxRequiresNew(), engine));
    }

    /** After the starter's own configuration, which sets the engine's default grants provider in its turn. */
    @Override
    public void postInit(ProcessEngineConfigurationImpl engine) {
        engine.setResourceAuthorizationProvider(new TaskHistoryGrants());
    }

    /** Each chain links its interceptors itself, so each gets guards of its own. */
    private static List<CommandInterceptor> with(List<CommandInterceptor> existing,
            ProcessEngineConfigurationImpl engine) {
        List<CommandInterceptor> chain = new ArrayList<>();
        chain.add(new ExpressionGuard());
        chain.add(new ModificationGuard(engine.getIdentityService()));
        chain.add(new FormSubmissionGuard(engine.getIdentityService(), engine));
        chain.add(new PasswordGuard(engine.getIdentityService()));
        chain.add(new TaskWorkGuard(engine.getIdentityService(), engine));
        if (existing != null) {
            chain.addAll(existing);
        }
        return chain;
    }
}
