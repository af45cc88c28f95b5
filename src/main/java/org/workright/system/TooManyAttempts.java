package org.workright.system;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** A login refused for a while (too many failures from this client): answered 429 with Retry-After. */
public class TooManyAttempts extends AuthenticationException {

    /** Set on the request when a password check was refused unchecked, so the answer can say why. */
    public static final String REQUEST_ATTRIBUTE = TooManyAttempts.class.getName();

    private final Duration retryAfter;

    public TooManyAttempts(Duration retryAfter) {
        super("登录失败次数过多，请稍后再试");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** The Chinese answer, with the wait rounded up to whole minutes. */
    public String detail() {
        return "登录失败次数过多，请" + Math.max(1, (retryAfter.toSeconds() + 59) / 60) + "分钟后再试";
    }
}
