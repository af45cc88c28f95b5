package org.workright.casework;

import java.util.Map;

/**
 * What a process with an enterprise party ({@link CaseworkProcess#enterpriseTasks()}) tells the
 * kernel about one of its cases, always from the case record: the enterprise's Camunda group and
 * the variables the case legitimately has while the enterprise's task is open.
 */
public interface PartyRecords {

    /** The process these records belong to. */
    CaseworkProcess process();

    /** The candidate group of the enterprise the case is about. */
    String enterpriseGroup(String caseNo);

    /**
     * The case's own variables as recorded. When the enterprise's task completes, these and the
     * task's declared form fields are all the case keeps: every other variable is removed, so this
     * must hold everything a later step, gateway, form or letter of the process reads.
     */
    Map<String, Object> recordedVariables(String caseNo);
}
