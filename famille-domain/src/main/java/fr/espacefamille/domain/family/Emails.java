package fr.espacefamille.domain.family;

import java.util.regex.Pattern;

/** A deliberately simple e-mail shape check: the real proof is the mail reaching the person. */
public final class Emails {

    private static final Pattern SHAPE = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

    private Emails() {
    }

    public static boolean looksValid(String email) {
        return email != null && email.length() <= 254 && SHAPE.matcher(email).matches();
    }
}
