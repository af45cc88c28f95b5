package org.workright.people;

import java.time.Duration;

import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.workright.system.TooManyAttempts;

/**
 * Camunda's identity store with our login throttle in place of the engine's account lock. Every
 * password check passes here, whichever door it came through (HTTP Basic on our API and
 * /engine-rest, the webapps' login form), so a refused client cannot keep guessing anywhere.
 * Checks outside a request (the application's own) are not throttled.
 */
final class ThrottledIdentityProvider extends DbIdentityServiceProvider {

    private final LoginThrottle throttle;

    ThrottledIdentityProvider(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    static SessionFactory factory(LoginThrottle throttle) {
        return new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return ThrottledIdentityProvider.class;
            }

            @Override
            public Session openSession() {
                return new ThrottledIdentityProvider(throttle);
            }
        };
    }

    @Override
    public boolean checkPassword(String userId, String password) {
        String address = LoginThrottle.clientAddress();
        if (address == null) {
            return super.checkPassword(userId, password);
        }
        Duration locked = throttle.lockedFor(address, userId);
        if (locked != null) {
            // refused unchecked; the webapps' login answers 401, which EngineProblems turns into this 429
            RequestContextHolder.currentRequestAttributes().setAttribute(TooManyAttempts.REQUEST_ATTRIBUTE,
                    new TooManyAttempts(locked), RequestAttributes.SCOPE_REQUEST);
            return false;
        }
        boolean valid = super.checkPassword(userId, password);
        if (valid) {
            throttle.succeeded(address, userId);
        } else {
            throttle.failed(address, userId);
        }
        return valid;
    }

    /** Never locked from outside: the throttle slows the client, not the account. */
    @Override
    protected boolean isUserLocked(UserEntity user) {
        return false;
    }

    @Override
    protected void lockUser(UserEntity user) {
        // the engine's permanent lock after 10 failures is what let anyone lock anyone out
    }
}
