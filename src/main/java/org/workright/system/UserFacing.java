package org.workright.system;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * Engine exceptions whose message is written for the user, and the HTTP status they stand for.
 * The engine's REST API wraps most exceptions in its own (a refused start becomes a 500 "Cannot
 * instantiate process definition …"), but it passes on an exception's code; codes 20000–39999
 * are the engine's range for application codes, and {@link EngineProblems} reads the status back
 * from them: 20400 is a 400, 20409 a 409.
 */
public final class UserFacing {

    private static final int BASE = 20_000;

    public static <E extends ProcessEngineException> E badRequest(E exception) {
        return withStatus(exception, 400);
    }

    public static <E extends ProcessEngineException> E forbidden(E exception) {
        return withStatus(exception, 403);
    }

    public static <E extends ProcessEngineException> E conflict(E exception) {
        return withStatus(exception, 409);
    }

    private static <E extends ProcessEngineException> E withStatus(E exception, int status) {
        exception.setCode(BASE + status);
        return exception;
    }

    /**
     * A message for people that also names the variable it is about, for the problem's
     * {@code errors[].field}: the engine passes on only a message, so the name travels in a marker
     * {@link EngineProblems} takes out before anyone reads it.
     */
    public static String naming(String message, String field) {
        return message + " ⟦" + field + "⟧";
    }

    /** The HTTP status an engine error code stands for, or 0 when the code is not ours. */
    static int status(int code) {
        int status = code - BASE;
        return status >= 400 && status < 500 ? status : 0;
    }

    private UserFacing() {
    }
}
