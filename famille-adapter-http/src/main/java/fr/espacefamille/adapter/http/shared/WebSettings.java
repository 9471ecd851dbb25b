package fr.espacefamille.adapter.http.shared;

import java.net.URI;
import java.util.List;

import fr.espacefamille.domain.shared.Town;

/**
 * What the web adapter needs to know of the deployment: its public URL (https makes cookies
 * Secure), whether payments are simulated (banner on every page), the origins forms may post
 * to besides our own (the payment provider), whether FranceConnect sign-in is offered, and the
 * reverse proxies whose {@code X-Forwarded-For} is believed.
 */
public record WebSettings(URI baseUrl, boolean simulatedPayments, List<String> formTargets, Town town, boolean franceConnect,
        AddressRanges trustedProxies) {

    public WebSettings {
        formTargets = List.copyOf(formTargets);
        town = town == null ? Town.DONGES : town;
        trustedProxies = trustedProxies == null ? AddressRanges.NONE : trustedProxies;
    }

    /** The reference town's portal. */
    public WebSettings(URI baseUrl, boolean simulatedPayments, List<String> formTargets) {
        this(baseUrl, simulatedPayments, formTargets, Town.DONGES);
    }

    /** A portal without FranceConnect. */
    public WebSettings(URI baseUrl, boolean simulatedPayments, List<String> formTargets, Town town) {
        this(baseUrl, simulatedPayments, formTargets, town, false, AddressRanges.NONE);
    }

    public boolean secureCookies() {
        return "https".equalsIgnoreCase(baseUrl.getScheme());
    }
}
