package org.workright.casework;

import static org.camunda.bpm.model.bpmn.impl.BpmnModelConstants.CAMUNDA_NS;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.withSettings;

import java.lang.reflect.Method;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.pvm.process.TransitionImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.annotation.Testable;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.mockito.MockSettings;
import org.mockito.invocation.Invocation;
import org.mockito.stubbing.Answer;

/**
 * The fast tier's engine: one BPMN model on a bare in-memory engine (H2, full history, no job
 * executor, no Spring), with every bean the model names replaced by a Mockito mock, so a path test
 * exercises the model's flow and nothing else. Register it once per class:
 *
 * <pre>
 * &#64;RegisterExtension
 * static final BareEngine engine = BareEngine.of("processes/x.bpmn").clockAt("2026-01-05T10:00:00+08:00");
 * </pre>
 *
 * <p>The delegate and listener beans are read from the model ({@code camunda:delegateExpression="${name}"}
 * on tasks, execution listeners and task listeners), so one added to the model later is mocked without
 * touching the tier. Each is a single mock that is a {@link JavaDelegate}, an {@link ExecutionListener}
 * and a {@link TaskListener} at once: the engine picks the interface it needs, and the tier need not
 * know where the name stands. They do nothing until a test says ({@link #onExecute}, {@link #setsVariables}).
 * The one bean the models call a method on, {@code ${serviceLevels.due(execution)}}, is a mock
 * {@link ServiceLevels} answering the engine's "now" (or {@link #serviceLevelsDue}).
 *
 * <p>The engine's clock is pinned for every test and put back afterwards. With
 * {@link #requireEveryPath()}, a class whose tests all ran and passed also fails unless, between
 * them, they passed every flow node and took every sequence flow of the model.
 */
public final class BareEngine extends ProcessEngineExtension
        implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback {

    /** The bean {@code camunda:dueDate="${serviceLevels.due(execution)}"} calls. */
    private static final String SERVICE_LEVELS = "serviceLevels";
    /** A delegate expression the tier can mock: a bare bean name. */
    private static final Pattern BEAN_NAME = Pattern.compile("\\s*\\$\\{\\s*(\\w+)\\s*}\\s*");

    private final String modelResource;
    private final List<String> extraResources = new ArrayList<>();
    private final Set<String> textVariables = new TreeSet<>();
    private ZonedDateTime clock = ZonedDateTime.parse("2026-01-05T10:00:00+08:00");
    private boolean requireEveryPath;

    // read from the model once per class
    private final Set<String> beanNames = new TreeSet<>();
    private final Set<String> flowNodes = new TreeSet<>();
    private final Set<String> sequenceFlows = new TreeSet<>();
    // gathered over the class, for requireEveryPath
    private final Set<String> takenFlows = ConcurrentHashMap.newKeySet();
    private final Set<Method> passedTests = new HashSet<>();

    // renewed for every test
    private final Map<String, Object> mocks = new LinkedHashMap<>();
    private final Map<String, List<Invoked>> invocations = new HashMap<>();
    private Date serviceLevelDue;

    private BareEngine(String modelResource) {
        this.modelResource = modelResource;
    }

    /** The model, a class-path resource, without its forms: a task runs without the form its formRef names. */
    public static BareEngine of(String bpmnResource) {
        return new BareEngine(bpmnResource);
    }

    /** Further resources for the same deployment, e.g. a decision table a delegate evaluates. */
    public BareEngine alsoDeploying(String... resources) {
        extraResources.addAll(Arrays.asList(resources));
        return this;
    }

    /** The engine's "now" at the start of every test, e.g. "2026-01-05T10:00:00+08:00". */
    public BareEngine clockAt(String instant) {
        clock = ZonedDateTime.parse(instant);
        return this;
    }

    /** Variables only task documentation shows (the engine evaluates it) and only real delegates set. */
    public BareEngine textVariables(String... names) {
        textVariables.addAll(Arrays.asList(names));
        return this;
    }

    /** Fail the class unless its tests, together, drove every flow node and sequence flow. */
    public BareEngine requireEveryPath() {
        requireEveryPath = true;
        return this;
    }

    // --- lifecycle ---

    @Override
    public void beforeAll(ExtensionContext context) {
        ensureEngine();
    }

    @Override
    public void postProcessTestInstance(Object testInstance, ExtensionContext context) {
        // under a per-class lifecycle the instance comes before beforeAll
        ensureEngine();
        super.postProcessTestInstance(testInstance, context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        ClockUtil.setCurrentTime(now());
        // fresh mocks, so that neither stubbing nor invocations leak from one test into the next
        mocks.clear();
        invocations.clear();
        serviceLevelDue = null;
        Mocks.reset();
        for (String name : beanNames) {
            register(name, mock(JavaDelegate.class,
                    recorded(name).extraInterfaces(ExecutionListener.class, TaskListener.class)));
        }
        ServiceLevels serviceLevels = mock(ServiceLevels.class, recorded(SERVICE_LEVELS));
        doAnswer(call -> serviceLevelDue != null ? serviceLevelDue : ClockUtil.getCurrentTime())
                .when(serviceLevels).due(any());
        register(SERVICE_LEVELS, serviceLevels);
        BpmnAwareTests.init(processEngine);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (context.getExecutionException().isEmpty()) {
            passedTests.add(context.getRequiredTestMethod());
        }
        Mocks.reset();
        BpmnAwareTests.reset();
        ClockUtil.reset();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        try {
            if (requireEveryPath && allTestsPassed(context.getRequiredTestClass())) {
                assertEveryPathDriven();
            }
        } finally {
            if (processEngine != null) {
                processEngine.close(); // and with it the schema: create-drop
            }
            super.afterAll(context);
        }
    }

    // --- what tests use ---

    /** The instant every test starts at. */
    public Date now() {
        return Date.from(clock.toInstant());
    }

    /** A fixed point after {@link #now()}: what a stubbed delegate gives as a deadline. */
    public Date later(Duration duration) {
        return Date.from(clock.toInstant().plus(duration));
    }

    /** The mock behind {@code delegateExpression="${name}"} on a task. */
    public JavaDelegate delegate(String name) {
        return bean(name, JavaDelegate.class);
    }

    /** The mock behind {@code delegateExpression="${name}"} on an execution listener. */
    public ExecutionListener executionListener(String name) {
        return bean(name, ExecutionListener.class);
    }

    /** The mock behind {@code delegateExpression="${name}"} on a task listener. */
    public TaskListener taskListener(String name) {
        return bean(name, TaskListener.class);
    }

    /** What {@code serviceLevels.due(execution)} answers from now on in this test, in place of "now". */
    public void serviceLevelsDue(Date due) {
        serviceLevelDue = due;
    }

    /** What the delegate or execution listener does from now on in this test, in place of nothing. */
    public void onExecute(String name, Consumer<DelegateExecution> behaviour) {
        Answer<Void> answer = call -> {
            behaviour.accept(call.getArgument(0));
            return null;
        };
        try {
            doAnswer(answer).when(delegate(name)).execute(any());
            doAnswer(answer).when(executionListener(name)).notify(any(DelegateExecution.class));
        } catch (Exception e) {
            throw new IllegalStateException(e); // stubbing calls nothing; the throws clause is the interfaces'
        }
    }

    /** The delegate or execution listener sets these variables (name, value, name, value...), as the real one would. */
    public void setsVariables(String name, String variable, Object value, Object... moreNamesAndValues) {
        Map<String, Object> variables = BpmnAwareTests.withVariables(variable, value, moreNamesAndValues);
        onExecute(name, execution -> execution.setVariables(variables));
    }

    /** One invocation of a mocked bean: where, and for a listener on which event. */
    public record Invoked(String activityId, String event) {
    }

    /** The invocations of the bean in this test, in order. */
    public List<Invoked> invocations(String name) {
        bean(name, Object.class);
        return List.copyOf(invocations.getOrDefault(name, List.of()));
    }

    /** The activities at which the bean was invoked in this test, in order. */
    public List<String> invokedAt(String name) {
        return invocations(name).stream().map(Invoked::activityId).toList();
    }

    /** Start variables, with a placeholder for each of the {@link #textVariables}. */
    public Map<String, Object> withTextVariables(Map<String, Object> variables) {
        Map<String, Object> all = new HashMap<>();
        textVariables.forEach(name -> all.put(name, "[" + name + "]"));
        all.putAll(variables);
        return all;
    }

    // --- engine, model and mocks ---

    private void ensureEngine() {
        if (processEngine != null) {
            return;
        }
        String name = "bare-" + UUID.randomUUID();
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setProcessEngineName(name);
        // a database of its own, so that classes cannot see each other's instances or history
        configuration.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=1000");
        configuration.setDatabaseSchemaUpdate("create-drop");
        // the every-path check reads the passed flow nodes from the history
        configuration.setHistory("full");
        // timers fire only when a test executes their job
        configuration.setJobExecutorActivate(false);
        configuration.setMetricsEnabled(false);
        configuration.setDbMetricsReporterActivate(false);
        // resolves a ${name} that no variable answers from Mocks
        configuration.setExpressionManager(new MockExpressionManager());
        // a list the engine can add its own parse listeners to
        configuration.setCustomPostBPMNParseListeners(new ArrayList<>(List.of(new FlowRecorder())));
        setProcessEngine(configuration.buildProcessEngine());
        RepositoryService repository = processEngine.getRepositoryService();
        DeploymentBuilder deployment = repository.createDeployment()
                .name("bare " + modelResource).addClasspathResource(modelResource);
        extraResources.forEach(deployment::addClasspathResource);
        readModel(Bpmn.readModelFromStream(repository.getResourceAsStream(deployment.deploy().getId(), modelResource)));
    }

    /** The beans to mock and the paths to drive, read with the model API as deployed. */
    private void readModel(BpmnModelInstance model) {
        model.getModelElementsByType(FlowNode.class).forEach(node -> flowNodes.add(node.getId()));
        model.getModelElementsByType(SequenceFlow.class).forEach(flow -> sequenceFlows.add(flow.getId()));
        // service, send and business rule tasks alike: Task has no getter for the attribute
        model.getModelElementsByType(Task.class)
                .forEach(task -> addBean(task.getAttributeValueNs(CAMUNDA_NS, "delegateExpression")));
        model.getModelElementsByType(CamundaExecutionListener.class)
                .forEach(listener -> addBean(listener.getCamundaDelegateExpression()));
        model.getModelElementsByType(CamundaTaskListener.class)
                .forEach(listener -> addBean(listener.getCamundaDelegateExpression()));
    }

    /** Notes the bean a delegate expression names; a task without one (a user task, say) has null. */
    private void addBean(String delegateExpression) {
        if (delegateExpression == null) {
            return;
        }
        Matcher name = BEAN_NAME.matcher(delegateExpression);
        if (!name.matches()) {
            throw new IllegalStateException(modelResource + " has delegateExpression=\"" + delegateExpression
                    + "\"; the bare engine mocks only a bean by name, ${beanName}");
        }
        beanNames.add(name.group(1));
    }

    private void register(String name, Object mock) {
        mocks.put(name, mock);
        Mocks.register(name, mock);
    }

    /** Settings under which the mock notes where the engine was when it called it. */
    private MockSettings recorded(String name) {
        return withSettings().name(name).invocationListeners(report -> {
            // stubbing and verifying call the mock too, with matchers' nulls: those have no activity
            Invoked where = where(((Invocation) report.getInvocation()).getArguments());
            if (where != null) {
                invocations.computeIfAbsent(name, k -> new ArrayList<>()).add(where);
            }
        });
    }

    private static Invoked where(Object[] arguments) {
        Object argument = arguments.length == 0 ? null : arguments[0];
        if (argument instanceof DelegateExecution execution) {
            return new Invoked(execution.getCurrentActivityId(), execution.getEventName());
        }
        return argument instanceof DelegateTask task ? new Invoked(task.getTaskDefinitionKey(), task.getEventName()) : null;
    }

    private <T> T bean(String name, Class<T> type) {
        Object bean = mocks.get(name);
        if (bean == null) {
            throw new IllegalArgumentException(modelResource + " names no bean '" + name + "'; it names " + mocks.keySet());
        }
        if (!type.isInstance(bean)) {
            throw new IllegalArgumentException("'" + name + "' is not a " + type.getSimpleName());
        }
        return type.cast(bean);
    }

    // --- every path ---

    /** A run of some of the tests (one picked in the IDE, say) cannot be asked to drive every path. */
    private boolean allTestsPassed(Class<?> testClass) {
        long declared = AnnotationSupport.findAnnotatedMethods(testClass, Testable.class,
                HierarchyTraversalMode.TOP_DOWN).size();
        return passedTests.size() == declared;
    }

    private void assertEveryPathDriven() {
        Set<String> nodesMissed = new TreeSet<>(flowNodes);
        processEngine.getHistoryService().createHistoricActivityInstanceQuery().list().stream()
                .map(HistoricActivityInstance::getActivityId).forEach(nodesMissed::remove);
        Set<String> flowsMissed = new TreeSet<>(sequenceFlows);
        flowsMissed.removeAll(takenFlows);
        if (!nodesMissed.isEmpty() || !flowsMissed.isEmpty()) {
            throw new AssertionError("No test of this class drove these paths of " + modelResource
                    + ": flow nodes " + nodesMissed + ", sequence flows " + flowsMissed);
        }
    }

    /** Notes every sequence flow any instance takes; the history has no record of them. */
    private final class FlowRecorder extends AbstractBpmnParseListener {

        @Override
        public void parseSequenceFlow(Element element, ScopeImpl scope, TransitionImpl transition) {
            transition.addListener(ExecutionListener.EVENTNAME_TAKE,
                    (ExecutionListener) execution -> takenFlows.add(execution.getCurrentTransitionId()));
        }
    }
}
