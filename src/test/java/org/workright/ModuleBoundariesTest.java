package org.workright;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.workright.casework.CaseworkProcess;
import org.workright.casework.CaseworkProcesses;

/**
 * Each top-level package is a module: it reads and writes only its own tables, and the modules
 * depend on each other without cycles (processes on enterprises and letters, those on people and
 * system), so a process can be changed or replaced on its own.
 */
class ModuleBoundariesTest {

    private static final Path SOURCES = Path.of("src/main/java/org/workright");
    /** The kernel modules' tables, and those every process declares it owns. */
    private static final Map<String, String> TABLE_OWNERS = tableOwners();

    private static Map<String, String> tableOwners() {
        Map<String, String> owners = new HashMap<>(Map.of(
                "sequence_counter", "casework",
                "letter", "letters",
                "enterprise", "enterprises",
                "enterprise_user", "enterprises",
                "login_lockout", "people"));
        CaseworkProcesses.all().forEach(process -> process.tables().forEach(t -> owners.put(t, process.module())));
        return owners;
    }
    private static final Pattern TABLE = Pattern.compile("\\b(?:from|into|update|join)\\s+([a-z_]+)\\b");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?org\\.workright\\.([a-z]+)\\.", Pattern.MULTILINE);

    /** Spring Modulith's view: each top-level package a module, no cycles, no reach into another's internals. */
    @Test
    void springModulithFindsTheModulesSound() {
        org.springframework.modulith.core.ApplicationModules.of(WorkRightApplication.class).verify();
    }

    /** Every process package declares itself once, and the declaration names its own package. */
    @Test
    void everyProcessDeclaresItself() {
        assertThat(CaseworkProcesses.all()).extracting(p -> p.module()).containsExactly("contracts", "democracy", "legalaid", "supervision");
        CaseworkProcesses.all().forEach(p -> assertThat(p.getClass().getPackageName()).isEqualTo("org.workright." + p.module()));
    }

    /**
     * Each declared letter has its template, and its title and number in its own process's
     * configuration file (not another's), and no template is undeclared.
     */
    @Test
    void everyLetterIsDeclaredByItsProcess() throws IOException {
        Set<String> declared = new HashSet<>();
        for (CaseworkProcess process : CaseworkProcesses.all()) {
            StringBuilder own = new StringBuilder();
            for (String key : process.processKeys()) {
                Path file = Path.of("processes", key + ".yml");
                if (Files.exists(file)) {
                    own.append(Files.readString(file));
                }
            }
            for (String kind : process.letters().keySet()) {
                declared.add(kind);
                String[] parts = kind.split("\\.", 2);
                assertThat(Path.of("src/main/resources/letters", parts[0], parts[1] + ".vm")).as(kind).exists();
                assertThat(own.toString().lines().map(String::strip).filter(l -> !l.startsWith("#")))
                        .as(kind + " in its process's configuration").anyMatch(l -> l.startsWith("\"[" + kind + "]\":"));
            }
        }
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/letters"))) {
            assertThat(templates.filter(t -> t.toString().endsWith(".vm") && !t.getFileName().toString().startsWith("_")
                    && !t.getParent().getFileName().toString().equals("common"))
                    .map(t -> t.getParent().getFileName() + "." + t.getFileName().toString().replace(".vm", "")))
                    .allMatch(declared::contains);
        }
    }

    @Test
    void everyModuleSaysWhatItOwns() throws IOException {
        try (Stream<Path> modules = Files.list(SOURCES)) {
            assertThat(modules.filter(Files::isDirectory).filter(m -> !Files.exists(m.resolve("package-info.java")))
                    .toList()).isEmpty();
        }
    }

    @Test
    void everyModuleTouchesOnlyItsOwnTables() throws IOException {
        for (Path file : javaFiles()) {
            String module = moduleOf(file);
            Matcher m = TABLE.matcher(Files.readString(file));
            while (m.find()) {
                String owner = TABLE_OWNERS.get(m.group(1));
                if (owner != null) {
                    assertThat(owner).as("%s uses table %s", file, m.group(1)).isEqualTo(module);
                }
            }
        }
    }

    @Test
    void modulesDependOnEachOtherWithoutCycles() throws IOException {
        Map<String, Set<String>> uses = new HashMap<>();
        for (Path file : javaFiles()) {
            String module = moduleOf(file);
            Matcher m = IMPORT.matcher(Files.readString(file));
            while (m.find()) {
                if (!m.group(1).equals(module)) {
                    uses.computeIfAbsent(module, k -> new HashSet<>()).add(m.group(1));
                }
            }
        }
        for (String module : uses.keySet()) {
            assertThat(reachable(module, uses)).as("modules reachable from %s", module).doesNotContain(module);
        }
        assertThat(uses.getOrDefault("system", Set.of())).as("system depends on no process").isEmpty();
    }

    private static Set<String> reachable(String from, Map<String, Set<String>> uses) {
        Set<String> seen = new HashSet<>();
        List<String> todo = new java.util.ArrayList<>(uses.getOrDefault(from, Set.of()));
        while (!todo.isEmpty()) {
            String next = todo.remove(todo.size() - 1);
            if (seen.add(next)) {
                todo.addAll(uses.getOrDefault(next, Set.of()));
            }
        }
        return seen;
    }

    private static String moduleOf(Path file) {
        Path relative = SOURCES.relativize(file);
        return relative.getNameCount() > 1 ? relative.getName(0).toString() : "";
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }
}
