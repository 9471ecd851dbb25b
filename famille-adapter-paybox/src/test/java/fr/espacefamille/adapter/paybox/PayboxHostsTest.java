package fr.espacefamille.adapter.paybox;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PayboxHostsTest {

    private final List<URI> checked = new ArrayList<>();

    private PayboxHosts.HostCheck up(String... hosts) {
        Set<String> upHosts = Set.of(hosts);
        return loadPage -> {
            checked.add(loadPage);
            return upHosts.contains(loadPage.getHost());
        };
    }

    @Test
    void uses_the_main_production_host_when_it_is_up() {
        URI page = PayboxHosts.production(up("tpeweb.paybox.com", "tpeweb1.paybox.com")).paymentPage();

        assertThat(page).isEqualTo(URI.create("https://tpeweb.paybox.com/cgi/MYchoix_pagepaiement.cgi"));
        assertThat(checked).containsExactly(URI.create("https://tpeweb.paybox.com/load.html"));
    }

    @Test
    void falls_back_to_the_second_production_host() {
        URI page = PayboxHosts.production(up("tpeweb1.paybox.com")).paymentPage();

        assertThat(page).isEqualTo(URI.create("https://tpeweb1.paybox.com/cgi/MYchoix_pagepaiement.cgi"));
        assertThat(checked).containsExactly(
                URI.create("https://tpeweb.paybox.com/load.html"), URI.create("https://tpeweb1.paybox.com/load.html"));
    }

    @Test
    void keeps_the_main_host_when_no_host_answers() {
        URI page = PayboxHosts.production(up()).paymentPage();

        assertThat(page).isEqualTo(URI.create("https://tpeweb.paybox.com/cgi/MYchoix_pagepaiement.cgi"));
    }

    @Test
    void preproduction_uses_the_preproduction_host() {
        URI page = PayboxHosts.preproduction(up("preprod-tpeweb.paybox.com")).paymentPage();

        assertThat(page).isEqualTo(URI.create("https://preprod-tpeweb.paybox.com/cgi/MYchoix_pagepaiement.cgi"));
    }

    @Test
    void http_check_reads_the_load_page_of_a_live_server() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        serve(server, "/up/load.html", 200, "<div id=\"server_status\">OK</div>");
        serve(server, "/down/load.html", 200, "<div id=\"server_status\">KO</div>");
        serve(server, "/error/load.html", 503, "<div id=\"server_status\">OK</div>");
        server.start();
        try {
            PayboxHosts.HostCheck check = PayboxHosts.httpCheck(Duration.ofSeconds(2));
            String base = "http://127.0.0.1:" + server.getAddress().getPort();

            assertThat(check.isUp(URI.create(base + "/up/load.html"))).isTrue();
            assertThat(check.isUp(URI.create(base + "/down/load.html"))).isFalse();
            assertThat(check.isUp(URI.create(base + "/error/load.html"))).isFalse();
        } finally {
            server.stop(0);
        }
    }

    @Test
    void http_check_counts_an_unreachable_host_as_down() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        boolean up = PayboxHosts.httpCheck(Duration.ofSeconds(1))
                .isUp(URI.create("http://127.0.0.1:" + closedPort + "/load.html"));

        assertThat(up).isFalse();
    }

    private static void serve(HttpServer server, String path, int status, String body) {
        server.createContext(path, exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            try (var out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
    }

    @Test
    void load_page_is_up_when_server_status_reads_ok() {
        assertThat(PayboxHosts.reportsUp(
                "<html><body><div id=\"server_status\" style=\"text-align:center;\">OK</div></body></html>")).isTrue();
        assertThat(PayboxHosts.reportsUp("<div id='server_status'>\n  OK \n</div>")).isTrue();
    }

    @Test
    void load_page_is_down_otherwise() {
        assertThat(PayboxHosts.reportsUp("<div id=\"server_status\">KO</div>")).isFalse();
        assertThat(PayboxHosts.reportsUp("<div id=\"other\">OK</div>")).isFalse();
        assertThat(PayboxHosts.reportsUp("<html><body>Maintenance</body></html>")).isFalse();
        assertThat(PayboxHosts.reportsUp("")).isFalse();
    }
}
