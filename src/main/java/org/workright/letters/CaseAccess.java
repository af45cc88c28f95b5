package org.workright.letters;

import org.springframework.security.core.Authentication;

/**
 * Implemented by each process package for its own case references, so the letter archive can
 * tell who may read a case's letters without knowing the processes' tables.
 */
public interface CaseAccess {

    /** Whether this process owns the case reference (by its prefix, e.g. "LA-"). */
    boolean owns(String caseRef);

    /** Whether the user may read the case and its letters; false also for an unknown case. */
    boolean canRead(String caseRef, Authentication user);
}
