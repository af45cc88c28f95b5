package org.workright.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * The SQL each step of a process costs, held against the budget in
 * {@code src/test/resources/step-costs/<database>.properties} ({@code <process>.<step> =
 * statements commits}). A step that sends more (or fewer) statements fails the build until the
 * budget is changed on purpose: {@code -Dstepcosts.update=true} writes what was measured, and the
 * diff of that file is the review.
 */
public final class StepCosts {

    private final String process;
    private final Map<String, StatementCounter.Cost> measured = new LinkedHashMap<>();

    public StepCosts(String process) {
        this.process = process;
    }

    /** Completes the instance's one open task, as its people would; finding the task is not part of the step. */
    public void complete(String name, ProcessEngine engine, ProcessInstance instance, Map<String, Object> variables) {
        String taskId = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult()
                .getId();
        step(name, () -> engine.getTaskService().complete(taskId, variables));
    }

    /** Runs one step (a start, a task completed, a timer fired) and records what it cost. */
    public void step(String name, Runnable work) {
        measured.put(process + "." + name, StatementCounter.measure(work));
    }

    public void assertWithinBudget() throws IOException {
        String database = System.getProperty("workright.test.database", "h2");
        if (Boolean.getBoolean("stepcosts.update")) {
            write(database);
            return;
        }
        Properties budget = new Properties();
        try (InputStream in = StepCosts.class.getResourceAsStream("/step-costs/" + database + ".properties")) {
            if (in != null) {
                budget.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        List<String> differences = new ArrayList<>();
        measured.forEach((step, cost) -> {
            String expected = budget.getProperty(step);
            String actual = cost.statements() + " " + cost.commits();
            if (!actual.equals(expected)) {
                differences.add(step + ": budget " + expected + ", measured " + actual + " (statements commits)");
            }
        });
        assertThat(differences).as("SQL per step on " + database + " (update on purpose with -Dstepcosts.update=true)")
                .isEmpty();
    }

    /** Merged into the source file (not the build's copy of it), so each process keeps its lines. */
    private void write(String database) throws IOException {
        Path file = Path.of("src/test/resources/step-costs", database + ".properties");
        Properties budget = new Properties();
        if (Files.exists(file)) {
            try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                budget.load(in);
            }
        }
        Map<String, String> all = new TreeMap<>();
        budget.forEach((k, v) -> all.put((String) k, (String) v));
        measured.forEach((step, cost) -> all.put(step, cost.statements() + " " + cost.commits()));
        Files.createDirectories(file.getParent());
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("# SQL statements (round trips) and commits per process step, measured by StepCosts.\n");
            for (Map.Entry<String, String> e : all.entrySet()) {
                out.write(e.getKey() + " = " + e.getValue() + "\n");
            }
        }
    }
}
