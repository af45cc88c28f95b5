package org.workright.casework;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Each process keeps its configuration beside its model, in {@code processes/<key>.yml}: its clocks,
 * its service levels and its letter kinds. Read after everything in the application's own
 * configuration, so {@code application.yml}, a profile or the environment can still set any of
 * it for a federation; a new process therefore adds its file and edits no shared one.
 *
 * <p>A file may set only what is its process's: in the shared settings, its own service levels
 * ({@code workright.service-levels.working-days.<key>}) and its own letter kinds; and no setting
 * may appear in two files, since the first file read would silently win.
 */
public class ProcessConfiguration implements EnvironmentPostProcessor {

    private static final String SERVICE_LEVELS = "workright.service-levels.";
    private static final String LETTERS = "workright.letters.";

    private final YamlPropertySourceLoader yaml = new YamlPropertySourceLoader();

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, String> setBy = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (CaseworkProcess process : CaseworkProcesses.all()) {
            for (String key : process.processKeys()) {
                for (PropertySource<?> source : load(key)) {
                    for (String name : ((EnumerablePropertySource<?>) source).getPropertyNames()) {
                        problems.addAll(check(process, key, name, setBy));
                    }
                    environment.getPropertySources().addLast(source);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("processes/*.yml: " + String.join("; ", problems));
        }
    }

    /** What is wrong with {@code name} in the file of process {@code key}; empty when nothing. */
    static List<String> check(CaseworkProcess process, String key, String name, Map<String, String> setBy) {
        List<String> problems = new ArrayList<>();
        String earlier = setBy.putIfAbsent(name, key);
        if (earlier != null && !earlier.equals(key)) {
            problems.add(name + " is set by both " + earlier + ".yml and " + key + ".yml");
        }
        if (name.startsWith(SERVICE_LEVELS) && !name.startsWith(SERVICE_LEVELS + "working-days." + key + ".")) {
            problems.add(key + ".yml sets " + name + ", which is not its own service level");
        }
        if (name.startsWith(LETTERS) && ownKinds(process).stream().noneMatch(
                kind -> name.startsWith(LETTERS + "kinds[" + kind + "]."))) {
            problems.add(key + ".yml sets " + name + ", which is not one of its declared letter kinds");
        }
        return problems;
    }

    private static Set<String> ownKinds(CaseworkProcess process) {
        return process.letters().keySet();
    }

    private List<PropertySource<?>> load(String key) {
        ClassPathResource file = new ClassPathResource("processes/" + key + ".yml");
        if (!file.exists()) {
            return List.of();
        }
        try {
            return yaml.load("process configuration " + key, file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
