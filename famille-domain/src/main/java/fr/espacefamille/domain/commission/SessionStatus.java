package fr.espacefamille.domain.commission;

/** A session is open for confirmations until staff run its allocation, once. */
public enum SessionStatus {
    OPEN, ALLOCATED
}
