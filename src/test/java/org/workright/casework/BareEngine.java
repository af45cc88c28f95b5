package org.workright.casework;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.withSettings;

import java.beans.FeatureDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.pvm.process.TransitionImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.annotation.Testable;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.mockito.invocation.Invocation;
import org.mockito.listeners.InvocationListener;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The fast tier's engine: one BPMN model on a bare in-memory engine (H2, full history, no job
 * executor, no Spring), with every bean the model names replaced by a Mockito mock or a recording
 * stub, so a path test exercises the model's flow and nothing else. Register it once per class:
 *
 * <pre>
 * &#64;RegisterExtension
 * static final BareEngine engine = BareEngine.of("processes/x.bpmn").clockAt("2026-01-05T10:00:00+08:00");
 * </pre>
 *
 * <p>The beans are found in the model itself rather than listed by the tests, so that a delegate
 * or listener added to the model later is mocked without touching the tier:
 * <ul>
 * <li>{@code delegateExpression="${name}"} becomes a mock {@link JavaDelegate}, {@link ExecutionListener}
 * or {@link TaskListener} (by where it is used) that does nothing until a test gives it something
 * to do ({@link #onExecute}, {@link #setsVariables});</li>
 * <li>{@code ${name.member(...)}} or {@code ${name.member}} anywhere else becomes a {@link BeanStub}
 * answering {@code null}, or the pinned "now" where the model wants a date (due dates, follow-up
 * dates, timer dates); tests give it other answers;</li>
 * <li>a bare {@code ${name}} is a process variable, never mocked. Those that only task
 * documentation shows can be filled with {@link #withTextVariables} so a new line of help text does
 * not break the tier.</li>
 * </ul>
 *
 * <p>The engine's clock is pinned for every test and put back afterwards. With
 * {@link #requireEveryPath()}, a class whose tests all ran and passed also fails unless, between
 * them, they passed every flow node and took every sequence flow of the model.
 */
public final class BareEngine extends ProcessEngineExtension
        implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback {

    private static final ZonedDateTime DEFAULT_CLOCK = ZonedDateTime.parse("2026-01-05T10:00:00+08:00");

    private final String modelResource;
    private final List<String> extraResources = new ArrayList<>();
    private ZonedDateTime clock = DEFAULT_CLOCK;
    private boolean requireEveryPath;

    private ModelScan model;
    private String bareDeploymentId;
    private final Set<String> takenFlows = ConcurrentHashMap.newKeySet();
    private final Set<Method> passedTests = new HashSet<>();

    private final Map<String, Object> mocks = new LinkedHashMap<>();
    private final Map<String, BeanStub> stubs = new LinkedHashMap<>();
    private final Map<String, List<Invoked>> invocations = new LinkedHashMap<>();

    private BareEngine(String modelResource) {
        this.modelResource = modelResource;
    }

    /**
     * The model, a class-path resource. Its forms are not deployed: a task with a formRef bound to the
     * deployment is created and completed without its form (ProcessModelConventionsTest checks they exist).
     */
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
        mocks.clear();
        stubs.clear();
        invocations.clear();
        Mocks.reset();
        model.delegates.forEach((name, roles) -> {
            Object m = delegateMock(name, roles);
            mocks.put(name, m);
            Mocks.register(name, m);
        });
        model.members.forEach((name, members) -> {
            BeanStub stub = new BeanStub(name, model.dateMembers.getOrDefault(name, Set.of()));
            stubs.put(name, stub);
            Mocks.register(name, stub);
        });
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
                if (bareDeploymentId != null) {
                    processEngine.getRepositoryService().deleteDeployment(bareDeploymentId, true, true);
                }
                processEngine.close();
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

    /** The stub behind {@code ${name.member(...)}}. */
    public BeanStub stub(String name) {
        BeanStub stub = stubs.get(name);
        if (stub == null) {
            throw new IllegalArgumentException(modelResource + " calls no bean '" + name + "'; it calls " + stubs.keySet());
        }
        return stub;
    }

    /** What the delegate (or execution listener) does from now on in this test, in place of nothing. */
    public void onExecute(String name, Consumer<DelegateExecution> behaviour) {
        Object bean = bean(name, Object.class);
        try {
            if (bean instanceof JavaDelegate delegate) {
                doAnswer(invocation -> {
                    behaviour.accept(invocation.getArgument(0));
                    return null;
                }).when(delegate).execute(any());
            } else {
                doAnswer(invocation -> {
                    behaviour.accept(invocation.getArgument(0));
                    return null;
                }).when(executionListener(name)).notify(any(DelegateExecution.class));
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The delegate or execution listener sets these variables (name, value, name, value...), as the real one would. */
    public void setsVariables(String name, Object... namesAndValues) {
        Map<String, Object> variables = pairs(namesAndValues);
        onExecute(name, execution -> execution.setVariables(variables));
    }

    /** One invocation of a delegate or listener mock: where, and for a listener on which event. */
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

    /** Start variables, with a placeholder for each variable the model only shows as text. */
    public Map<String, Object> withTextVariables(Map<String, Object> variables) {
        Map<String, Object> all = new HashMap<>();
        model.textOnlyVariables.forEach(name -> all.put(name, "[" + name + "]"));
        all.putAll(variables);
        return all;
    }

    // --- engine and deployment ---

    private void ensureEngine() {
        if (processEngine != null) {
            return;
        }
        model = ModelScan.of(modelResource);
        String name = "bare-" + UUID.randomUUID();
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setProcessEngineName(name);
        configuration.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=1000");
        configuration.setDatabaseSchemaUpdate("create-drop");
        configuration.setHistory("full");
        configuration.setJobExecutorActivate(false);
        configuration.setMetricsEnabled(false);
        configuration.setDbMetricsReporterActivate(false);
        configuration.setExpressionManager(new StubbingExpressionManager());
        List<BpmnParseListener> listeners = new ArrayList<>();
        listeners.add(new FlowRecorder(takenFlows));
        configuration.setCustomPostBPMNParseListeners(listeners);
        ProcessEngine engine = configuration.buildProcessEngine();
        setProcessEngine(engine);
        bareDeploymentId = deploy(engine);
    }

    private String deploy(ProcessEngine engine) {
        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment()
                .name("bare " + modelResource)
                .addClasspathResource(modelResource);
        extraResources.forEach(deployment::addClasspathResource);
        return deployment.deploy().getId();
    }

    // --- mocks ---

    private Object delegateMock(String name, Set<Role> roles) {
        List<Class<?>> types = roles.stream().<Class<?>>map(r -> r.type).toList();
        // the engine hands every delegate its execution or task: note where, before it moves on
        InvocationListener whereInvoked = report -> {
            Object[] args = report.getInvocation() instanceof Invocation i ? i.getArguments() : new Object[0];
            String activity = args.length == 0 ? null : activityOf(args[0]);
            if (activity != null) {
                invocations.computeIfAbsent(name, k -> new ArrayList<>()).add(new Invoked(activity, eventOf(args[0])));
            }
        };
        var settings = withSettings().name(name).invocationListeners(whereInvoked);
        if (types.size() > 1) {
            settings = settings.extraInterfaces(types.subList(1, types.size()).toArray(Class[]::new));
        }
        return mock(types.get(0), settings);
    }

    private <T> T bean(String name, Class<T> type) {
        Object bean = mocks.get(name);
        if (bean == null) {
            throw new IllegalArgumentException(modelResource + " has no delegate '" + name + "'; it has " + mocks.keySet());
        }
        if (!type.isInstance(bean)) {
            throw new IllegalArgumentException("'" + name + "' is used as " + model.delegates.get(name) + ", not as "
                    + type.getSimpleName());
        }
        return type.cast(bean);
    }

    private static String activityOf(Object argument) {
        if (argument instanceof DelegateExecution execution) {
            return execution.getCurrentActivityId();
        }
        if (argument instanceof DelegateTask task) {
            return task.getTaskDefinitionKey();
        }
        return null;
    }

    private static String eventOf(Object argument) {
        if (argument instanceof DelegateExecution execution) {
            return execution.getEventName();
        }
        return argument instanceof DelegateTask task ? task.getEventName() : null;
    }

    private static Map<String, Object> pairs(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs");
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }

    // --- every path ---

    /** A run of some of the tests (one picked in the IDE, say) cannot be asked to drive every path. */
    private boolean allTestsPassed(Class<?> testClass) {
        long declared = AnnotationSupport.findAnnotatedMethods(testClass, Testable.class,
                HierarchyTraversalMode.TOP_DOWN).size();
        return passedTests.size() == declared;
    }

    private void assertEveryPathDriven() {
        Set<String> passedNodes = new HashSet<>();
        for (ProcessDefinition definition : processEngine.getRepositoryService().createProcessDefinitionQuery()
                .deploymentId(bareDeploymentId).list()) {
            processEngine.getHistoryService().createHistoricActivityInstanceQuery()
                    .processDefinitionId(definition.getId()).list().stream()
                    .map(HistoricActivityInstance::getActivityId).forEach(passedNodes::add);
        }
        Set<String> nodesMissed = new TreeSet<>(model.flowNodes);
        nodesMissed.removeAll(passedNodes);
        Set<String> flowsMissed = new TreeSet<>(model.sequenceFlows);
        flowsMissed.removeAll(takenFlows);
        if (!nodesMissed.isEmpty() || !flowsMissed.isEmpty()) {
            throw new AssertionError("No test of this class drove these paths of " + modelResource
                    + ": flow nodes " + nodesMissed + ", sequence flows " + flowsMissed);
        }
    }

    /** Notes every sequence flow any instance takes; the history has no record of them. */
    private static final class FlowRecorder extends AbstractBpmnParseListener {

        private final Set<String> taken;

        FlowRecorder(Set<String> taken) {
            this.taken = taken;
        }

        @Override
        public void parseSequenceFlow(org.camunda.bpm.engine.impl.util.xml.Element element, ScopeImpl scope,
                TransitionImpl transition) {
            transition.addListener(ExecutionListener.EVENTNAME_TAKE,
                    (ExecutionListener) execution -> taken.add(execution.getCurrentTransitionId()));
        }
    }

    // --- stubs for beans with members ---

    /**
     * Stands in for a bean whose methods or properties the model calls. Answers {@code null}, or
     * the engine's current time for a member the model uses as a date, until told otherwise; keeps
     * every call with the activity it was made at.
     */
    public static final class BeanStub {

        /** One call: the member, its arguments, and the activity the engine was at. */
        public record Call(String member, List<Object> arguments, String activityId) {
        }

        private final String name;
        private final Set<String> dateMembers;
        private final Map<String, Function<Call, Object>> answers = new HashMap<>();
        private final List<Call> calls = new ArrayList<>();

        BeanStub(String name, Set<String> dateMembers) {
            this.name = name;
            this.dateMembers = dateMembers;
        }

        /** From now on in this test, the member answers this. */
        public BeanStub answer(String member, Function<Call, Object> answer) {
            answers.put(member, answer);
            return this;
        }

        public BeanStub returns(String member, Object value) {
            return answer(member, call -> value);
        }

        /** The calls of the member so far in this test, in order. */
        public List<Call> calls(String member) {
            return calls.stream().filter(c -> c.member().equals(member)).toList();
        }

        /** The activities at which the member was called so far in this test, in order. */
        public List<String> calledAt(String member) {
            return calls(member).stream().map(Call::activityId).toList();
        }

        Object call(String member, Object[] arguments, VariableScope scope) {
            Call call = new Call(member, arguments == null ? List.of() : Collections.unmodifiableList(
                    new ArrayList<>(Arrays.asList(arguments))), activityOf(scope));
            calls.add(call);
            Function<Call, Object> answer = answers.get(member);
            if (answer != null) {
                return answer.apply(call);
            }
            return dateMembers.contains(member) ? ClockUtil.getCurrentTime() : null;
        }

        @Override
        public String toString() {
            return "stub of " + name;
        }
    }

    /** The mock expression manager, with method calls and property reads on stubs answered by them. */
    private static final class StubbingExpressionManager extends MockExpressionManager {

        @Override
        protected ELResolver createElResolver() {
            CompositeELResolver resolver = new CompositeELResolver();
            resolver.add(new StubResolver());
            resolver.add(super.createElResolver());
            return resolver;
        }
    }

    private static final class StubResolver extends ELResolver {

        @Override
        public Object invoke(ELContext context, Object base, Object method, Class<?>[] types, Object[] params) {
            if (base instanceof BeanStub stub) {
                context.setPropertyResolved(true);
                return stub.call(String.valueOf(method), params, scope(context));
            }
            return null;
        }

        @Override
        public Object getValue(ELContext context, Object base, Object property) {
            if (base instanceof BeanStub stub) {
                context.setPropertyResolved(true);
                return stub.call(String.valueOf(property), null, scope(context));
            }
            return null;
        }

        private static VariableScope scope(ELContext context) {
            Object scope = context.getContext(VariableScope.class);
            return scope instanceof VariableScope s ? s : null;
        }

        @Override
        public Class<?> getType(ELContext context, Object base, Object property) {
            return null;
        }

        @Override
        public void setValue(ELContext context, Object base, Object property, Object value) {
            // stubs take no assignments; the next resolver reports that the property cannot be set
        }

        @Override
        public boolean isReadOnly(ELContext context, Object base, Object property) {
            if (base instanceof BeanStub) {
                context.setPropertyResolved(true);
                return true;
            }
            return false;
        }

        @Override
        public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
            return null;
        }

        @Override
        public Class<?> getCommonPropertyType(ELContext context, Object base) {
            return null;
        }
    }

    // --- reading the model ---

    /** Where a delegate expression stands decides which interface its mock has. */
    private enum Role {
        DELEGATE(JavaDelegate.class), EXECUTION_LISTENER(ExecutionListener.class), TASK_LISTENER(TaskListener.class);

        final Class<?> type;

        Role(Class<?> type) {
            this.type = type;
        }
    }

    /** What the mocks and the coverage check need to know of one BPMN file. */
    private static final class ModelScan {

        private static final Pattern WHOLE_IDENTIFIER = Pattern.compile("^\\s*[$#]\\{\\s*([A-Za-z_]\\w*)\\s*}\\s*$");
        private static final Set<String> KEYWORDS = Set.of("true", "false", "null", "empty", "not", "and", "or",
                "div", "mod", "eq", "ne", "lt", "gt", "le", "ge", "instanceof");
        /** What the engine itself resolves in an expression. */
        private static final Set<String> BUILT_INS = Set.of("execution", "task", "externalTask", "caseExecution",
                "authenticatedUserId");
        private static final Set<String> DATE_ATTRIBUTES = Set.of("dueDate", "followUpDate");
        private static final Set<String> DATE_ELEMENTS = Set.of("timeDate");

        final Map<String, Set<Role>> delegates = new TreeMap<>();
        final Map<String, Set<String>> members = new TreeMap<>();
        final Map<String, Set<String>> dateMembers = new HashMap<>();
        final Set<String> textOnlyVariables = new TreeSet<>();
        final Set<String> flowNodes = new TreeSet<>();
        final Set<String> sequenceFlows = new TreeSet<>();

        private final Set<String> shownVariables = new HashSet<>();
        private final Set<String> usedVariables = new HashSet<>();

        static ModelScan of(String resource) {
            ModelScan scan = new ModelScan();
            try (InputStream in = BareEngine.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalArgumentException("No " + resource + " on the class path");
                }
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                Document document = factory.newDocumentBuilder().parse(in);
                scan.visit(document.getDocumentElement(), false);
            } catch (IOException | ParserConfigurationException | SAXException e) {
                throw new IllegalStateException("Cannot read " + resource, e);
            }
            scan.members.keySet().forEach(name -> {
                if (scan.delegates.containsKey(name)) {
                    throw new IllegalStateException("'" + name + "' is used both as a delegate and with members in "
                            + resource + "; one mock cannot be both");
                }
            });
            scan.shownVariables.stream().filter(v -> !scan.usedVariables.contains(v)).forEach(scan.textOnlyVariables::add);
            return scan;
        }

        private void visit(Element element, boolean inProcess) {
            String local = element.getLocalName();
            boolean process = inProcess || "process".equals(local);
            if ("script".equals(local)) {
                return;
            }
            if (process && isFlowElement(element)) {
                ("sequenceFlow".equals(local) ? sequenceFlows : flowNodes).add(element.getAttribute("id"));
            }
            NamedNodeMap attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr attribute = (Attr) attributes.item(i);
                String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
                if ("delegateExpression".equals(name)) {
                    delegateExpression(local, attribute.getValue());
                } else {
                    expressions(attribute.getValue(), false, DATE_ATTRIBUTES.contains(name));
                }
            }
            NodeList children = element.getChildNodes();
            for (int i = 0; i < children.getLength(); i++) {
                Node child = children.item(i);
                if (child instanceof Element e) {
                    visit(e, process);
                } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                    expressions(child.getNodeValue(), "documentation".equals(local), DATE_ELEMENTS.contains(local));
                }
            }
        }

        /** Flow nodes and sequence flows: what the engine passes and history records. */
        private static boolean isFlowElement(Element element) {
            String local = element.getLocalName();
            if (!"http://www.omg.org/spec/BPMN/20100524/MODEL".equals(element.getNamespaceURI())
                    || !element.hasAttribute("id")) {
                return false;
            }
            return local.endsWith("Task") || local.endsWith("Event") || local.endsWith("Gateway")
                    || local.endsWith("SubProcess") || local.equals("subProcess") || local.equals("callActivity")
                    || local.equals("task")
                    || local.equals("transaction") || local.equals("sequenceFlow");
        }

        private void delegateExpression(String element, String expression) {
            Matcher m = WHOLE_IDENTIFIER.matcher(expression);
            if (!m.matches()) {
                // e.g. ${factory.delegate()}: its bean is a stub like any other member call
                expressions(expression, false, false);
                return;
            }
            Role role = switch (element) {
                case "executionListener" -> Role.EXECUTION_LISTENER;
                case "taskListener" -> Role.TASK_LISTENER;
                default -> Role.DELEGATE;
            };
            delegates.computeIfAbsent(m.group(1), k -> EnumSet.noneOf(Role.class)).add(role);
        }

        /** Each ${...} or #{...} in the text: its root identifiers, as beans or variables. */
        private void expressions(String text, boolean shownOnly, boolean wantsDate) {
            if (text == null) {
                return;
            }
            int at = 0;
            while (true) {
                int start = indexOfExpression(text, at);
                if (start < 0) {
                    return;
                }
                int end = endOfExpression(text, start + 2);
                identifiers(text.substring(start + 2, end), shownOnly, wantsDate);
                at = end + 1;
            }
        }

        private static int indexOfExpression(String text, int from) {
            int dollar = text.indexOf("${", from);
            int hash = text.indexOf("#{", from);
            if (dollar < 0) {
                return hash;
            }
            return hash < 0 ? dollar : Math.min(dollar, hash);
        }

        private static int endOfExpression(String text, int from) {
            char quote = 0;
            for (int i = from; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quote != 0) {
                    if (c == '\\') {
                        i++;
                    } else if (c == quote) {
                        quote = 0;
                    }
                } else if (c == '\'' || c == '"') {
                    quote = c;
                } else if (c == '}') {
                    return i;
                }
            }
            return text.length();
        }

        private void identifiers(String el, boolean shownOnly, boolean wantsDate) {
            int i = 0;
            int n = el.length();
            while (i < n) {
                char c = el.charAt(i);
                if (c == '\'' || c == '"') {
                    i = skipString(el, i);
                    continue;
                }
                if (Character.isDigit(c)) {
                    while (i < n && (Character.isLetterOrDigit(el.charAt(i)) || el.charAt(i) == '.')) {
                        i++;
                    }
                    continue;
                }
                if (!Character.isJavaIdentifierStart(c)) {
                    i++;
                    continue;
                }
                int start = i;
                while (i < n && Character.isJavaIdentifierPart(el.charAt(i))) {
                    i++;
                }
                String word = el.substring(start, i);
                char before = previousNonSpace(el, start);
                char after = nextNonSpace(el, i);
                if (before == '.' || KEYWORDS.contains(word) || BUILT_INS.contains(word) || after == '(') {
                    // a member of something already seen, a keyword, the engine's own, or a function
                    continue;
                }
                if (after == ':' && isFunctionAfterPrefix(el, i)) {
                    continue;
                }
                if (after == '.' || after == '[') {
                    String member = memberAfter(el, i);
                    members.computeIfAbsent(word, k -> new TreeSet<>());
                    if (member != null) {
                        members.get(word).add(member);
                        if (wantsDate) {
                            dateMembers.computeIfAbsent(word, k -> new HashSet<>()).add(member);
                        }
                    }
                } else if (shownOnly) {
                    shownVariables.add(word);
                } else {
                    usedVariables.add(word);
                }
            }
        }

        private static int skipString(String el, int i) {
            char quote = el.charAt(i++);
            while (i < el.length() && el.charAt(i) != quote) {
                i += el.charAt(i) == '\\' ? 2 : 1;
            }
            return i + 1;
        }

        private static char previousNonSpace(String el, int i) {
            for (int j = i - 1; j >= 0; j--) {
                if (!Character.isWhitespace(el.charAt(j))) {
                    return el.charAt(j);
                }
            }
            return 0;
        }

        private static char nextNonSpace(String el, int i) {
            for (int j = i; j < el.length(); j++) {
                if (!Character.isWhitespace(el.charAt(j))) {
                    return el.charAt(j);
                }
            }
            return 0;
        }

        /** prefix:name( is a namespaced function; a ternary's "a ? b : c" is not. */
        private static boolean isFunctionAfterPrefix(String el, int i) {
            Matcher m = Pattern.compile("\\s*:\\s*[A-Za-z_]\\w*\\s*\\(").matcher(el);
            return m.find(i) && m.start() == i;
        }

        private static String memberAfter(String el, int i) {
            Matcher m = Pattern.compile("\\s*\\.\\s*([A-Za-z_]\\w*)").matcher(el);
            return m.find(i) && m.start() == i ? m.group(1) : null;
        }
    }
}
