package fr.espacefamille.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person's browser on the test portal's pages, without JavaScript: it keeps cookies, does not
 * follow redirects (tests look at them), and posts forms with the CSRF field of the last page read.
 */
final class PlainBrowser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final TestPortal portal;
    private final HttpClient http;
    private String csrf = "";

    PlainBrowser(TestPortal portal) {
        this.portal = portal;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** A page as the browser received it. */
    record Page(int status, String contentType, byte[] bytes, String location) {
        String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(portal.url(path))).GET());
    }

    /** Posts the form with the CSRF field as the page carried it. */
    Page post(String path, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("_csrf", csrf);
        return postRaw(path, form);
    }

    /** Posts exactly these fields: a forged form from another site has no CSRF field. */
    Page postRaw(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(portal.url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Follows a redirect answer the way a browser does, with a GET. */
    Page follow(Page redirect) {
        if (redirect.status() / 100 != 3) {
            throw new IllegalStateException("not a redirect: " + redirect.status() + " " + redirect.body());
        }
        return get(redirect.location());
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            Page page = new Page(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response.headers().firstValue("Location").orElse(null));
            Matcher field = CSRF.matcher(page.body());
            if (page.contentType().startsWith("text/html") && field.find()) {
                csrf = field.group(1);
            }
            return page;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
