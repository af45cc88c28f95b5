package org.workright.system;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Comparator;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys every BPMN, DMN and Camunda Form from {@code processes/} and {@code forms/} as one
 * deployment with stable resource names ("processes/x.bpmn"), so the names are the same under
 * spring-boot:run and java -jar and an unchanged restart creates no new versions. Forms travel in
 * the same deployment because the models bind them with formRefBinding="deployment".
 *
 * <p>Running cases then move to the models just deployed: a case must not keep a version whose
 * listeners or delegates the application no longer has (nor miss the guards a new version adds).
 * Activities are mapped by id; a case that cannot be mapped stays where it is, and the log says so.
 */
@Component
@Order(0)
class ProcessDeployer implements ApplicationRunner {

    static final String DEPLOYMENT_NAME = "workright";
    private static final String[] PATTERNS = {
        "classpath*:processes/*.bpmn", "classpath*:processes/*.dmn", "classpath*:forms/*.form"};
    private static final Logger log = LoggerFactory.getLogger(ProcessDeployer.class);

    private final RepositoryService repositoryService;
    private final RuntimeService runtimeService;
    private final ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

    ProcessDeployer(RepositoryService repositoryService, RuntimeService runtimeService) {
        this.repositoryService = repositoryService;
        this.runtimeService = runtimeService;
    }

    @Override
    public void run(ApplicationArguments args) {
        deploy();
        migrateRunningCases();
    }

    /** Moves every running case of an older version to its process's latest version. */
    void migrateRunningCases() {
        for (ProcessDefinition latest : repositoryService.createProcessDefinitionQuery().latestVersion().list()) {
            for (ProcessDefinition older : repositoryService.createProcessDefinitionQuery()
                    .processDefinitionKey(latest.getKey()).list()) {
                if (older.getVersion() >= latest.getVersion()
                        || runtimeService.createProcessInstanceQuery().processDefinitionId(older.getId()).count() == 0) {
                    continue;
                }
                try {
                    MigrationPlan plan = runtimeService.createMigrationPlan(older.getId(), latest.getId())
                            .mapEqualActivities().build();
                    runtimeService.newMigration(plan).processInstanceQuery(
                            runtimeService.createProcessInstanceQuery().processDefinitionId(older.getId())).execute();
                    log.info("Running cases of {} v{} moved to v{}", latest.getKey(), older.getVersion(),
                            latest.getVersion());
                } catch (MigrationPlanValidationException | MigratingProcessInstanceValidationException e) {
                    log.warn("Running cases of {} v{} stay on that version: {}", latest.getKey(), older.getVersion(),
                            e.getMessage());
                }
            }
        }
    }

    Deployment deploy() {
        DeploymentBuilder builder = repositoryService.createDeployment()
                .name(DEPLOYMENT_NAME)
                .source(DEPLOYMENT_NAME)
                .enableDuplicateFiltering(false);
        for (String pattern : PATTERNS) {
            String folder = pattern.substring("classpath*:".length(), pattern.indexOf('/') + 1);
            for (Resource resource : resources(pattern)) {
                try (InputStream in = resource.getInputStream()) {
                    builder.addInputStream(folder + resource.getFilename(), in);
                } catch (IOException e) {
                    throw new IllegalStateException("Cannot read " + resource, e);
                }
            }
        }
        Deployment deployment = builder.deployWithResult();
        log.info("Deployment '{}': {} ({} resources in this deployment)", DEPLOYMENT_NAME,
                deployment.getId(), builder.getResourceNames().size());
        return deployment;
    }

    private Resource[] resources(String pattern) {
        try {
            Resource[] found = resolver.getResources(pattern);
            Arrays.sort(found, Comparator.comparing(Resource::getFilename));
            return found;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list " + pattern, e);
        }
    }
}
