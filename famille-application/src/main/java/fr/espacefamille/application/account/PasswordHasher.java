package fr.espacefamille.application.account;

/** Out-port: one-way, salted, slow password hashing. */
public interface PasswordHasher {

    String hash(String password);

    boolean matches(String password, String hash);
}
