package fr.espacefamille.domain.account;

/**
 * What a person may do. Staff roles each run one service; ADMIN may do everything. An APPLICANT
 * (compte demandeur) has no family yet: it files requests, and becomes a PARENT when one is accepted.
 */
public enum Role {
    PARENT, ADMIN, SCHOOL_AGENT, NURSERY_AGENT, FINANCE_AGENT, APPLICANT;

    public boolean isStaff() {
        return this != PARENT && this != APPLICANT;
    }

    /** True when this role may act where any of {@code allowed} may; ADMIN always may. */
    public boolean mayActAs(Role... allowed) {
        if (this == ADMIN) {
            return true;
        }
        for (Role role : allowed) {
            if (role == this) {
                return true;
            }
        }
        return false;
    }
}
