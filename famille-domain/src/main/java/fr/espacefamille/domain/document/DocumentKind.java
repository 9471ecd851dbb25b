package fr.espacefamille.domain.document;

/** What a document proves. */
public enum DocumentKind {
    /** Certificat médical. */
    MEDICAL_CERTIFICATE,
    /** Justificatif de domicile. */
    PROOF_OF_ADDRESS,
    /** Attestation d'assurance. */
    INSURANCE,
    /** Livret de famille. */
    FAMILY_RECORD,
    /** Acte de naissance. */
    BIRTH_CERTIFICATE,
    /** Décision sur l'autorité parentale. */
    PARENTAL_AUTHORITY,
    OTHER
}
