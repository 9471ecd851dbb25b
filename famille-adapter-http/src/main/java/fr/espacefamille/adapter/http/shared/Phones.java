package fr.espacefamille.adapter.http.shared;

/** Phone numbers in links: {@code tel:+33240457979} from « 02 40 45 79 79 » or « 0240457979 ». */
public final class Phones {

    private Phones() {
    }

    public static String tel(String phone) {
        String digits = phone.replaceAll("[^0-9+]", "");
        return digits.matches("0[1-9]\\d{8}") ? "+33" + digits.substring(1) : digits;
    }
}
