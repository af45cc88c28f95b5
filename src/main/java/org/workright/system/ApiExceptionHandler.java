package org.workright.system;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * Every error of our API is application/problem+json and names the field at fault
 * ({@code errors: [{field, message}]}), so a client can point the user at it.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(ProblemException.class)
    ProblemDetail problem(ProblemException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        problem.setTitle(e.title());
        if (!e.errors().isEmpty()) {
            problem.setProperty("errors", e.errors().stream().map(f -> fieldError(f.field(), f.message())).toList());
        }
        return problem;
    }

    /** Two requests raced to create the same thing (e.g. one submission key): the loser is told so. */
    @ExceptionHandler(DuplicateKeyException.class)
    ProblemDetail duplicate(DuplicateKeyException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "重复提交");
        problem.setTitle("状态冲突");
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "输入有误");
        problem.setTitle("输入有误");
        problem.setProperty("errors", e.getBindingResult().getFieldErrors().stream()
                .map(f -> fieldError(f.getField(), message(f)))
                .toList());
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (org.springframework.core.NestedExceptionUtils.getRootCause(e) instanceof RequestSizeLimit.TooLarge) {
            ProblemDetail tooLarge = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, ProblemWords.of(413));
            tooLarge.setTitle(ProblemWords.title(413));
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(tooLarge);
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "请求内容无法解析");
        problem.setTitle("输入有误");
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
                    .orElse("");
            problem.setDetail("字段格式错误：" + field);
            problem.setProperty("errors", List.of(fieldError(field, "格式错误")));
        }
        return ResponseEntity.badRequest().body(problem);
    }

    /** A value that could not even be converted (letterId=abc): Spring's message names Java types. */
    private static String message(FieldError f) {
        return f.isBindingFailure() || f.getDefaultMessage() == null ? "格式错误" : f.getDefaultMessage();
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = e.getPropertyName() == null ? "" : e.getPropertyName();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "参数格式错误：" + field);
        problem.setTitle("输入有误");
        problem.setProperty("errors", List.of(fieldError(field, "格式错误")));
        return ResponseEntity.badRequest().body(problem);
    }

    /**
     * Spring's own answers (wrong method, media type, missing parameter …) say what went wrong in
     * English and sometimes name Java types: the user reads Chinese only.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        // Spring passes no body for several of its own exceptions and makes one from the exception later
        if (body == null && e instanceof ErrorResponse error) {
            body = error.getBody();
        }
        if (body instanceof ProblemDetail problem) {
            if (problem.getDetail() == null || problem.getDetail().codePoints()
                    .noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                problem.setDetail(ProblemWords.of(status.value()));
            }
            if (problem.getTitle() == null || problem.getTitle().codePoints()
                    .noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                problem.setTitle(ProblemWords.title(status.value()));
            }
        }
        return super.handleExceptionInternal(e, body, headers, status, request);
    }

    /**
     * A multipart body that does not parse (no boundary, cut short): nothing was stored, and the
     * client sends the file again. (One too large is answered 413 by the handler this one extends.)
     */
    @ExceptionHandler(MultipartException.class)
    ProblemDetail unreadableUpload(MultipartException e) {
        log.debug("Multipart body refused", e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "上传的内容不完整或格式有误，请重新选择文件上传");
        problem.setTitle("输入有误");
        problem.setProperty("errors", List.of(fieldError("file", "上传的内容不完整或格式有误，请重新选择文件上传")));
        return problem;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, ProblemWords.of(403));
        problem.setTitle("无权访问");
        return problem;
    }

    /** Anything unforeseen: logged in full, answered without internals. */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Request failed", e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, ProblemWords.of(500));
        problem.setTitle(ProblemWords.title(500));
        return problem;
    }

    private static Map<String, String> fieldError(String field, String message) {
        return Map.of("field", field, "message", message);
    }
}
