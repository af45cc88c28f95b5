package org.workright.letters;

import java.io.StringWriter;
import java.util.Map;
import java.util.Properties;

import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;
import org.apache.velocity.util.introspection.SecureUberspector;
import org.springframework.stereotype.Component;

/**
 * Renders a letter: the kind's own body template inside the shared A4 layout. Strict mode makes a
 * missing value an error rather than a blank in an official letter; SecureUberspector keeps
 * templates away from reflection and class loading.
 */
@Component
class LetterRenderer {

    static final String LAYOUT = "letters/common/layout.vm";

    private final VelocityEngine engine;

    LetterRenderer() {
        Properties p = new Properties();
        p.setProperty(RuntimeConstants.RESOURCE_LOADERS, "class");
        p.setProperty("resource.loader.class.class", ClasspathResourceLoader.class.getName());
        p.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        p.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME, SecureUberspector.class.getName());
        p.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
        p.setProperty(RuntimeConstants.EVENTHANDLER_REFERENCEINSERTION, HtmlEscapingInsertion.class.getName());
        p.setProperty(RuntimeConstants.SPACE_GOBBLING, "lines");
        engine = new VelocityEngine(p);
        engine.init();
    }

    String render(String bodyTemplate, Map<String, Object> model) {
        VelocityContext context = new VelocityContext();
        model.forEach(context::put);
        context.put("fmt", new LetterFormat());
        context.put("body", bodyTemplate);
        Template layout = engine.getTemplate(LAYOUT, "UTF-8");
        StringWriter out = new StringWriter();
        layout.merge(context, out);
        return out.toString();
    }

    boolean exists(String template) {
        return engine.resourceExists(template);
    }
}
