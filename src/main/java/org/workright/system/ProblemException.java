package org.workright.system;

import org.springframework.http.HttpStatus;

/** A failure the user can act on; becomes a problem+json response with a Chinese message. */
public class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String title;
    private final String field;

    public ProblemException(HttpStatus status, String title, String detail, String field) {
        super(detail);
        this.status = status;
        this.title = title;
        this.field = field;
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
}
