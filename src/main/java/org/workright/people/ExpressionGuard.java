package org.workright.people;

import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.cmd.SaveFilterCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.query.Query;
import org.workright.system.UserFacing;

/**
 * No expression written by a user reaches the engine. Task queries take EL expressions for their
 * criteria ({@code candidateGroupExpression}, …) and the engine evaluates them with every Spring
 * bean in reach; its own switch ({@code enableExpressionsInAdhocQueries=false}) looks only at the
 * top of a query, not inside {@code orQueries} (CVE-2026-109432). This guard sits in front of
 * every command, so every door (both REST APIs, the Java API) passes it:
 * <ul>
 * <li>an ad-hoc query, and each of its or-queries, carries no expression at all;</li>
 * <li>a filter, when saved or run with an extending query, carries only the three the Tasklist
 * filters of {@link AccessSetup} use: the current user, the current user's groups, and now.</li>
 * </ul>
 */
final class ExpressionGuard extends CommandInterceptor {

    static final Set<String> FILTER_EXPRESSIONS = Set.of("${currentUser()}", "${currentUserGroups()}", "${now()}");

    @Override
    public <T> T execute(Command<T> command) {
        if (command instanceof AbstractQuery<?, ?> query) {
            refuseExpressions(query, Set.of());
        } else if (command instanceof SaveFilterCmd) {
            Filter filter = EngineCommands.argument(command, "filter");
            if (filter != null && filter.getQuery() instanceof AbstractQuery<?, ?> stored) {
                refuseExpressions(stored, FILTER_EXPRESSIONS);
            }
        } else if (command instanceof AbstractExecuteFilterCmd) {
            Query<?, ?> extending = EngineCommands.argument(command, "extendingQuery");
            if (extending instanceof AbstractQuery<?, ?> query) {
                refuseExpressions(query, FILTER_EXPRESSIONS);
            }
        }
        return next.execute(command);
    }

    private static void refuseExpressions(AbstractQuery<?, ?> query, Set<String> allowed) {
        check(query.getExpressions(), allowed);
        if (query instanceof TaskQueryImpl task) {
            task.getQueries().forEach(or -> check(or.getExpressions(), allowed));
        }
    }

    private static void check(Map<String, String> expressions, Set<String> allowed) {
        expressions.forEach((criterion, expression) -> {
            if (!allowed.contains(expression)) {
                throw new Refused(criterion);
            }
        });
    }

    /** 400 through both REST doors (the engine answers BadUserRequestException so). */
    static final class Refused extends BadUserRequestException {
        Refused(String criterion) {
            super("查询条件“" + criterion + "”不能使用表达式");
            UserFacing.badRequest(this);
        }
    }
}
