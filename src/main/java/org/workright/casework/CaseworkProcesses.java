package org.workright.casework;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

/**
 * Every process's declaration, found on the class path under org.workright. Declarations are
 * data, read once; a plain test (no Spring context) reads them the same way as the application.
 */
public final class CaseworkProcesses {

    private static final List<CaseworkProcess> ALL = discover();

    private CaseworkProcesses() {
    }

    public static List<CaseworkProcess> all() {
        return ALL;
    }

    public static Stream<CaseworkProcess.ProcessRole> roles() {
        return ALL.stream().flatMap(p -> p.roles().stream());
    }

    /** The groups of every process whose role may do this. */
    public static Set<String> groupsThat(CaseworkProcess.Capability capability) {
        return roles().filter(r -> r.can(capability)).map(CaseworkProcess.ProcessRole::group)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static List<CaseworkProcess> discover() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(CaseworkProcess.class));
        return scanner.findCandidateComponents("org.workright").stream()
                .map(candidate -> {
                    try {
                        return (CaseworkProcess) Class.forName(candidate.getBeanClassName()).getConstructor().newInstance();
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException("cannot read the process declaration " + candidate, e);
                    }
                })
                .sorted(Comparator.comparing(CaseworkProcess::module))
                .toList();
    }
}
