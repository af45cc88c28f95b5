package org.workright.legalaid;

/**
 * Who may apply for union legal aid (ACFTU Union Legal Aid Measures 2008): a worker, a union officer
 * (工会工作者) or a union organisation. An organisation is identified by its unified social credit
 * code and acts through a named contact person; the means test is a person's and does not apply to it.
 */
public enum ApplicantKind {
    WORKER("职工"),
    UNION_OFFICER("工会工作者"),
    UNION_ORGANISATION("工会组织");

    private final String label;

    ApplicantKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    boolean organisation() {
        return this == UNION_ORGANISATION;
    }

    /**
     * Whether this applicant may bring the claim: union-work retaliation is a union officer's, a union
     * organisation's own rights are the organisation's, and an organisation brings nothing else.
     */
    boolean mayClaim(ClaimType claim) {
        return switch (claim) {
            case UNION_WORK_RETALIATION -> this == UNION_OFFICER;
            case UNION_ORGANISATION_RIGHTS -> this == UNION_ORGANISATION;
            case NON_LABOUR -> true;
            default -> this != UNION_ORGANISATION;
        };
    }
}
