package org.workright.people;

import java.lang.reflect.Field;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * What the engine guards need to know about a command and who sent it. The engine's commands keep
 * their arguments in protected fields without getters; reading them here, by name, keeps that
 * knowledge in one place (and a renamed field fails the guards' tests, not silently).
 */
final class EngineCommands {

    private EngineCommands() {
    }

    /** The command's argument held in the named field (declared on the command or a superclass). */
    @SuppressWarnings("unchecked")
    static <T> T argument(Object command, String name) {
        for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                return (T) field.get(command);
            } catch (NoSuchFieldException e) {
                // declared further up
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException(command.getClass().getName() + " has no field " + name);
    }

    static boolean isInstanceOfAny(Object command, Set<Class<?>> types) {
        return types.stream().anyMatch(t -> t.isInstance(command));
    }

    /**
     * The user a command runs for, or null for the application's own calls (services, the job
     * executor): every REST door sets one (our EngineAuthenticationFilter, the webapps' own).
     */
    static Authentication user(IdentityService identity) {
        return identity.getCurrentAuthentication();
    }

    static boolean isAdministrator(Authentication user) {
        return user.getGroupIds() != null && user.getGroupIds().contains(Groups.CAMUNDA_ADMIN);
    }
}
