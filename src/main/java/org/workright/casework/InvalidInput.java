package org.workright.casework;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.workright.system.UserFacing;

/**
 * A user's input that a service task refuses (start form, task form). The engine REST API, and so
 * Tasklist, answers this exception with 400 and our message; any other exception would be a 500.
 * The whole transaction rolls back, so nothing is half-written.
 */
public final class InvalidInput {

    public static RuntimeException of(String message) {
        return UserFacing.badRequest(new FormFieldValidationException(null, message));
    }

    /** The same, naming the form field it is about, so the answer's errors[] points at it. */
    public static RuntimeException naming(String message, String field) {
        return of(UserFacing.naming(message, field));
    }

    private InvalidInput() {
    }
}
