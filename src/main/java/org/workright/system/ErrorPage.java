package org.workright.system;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The container's error page (what a request gets when no handler answered it, e.g. an odd URL
 * under /api): problem+json in Chinese instead of Spring Boot's English one.
 */
@RestController
class ErrorPage implements ErrorController {

    private static final MediaType PROBLEM = new MediaType(MediaType.APPLICATION_PROBLEM_JSON, StandardCharsets.UTF_8);

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value && value >= 400 ? value : 500;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), ProblemWords.of(status));
        problem.setTitle(ProblemWords.title(status));
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri) {
            try {
                problem.setInstance(URI.create(uri));
            } catch (IllegalArgumentException unusual) {
                // a path that is no URI (the reason it failed, often): the answer goes without it
            }
        }
        return ResponseEntity.status(status).contentType(PROBLEM).body(problem);
    }
}
