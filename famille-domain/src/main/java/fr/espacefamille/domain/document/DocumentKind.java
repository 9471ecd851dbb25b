package fr.espacefamille.domain.document;

/** What a document proves. */
public enum DocumentKind {
    /** Certificat médical. */
    MEDICAL_CERTIFICATE,
    /** Justificatif de domicile. */
    PROOF_OF_ADDRESS,
    /** Attestation d'assurance. */
    INSURANCE,
    OTHER
}
