package org.workright.people;

import java.util.Map;

import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.workright.system.ProblemException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The Tasklist login's CSRF token, for our own pages that change something with that login (an
 * enterprise uploading its filing's documents). The webapps keep the token in a cookie of their
 * own path, which our pages cannot read; this answer can be read by a page of this site only (no
 * CORS), so handing it out here gives another site nothing.
 */
@RestController
@Tag(name = "session", description = "登录会话 The webapps' login")
class SessionTokenController {

    @GetMapping("/api/session/token")
    @Operation(summary = "登录会话的防伪令牌 The CSRF token of the Tasklist login")
    ResponseEntity<Map<String, String>> token(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object token = session == null ? null : session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
        if (!(token instanceof String value)) {
            throw new ProblemException(org.springframework.http.HttpStatus.UNAUTHORIZED, "需要登录", "请先登录任务列表", null);
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(Map.of("token", value));
    }
}
