package org.workright.system;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Comparator;

import org.camunda.bpm.engine.RepositoryService;
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
 */
@Component
@Order(0)
class ProcessDeployer implements ApplicationRunner {

    static final String DEPLOYMENT_NAME = "workright";
    private static final String[] PATTERNS = {
        "classpath*:processes/*.bpmn", "classpath*:processes/*.dmn", "classpath*:forms/*.form"};
    private static final Logger log = LoggerFactory.getLogger(ProcessDeployer.class);

    private final RepositoryService repositoryService;
    private final ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

    ProcessDeployer(RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
    }

    @Override
    public void run(ApplicationArguments args) {
        deploy();
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
