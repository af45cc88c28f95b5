package org.workright.casework;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The enterprise as a party to a case, on the task addressed to it (create, complete and delete
 * listeners; a process model test holds every declared task to it):
 * <ul>
 * <li>while the task is open, and only then, the enterprise's group may read the process instance
 * in the engine, so Tasklist shows the case beside its task; a timeout (the task deleted by its
 * boundary timer) ends the access like a completion;</li>
 * <li>on completion the case keeps only the task's own form fields of what was submitted, and its
 * recorded variables are restored from the record: an enterprise cannot set another variable of
 * the union's case (a flag a later gateway reads, the notice number, its own group).</li>
 * </ul>
 */
@Component("enterpriseParty")
public class EnterpriseParty implements TaskListener {

    private final List<PartyRecords> records;
    private final EngineAccess engineAccess;

    /** Any number of processes may have an enterprise party, none included; one set of records each. */
    EnterpriseParty(ObjectProvider<PartyRecords> records, EngineAccess engineAccess) {
        this.records = records.orderedStream().toList();
        this.engineAccess = engineAccess;
        List<String> keys = this.records.stream().flatMap(r -> r.process().processKeys().stream()).toList();
        if (keys.size() != Set.copyOf(keys).size()) {
            throw new IllegalStateException("Two sets of party records for one process: " + keys);
        }
    }

    @Override
    public void notify(DelegateTask task) {
        DelegateExecution execution = task.getExecution();
        String key = ProcessVariables.processKey(execution);
        PartyRecords party = records.stream().filter(r -> r.process().processKeys().contains(key)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No party records for process " + key));
        String caseNo = ProcessVariables.caseNo(execution);
        String group = party.enterpriseGroup(caseNo);
        // a staff group as the party (the union that filed a regional contract) keeps the access its role gives
        boolean enterprise = !staff(group);
        switch (task.getEventName()) {
            case EVENTNAME_CREATE -> {
                if (enterprise) {
                    engineAccess.grantGroupRead(execution.getProcessInstanceId(), group);
                }
            }
            case EVENTNAME_COMPLETE -> {
                keepOnly(execution, fields(party.process(), task.getTaskDefinitionKey()),
                        party.recordedVariables(caseNo));
                if (enterprise) {
                    engineAccess.revokeGroupRead(execution.getProcessInstanceId(), group);
                }
            }
            case EVENTNAME_DELETE -> {
                if (enterprise) {
                    engineAccess.revokeGroupRead(execution.getProcessInstanceId(), group);
                }
            }
            default -> throw new IllegalStateException("enterpriseParty does not handle " + task.getEventName());
        }
    }

    /** A process role's group, or the district group of a role held by district. */
    private static boolean staff(String group) {
        return CaseworkProcesses.roles().anyMatch(r -> r.group().equals(group)
                || r.byDistrict() && group.startsWith(r.group()) && group.substring(r.group().length()).matches("\\d+"));
    }

    private static Set<String> fields(CaseworkProcess process, String taskId) {
        return process.enterpriseTasks().stream().filter(t -> t.taskId().equals(taskId)).findFirst()
                .orElseThrow(() -> new IllegalStateException(taskId + " is not declared as an enterprise task"))
                .fields();
    }

    private static void keepOnly(DelegateExecution execution, Set<String> fields, Map<String, Object> recorded) {
        Set<String> kept = new HashSet<>(fields);
        kept.addAll(recorded.keySet());
        execution.getVariableNames().stream().filter(name -> !kept.contains(name)).toList()
                .forEach(execution::removeVariable);
        execution.setVariables(recorded);
    }
}
