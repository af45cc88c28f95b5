package org.workright.system;

import org.springframework.http.HttpStatus;

/** A failure the user can act on; becomes a problem+json response with a Chinese message. */
public class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String title;
    private final String field;
    private final java.util.List<FieldError> errors;

    /** One field's error, as the answer's errors[] lists it. */
    public record FieldError(String field, String message) {
    }

    public ProblemException(HttpStatus status, String title, String detail, String field) {
        super(detail);
        this.status = status;
        this.title = title;
        this.field = field;
        this.errors = field == null ? java.util.List.of() : java.util.List.of(new FieldError(field, detail));
    }

    private ProblemException(String detail, java.util.List<FieldError> errors) {
        super(detail);
        this.status = HttpStatus.BAD_REQUEST;
        this.title = "输入有误";
        this.field = errors.get(0).field();
        this.errors = java.util.List.copyOf(errors);
    }

    /** Several fields wrong at once, each named with its own message; the detail says them all. */
    public static ProblemException badFields(java.util.List<FieldError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("no errors");
        }
        return new ProblemException(String.join("；", errors.stream().map(FieldError::message).toList()), errors);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(HttpStatus.NOT_FOUND, "未找到", detail, null);
    }

    public static ProblemException badField(String field, String detail) {
        return new ProblemException(HttpStatus.BAD_REQUEST, "输入有误", detail, field);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(HttpStatus.CONFLICT, "状态冲突", detail, null);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(HttpStatus.FORBIDDEN, "无权访问", detail, null);
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String field() {
        return field;
    }

    public java.util.List<FieldError> errors() {
        return errors;
    }
}
