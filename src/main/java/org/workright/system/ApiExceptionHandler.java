package org.workright.system;

import java.util.List;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * Every error of our API is application/problem+json and names the field at fault
 * ({@code errors: [{field, message}]}), so a client can point the user at it.
 */
@RestControllerAdvice(basePackages = "org.workright")
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    @ExceptionHandler(ProblemException.class)
    ProblemDetail problem(ProblemException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        problem.setTitle(e.title());
        if (e.field() != null) {
            problem.setProperty("errors", List.of(fieldError(e.field(), e.getMessage())));
        }
        return problem;
    }

    /** Two requests raced to create the same thing (e.g. one submission key): the loser is told so. */
    @ExceptionHandler(DuplicateKeyException.class)
    ProblemDetail duplicate(DuplicateKeyException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "重复提交 Duplicate submission");
        problem.setTitle("状态冲突");
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "输入有误 Invalid input");
        problem.setTitle("输入有误");
        problem.setProperty("errors", e.getBindingResult().getFieldErrors().stream()
                .map(f -> fieldError(f.getField(), message(f)))
                .toList());
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "请求内容无法解析 Malformed request body");
        problem.setTitle("输入有误");
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
                    .orElse("");
            problem.setDetail("字段格式错误 Malformed field: " + field);
            problem.setProperty("errors", List.of(fieldError(field, "格式错误 malformed value")));
        }
        return ResponseEntity.badRequest().body(problem);
    }

    private static String message(FieldError f) {
        return f.getDefaultMessage() == null ? "无效 invalid" : f.getDefaultMessage();
    }

    private static Map<String, String> fieldError(String field, String message) {
        return Map.of("field", field, "message", message);
    }
}
