package fr.espacefamille.adapter.http.shared;

import java.net.URI;
import java.util.List;

/**
 * What the web adapter needs to know of the deployment: its public URL (https makes cookies
 * Secure), whether payments are simulated (banner on every page), and the origins forms may post
 * to besides our own (the payment provider).
 */
public record WebSettings(URI baseUrl, boolean simulatedPayments, List<String> formTargets, Town town) {

    public WebSettings {
        formTargets = List.copyOf(formTargets);
        town = town == null ? Town.DONGES : town;
    }

    /** The reference town's portal. */
    public WebSettings(URI baseUrl, boolean simulatedPayments, List<String> formTargets) {
        this(baseUrl, simulatedPayments, formTargets, Town.DONGES);
    }

    public boolean secureCookies() {
        return "https".equalsIgnoreCase(baseUrl.getScheme());
    }
}
