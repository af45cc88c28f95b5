package org.workright.enterprises;

import java.time.LocalDate;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.workright.letters.Letter;

/**
 * One process's part of an enterprise's file (一企一档). Each process package contributes its
 * own cases about the enterprise, so the register needs no knowledge of their tables.
 */
public interface EnterpriseFileSection {

    /** e.g. "法律援助案件" */
    String title();

    List<Entry> entries(Enterprise enterprise);

    /** Whether this letter has been served on the enterprise, so its representatives may read it. */
    boolean servedOnEnterprise(Letter letter);

    /**
     * Whether a member of staff who may open enterprise files sees this case in them: a process whose
     * cases belong to a district shows each only to those who may read it on its own page.
     */
    default boolean shows(String caseRef, Authentication staff) {
        return true;
    }

    /** Whether the enterprise's own representatives may see this section at all. */
    boolean visibleToEnterprise();

    /**
     * Whether the enterprise knows of each case from its start (it is asked to act in it), so its
     * file lists the case before any letter is served; otherwise a case shows only once one is
     * (no tip-offs about a complaint under way).
     */
    default boolean enterpriseKnowsFromTheStart() {
        return false;
    }

    /** @param page the case's own page, when its process has one the enterprise may open too; else null */
    record Entry(String caseRef, String status, String summary, LocalDate openedOn, String page) {

        public Entry(String caseRef, String status, String summary, LocalDate openedOn) {
            this(caseRef, status, summary, openedOn, null);
        }
    }
}
