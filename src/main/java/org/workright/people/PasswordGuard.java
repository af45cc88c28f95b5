package org.workright.people;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.workright.system.UserFacing;

/**
 * Every new password meets Camunda's password policy (on: {@code enablePasswordPolicy}), whoever
 * sets it and through whichever door: at least 10 characters with upper and lower case, a digit and
 * a special character, and not the user's own name or id. The engine checks it too, but refuses
 * with an English 500; this answers 400 in Chinese. Only the demo users skip it, by name.
 */
final class PasswordGuard extends CommandInterceptor {

    static final String RULES = "密码不符合要求：至少10位，须含大写字母、小写字母、数字和特殊字符，且不能包含用户名";

    private final IdentityService identity;

    PasswordGuard(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    public <T> T execute(Command<T> command) {
        if (command instanceof SaveUserCmd && !Boolean.TRUE.equals(EngineCommands.argument(command, "skipPasswordPolicy"))) {
            User user = EngineCommands.argument(command, "user");
            if (user instanceof UserEntity entity && entity.hasNewPassword()) {
                String password = EngineCommands.argument(entity, "newPassword");  // getPassword() is the hash
                PasswordPolicyResult result = identity.checkPasswordAgainstPolicy(password, user);
                if (!result.isValid()) {
                    throw UserFacing.badRequest(new BadUserRequestException(RULES));
                }
            }
        }
        return next.execute(command);
    }
}
