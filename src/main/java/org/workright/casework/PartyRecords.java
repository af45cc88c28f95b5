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

    /** The case's own variables as recorded; a submitted form cannot alter or add to them. */
    Map<String, Object> recordedVariables(String caseNo);
}
