package org.workright.casework;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * Each process keeps its configuration beside its model, in {@code processes/<key>.yml}: its clocks,
 * its service levels and its letter kinds. Read after everything in the application's own
 * configuration, so {@code application.yml}, a profile or the environment can still set any of
 * it for a federation; a new process therefore adds its file and edits no shared one.
 */
public class ProcessConfiguration implements EnvironmentPostProcessor {

    private final YamlPropertySourceLoader yaml = new YamlPropertySourceLoader();

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        CaseworkProcesses.all().stream().flatMap(p -> p.processKeys().stream()).forEach(key -> {
            ClassPathResource file = new ClassPathResource("processes/" + key + ".yml");
            if (file.exists()) {
                try {
                    yaml.load("process configuration " + key, file)
                            .forEach(source -> environment.getPropertySources().addLast(source));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + file, e);
                }
            }
        });
    }
}
