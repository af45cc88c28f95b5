package org.workright.people;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.workright.casework.CaseworkProcess;
import org.workright.casework.CaseworkProcess.Capability;
import org.workright.casework.CaseworkProcesses;
import org.workright.casework.Districts;

/**
 * The roles, what each may do in the engine, and the Tasklist filters everyone starts with. Runs at
 * every start and only adds what is missing, so it is safe on an existing database and never
 * undoes what an administrator changed in Admin.
 */
@Component
@Order(10)
class AccessSetup implements ApplicationRunner {

    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final FilterService filters;
    private final TaskService tasks;
    private final Districts districts;

    AccessSetup(IdentityService identity, AuthorizationService authorizations, FilterService filters,
            TaskService tasks, Districts districts) {
        this.identity = identity;
        this.authorizations = authorizations;
        this.filters = filters;
        this.tasks = tasks;
        this.districts = districts;
    }

    @Override
    public void run(ApplicationArguments args) {
        Roles.all().forEach(this::ensureGroup);
        // a role held by district has a group in the city and in each county, which its tasks name
        List<String> districtGroups = new ArrayList<>();
        CaseworkProcesses.roles().filter(CaseworkProcess.ProcessRole::byDistrict).forEach(role ->
                Stream.concat(Stream.of(districts.city()), districts.counties().stream()).forEach(d -> {
                    String id = role.districtGroup(d.code());
                    ensureGroup(id, d.name() + role.name());
                    districtGroups.add(id);
                }));
        for (Resource resource : Resources.values()) {
            grant(Roles.ADMIN, resource, Authorization.ANY, Permissions.ALL);
        }
        for (String group : Roles.all()) {
            grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            grant(group, Resources.FILTER, Authorization.ANY, Permissions.READ);
            // Tasklist names a task's candidate groups; unreadable ones show as raw ids ("legalAidLead")
            Roles.STAFF.forEach(staff -> grant(group, Resources.GROUP, staff, Permissions.READ));
            districtGroups.forEach(staff -> grant(group, Resources.GROUP, staff, Permissions.READ));
        }
        // what each process's roles may do with its definitions, as the process declares it
        for (CaseworkProcess process : CaseworkProcesses.all()) {
            for (CaseworkProcess.ProcessRole role : process.roles()) {
                for (String key : process.processKeys()) {
                    // every role follows its process in Tasklist (diagram, start forms)
                    grant(role.group(), Resources.PROCESS_DEFINITION, key, Permissions.READ);
                    if (role.can(Capability.READ_EVERY_CASE)) {
                        // Tasklist shows case number and summary; the others get read access case by case
                        grant(role.group(), Resources.PROCESS_DEFINITION, key, ProcessDefinitionPermissions.READ_INSTANCE);
                    }
                    if (role.can(Capability.START_CASES)) {
                        grantStart(role.group(), key);
                    }
                }
            }
            if (process.startedByEnterprises()) {
                for (String key : process.processKeys()) {
                    grant(Roles.ENTERPRISE, Resources.PROCESS_DEFINITION, key, Permissions.READ);
                    grantStart(Roles.ENTERPRISE, key);
                }
            }
        }
        ensureFilters();
    }

    private void grantStart(String group, String processKey) {
        grant(group, Resources.PROCESS_DEFINITION, processKey, Permissions.CREATE_INSTANCE);
        grant(group, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
    }

    private void ensureGroup(String id) {
        ensureGroup(id, Roles.displayName(id));
    }

    private void ensureGroup(String id, String name) {
        if (identity.createGroupQuery().groupId(id).count() == 0) {
            Group group = identity.newGroup(id);
            group.setName(name);
            group.setType(id.equals(Roles.ADMIN) ? "SYSTEM" : "WORKFLOW");
            identity.saveGroup(group);
        }
    }

    private void grant(String group, Resource resource, String resourceId, Permission permission) {
        Authorization existing = authorizations.createAuthorizationQuery()
                .authorizationType(AUTH_TYPE_GRANT).groupIdIn(group)
                .resourceType(resource).resourceId(resourceId).singleResult();
        Authorization auth = existing != null ? existing : authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
        if (existing != null && existing.isPermissionGranted(permission)) {
            return;
        }
        auth.setGroupId(group);
        auth.setResource(resource);
        auth.setResourceId(resourceId);
        auth.addPermission(permission);
        authorizations.saveAuthorization(auth);
    }

    /**
     * Four filters fit every role. Tasklist opens on the first, where every role's work waits (a
     * lawyer's offers are assigned to them, the office's and inspectors' tasks to their groups), the
     * nearest deadline first; then mine, my groups', and overdue.
     */
    private void ensureFilters() {
        ensureFilter("全部待办", "分配给我或我所在岗位的任务，期限最近的在前", -20, "#8e44ad",
                tasks.createTaskQuery().or()
                        .taskAssigneeExpression("${currentUser()}")
                        .taskCandidateGroupInExpression("${currentUserGroups()}")
                        .endOr()
                        .orderByDueDate().asc());
        ensureFilter("我的待办", "分配给我本人的任务", -10, "#3179c4",
                tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
        ensureFilter("我组的待办", "我所在岗位可以认领的任务", 0, "#4c9a2a",
                tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                        .orderByTaskPriority().desc().orderByDueDate().asc());
        ensureFilter("已逾期", "已过办理期限的任务（本人或本岗位）", 10, "#c0392b",
                tasks.createTaskQuery().or()
                        .taskAssigneeExpression("${currentUser()}")
                        .taskCandidateGroupInExpression("${currentUserGroups()}")
                        .endOr()
                        .dueBeforeExpression("${now()}").orderByDueDate().asc());
    }

    private void ensureFilter(String name, String description, int priority, String color, TaskQuery query) {
        if (filters.createFilterQuery().filterName(name).count() > 0) {
            return;
        }
        Filter filter = filters.newTaskFilter(name).setOwner(null).setQuery(query).setProperties(Map.of(
                "description", description,
                "priority", priority,
                "color", color,
                "refresh", true,
                "variables", List.of(
                        Map.of("name", "caseNo", "label", "案件编号"),
                        Map.of("name", "caseSummary", "label", "案情摘要"))));
        filters.saveFilter(filter);
    }
}
