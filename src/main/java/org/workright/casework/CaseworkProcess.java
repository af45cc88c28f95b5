package org.workright.casework;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A process, declared once in its own package (e.g. {@code legalaid.LegalAidModule}). Everything
 * that needs to know the processes reads these declarations ({@link CaseworkProcesses}), so a new
 * process touches only its own package, its files under processes/, forms/ and letters/, one
 * migration and its tests. An implementation is a class with a public no-argument constructor.
 */
public interface CaseworkProcess {

    /** The top-level package that holds the process, e.g. "legalaid". */
    String module();

    /** Its BPMN process keys. */
    List<String> processKeys();

    /** Case numbers look like {@code <prefix>-2026-00001} ({@link CaseNumbers}). */
    String casePrefix();

    /** Whether a case or letter reference is one of this process's case numbers. */
    default boolean owns(String caseRef) {
        return caseRef != null && caseRef.startsWith(casePrefix() + "-");
    }

    /** The Camunda groups it works with, each with what it may do. */
    List<ProcessRole> roles();

    /** Demo accounts for its roles (only created when demo users are on). */
    List<DemoPerson> demoPeople();

    /** The tables it owns; no other module reads or writes them. */
    List<String> tables();

    /**
     * Its letter kinds ({@code <process>.<name>}: template {@code letters/<process>/<name>.vm}) and
     * who each is addressed to, which decides who may open it besides the case's staff.
     */
    Map<String, Audience> letters();

    /**
     * The user tasks addressed to an enterprise, each with the form fields the enterprise fills
     * in; {@link EnterpriseParty} is their listener. Processes without an enterprise party have none.
     */
    default List<PartyTask> enterpriseTasks() {
        return List.of();
    }

    /**
     * Whether enterprise representatives start this process themselves (a filing), from Tasklist's
     * start form; their group may then create its instances, and nothing else.
     */
    default boolean startedByEnterprises() {
        return false;
    }

    /**
     * The process's API paths (path patterns) that enterprise representatives use as well as staff:
     * their own cases' pages and documents. Every other path of the API is for staff only; each
     * endpoint still decides which cases the user may see.
     */
    default List<String> enterpriseApi() {
        return List.of();
    }

    /** A user task of an enterprise and the fields of its form that the case keeps. */
    record PartyTask(String taskId, Set<String> fields) {

        public PartyTask {
            fields = Set.copyOf(fields);
        }
    }

    /** Who a letter is addressed to. */
    enum Audience {
        /** the worker, who opens it from the status page */
        WORKER,
        /** the lawyer assigned to the case */
        LAWYER,
        /** the enterprise, once served on it */
        ENTERPRISE,
        /** the labour department */
        DEPARTMENT
    }

    /**
     * A role of a process: one Camunda group, its Chinese name, and what its members may do. A role
     * held {@code byDistrict} also has one group per county or district ({@link #districtGroup}):
     * its members belong to the role's group and to their district's, and a case's tasks go to the
     * district group of the case alone (a labour bureau reviews only its own district's filings).
     */
    record ProcessRole(String group, String name, List<Capability> capabilities, boolean byDistrict) {

        public ProcessRole(String group, String name, List<Capability> capabilities) {
            this(group, name, capabilities, false);
        }

        public boolean can(Capability capability) {
            return capabilities.contains(capability);
        }

        /** The group of the role in one district (group ids allow letters and digits only). */
        public String districtGroup(String districtCode) {
            if (!byDistrict) {
                throw new IllegalStateException(group + " is not held by district");
            }
            return group + districtCode;
        }

        /** The variable a process model names the case's district group by, e.g. ${contractReviewersGroup}. */
        public String districtGroupVariable() {
            return group + "Group";
        }
    }

    /** What a role may do beyond its own tasks. */
    enum Capability {
        /** start the process (Tasklist's start form) */
        START_CASES,
        /** read every case of the process in the engine (others are granted case by case) */
        READ_EVERY_CASE,
        /** read the enterprise register and the files of every enterprise */
        READ_ENTERPRISE_FILES,
        /** add enterprises to the register and name their representatives */
        REGISTER_ENTERPRISES
    }

    /** A demo account: Camunda shows "first last", the full name first, then the post. */
    record DemoPerson(String id, String firstName, String lastName, List<String> groups) {
    }
}
