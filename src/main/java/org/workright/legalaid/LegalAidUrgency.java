package org.workright.legalaid;

import java.util.Optional;

import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workright.casework.Deadline;
import org.workright.casework.Deadlines;

/**
 * Urgency is watched, not checked once (LAL art 44): a case that was not urgent when it came in
 * becomes so when its limitation or procedural deadline draws near while it waits. It is looked at
 * again at the completeness check and each day while the case waits for a decision or a lawyer.
 */
@Service
class LegalAidUrgency {

    /** Open tasks of a waiting case keep this priority at least once it is urgent, as urgent cases have. */
    static final int URGENT_PRIORITY = 80;

    private final LegalAidCaseRepository cases;
    private final LegalAidRules rules;
    private final LegalAidProperties properties;
    private final Deadlines deadlines;
    private final LegalAidDistricts districts;

    LegalAidUrgency(LegalAidCaseRepository cases, LegalAidProperties properties, Deadlines deadlines,
            LegalAidDistricts districts) {
        this.districts = districts;
        this.cases = cases;
        this.rules = new LegalAidRules(properties);
        this.properties = properties;
        this.deadlines = deadlines;
    }

    /** Why the case has become urgent since it was last looked at; it is then marked, once. */
    @Transactional
    Optional<String> arisen(String caseNo) {
        LegalAidCase c = cases.require(caseNo);
        if (c.urgent()) {
            return Optional.empty();
        }
        return rules.approaching(c, deadlines.today()).filter(why -> cases.markUrgent(caseNo));
    }

    /** The line every task of the case shows, now with its urgency. */
    String summary(String caseNo) {
        return cases.require(caseNo).summary();
    }

    /**
     * Urgent aid does not wait out the ordinary clocks: the decision and the lawyer are due by the
     * urgent day (as for a case urgent from the start), the open tasks say why and rise to the top,
     * and the assignment's escalation moves to that day.
     *
     * @return the urgent day
     */
    Deadline raiseOpenTasks(ProcessEngineServices engine, String caseNo, String processInstanceId, String why) {
        Deadline due = districts.deadlines(cases.require(caseNo)).calendarDaysFromToday(properties.urgentAssignmentDays());
        for (Task task : engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).active().list()) {
            if (task.getDueDate() == null || task.getDueDate().after(due.timer())) {
                task.setDueDate(due.timer());
            }
            task.setPriority(Math.max(task.getPriority(), URGENT_PRIORITY));
            task.setDescription("【紧急：" + why + "，请按先行援助办理】" + (task.getDescription() == null ? "" : task.getDescription()));
            engine.getTaskService().saveTask(task);
        }
        engine.getManagementService().createJobQuery().processInstanceId(processInstanceId)
                .activityId(LegalAidProcess.Activity.ASSIGNMENT_OVERDUE).list().stream()
                .filter(job -> job.getDuedate() == null || job.getDuedate().after(due.timer()))
                .forEach(job -> engine.getManagementService().setJobDuedate(job.getId(), due.timer()));
        return due;
    }
}
