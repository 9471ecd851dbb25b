package fr.espacefamille.adapter.paybox;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hosts of the Paybox payment page, in order of preference, and the choice of the first one
 * that is up according to its {@code /load.html} page.
 */
public final class PayboxHosts {

    private static final Logger LOG = LoggerFactory.getLogger(PayboxHosts.class);
    private static final String PAYMENT_PAGE_PATH = "/cgi/MYchoix_pagepaiement.cgi";
    private static final Pattern SERVER_STATUS = Pattern.compile(
            "<[^>]*\\bid\\s*=\\s*[\"']server_status[\"'][^>]*>\\s*([^<]*?)\\s*<",
            Pattern.CASE_INSENSITIVE);

    public static final List<String> PREPRODUCTION = List.of("preprod-tpeweb.paybox.com");
    public static final List<String> PRODUCTION = List.of("tpeweb.paybox.com", "tpeweb1.paybox.com");

    /** Tells whether the host behind a {@code https://<host>/load.html} page is up. */
    @FunctionalInterface
    public interface HostCheck {
        boolean isUp(URI loadPage);
    }

    private final List<String> hosts;
    private final HostCheck check;

    public PayboxHosts(List<String> hosts, HostCheck check) {
        Objects.requireNonNull(hosts, "hosts");
        if (hosts.isEmpty()) {
            throw new IllegalArgumentException("At least one Paybox host is needed");
        }
        this.hosts = List.copyOf(hosts);
        this.check = Objects.requireNonNull(check, "check");
    }

    public static PayboxHosts preproduction(HostCheck check) {
        return new PayboxHosts(PREPRODUCTION, check);
    }

    public static PayboxHosts production(HostCheck check) {
        return new PayboxHosts(PRODUCTION, check);
    }

    /**
     * The payment page of the first host that is up. When none answers, the first host anyway:
     * our server's own outbound access may be what fails, and the parent's browser may still
     * reach the page, which is better than refusing to pay.
     */
    public URI paymentPage() {
        for (String host : hosts) {
            if (check.isUp(URI.create("https://" + host + "/load.html"))) {
                return paymentPage(host);
            }
            LOG.warn("Paybox host {} is not up, trying the next one", host);
        }
        LOG.warn("No Paybox host reported itself up; using {}", hosts.get(0));
        return paymentPage(hosts.get(0));
    }

    private static URI paymentPage(String host) {
        return URI.create("https://" + host + PAYMENT_PAGE_PATH);
    }

    /** True when the page's {@code server_status} element reads {@code OK}. */
    static boolean reportsUp(String loadPageHtml) {
        Matcher status = SERVER_STATUS.matcher(loadPageHtml);
        return status.find() && "OK".equals(status.group(1));
    }

    /**
     * Checks over HTTP with short timeouts: the check runs while a parent waits for the payment
     * page, so a slow host counts as down.
     */
    public static HostCheck httpCheck(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        return loadPage -> {
            HttpRequest request = HttpRequest.newBuilder(loadPage).timeout(timeout).GET().build();
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                return response.statusCode() == 200 && reportsUp(response.body());
            } catch (IOException e) {
                LOG.warn("Paybox host check {} failed: {}", loadPage, e.toString());
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        };
    }
}
