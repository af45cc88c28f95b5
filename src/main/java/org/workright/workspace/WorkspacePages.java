package org.workright.workspace;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** /workspace/ is the search page, as people type it (a static folder has no index of its own). */
@Configuration(proxyBeanMethods = false)
class WorkspacePages implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/workspace", "/workspace/");
        registry.addViewController("/workspace/").setViewName("forward:/workspace/index.html");
    }
}
