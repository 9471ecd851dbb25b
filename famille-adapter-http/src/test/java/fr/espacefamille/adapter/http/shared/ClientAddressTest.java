package fr.espacefamille.adapter.http.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Address ranges (IPv4 and IPv6 CIDR) and the client address behind trusted proxies. */
class ClientAddressTest {

    private static final AddressRanges PROXIES = AddressRanges.parse("10.0.0.0/8, 2001:db8:aa::/48");

    private static String client(String peer, String... forwarded) {
        return ClientAddress.resolve(peer, List.of(forwarded), PROXIES).map(InetAddress::getHostAddress).orElseThrow();
    }

    @Test
    void ranges_match_ipv4_and_ipv6_cidr_and_bare_addresses() {
        AddressRanges ranges = AddressRanges.parse("194.2.122.0/24 2001:db8::/32,195.101.99.76");
        assertThat(ranges.contains(AddressRanges.literal("194.2.122.190").orElseThrow())).isTrue();
        assertThat(ranges.contains(AddressRanges.literal("194.2.123.1").orElseThrow())).isFalse();
        assertThat(ranges.contains(AddressRanges.literal("2001:db8:ffff::1").orElseThrow())).isTrue();
        assertThat(ranges.contains(AddressRanges.literal("[2001:db9::1]").orElseThrow())).isFalse();
        assertThat(ranges.contains(AddressRanges.literal("195.101.99.76").orElseThrow())).isTrue();
        assertThat(ranges.contains(AddressRanges.literal("195.101.99.77").orElseThrow())).isFalse();
        assertThat(ranges.contains(AddressRanges.literal("::ffff:194.2.122.1").orElseThrow())).as("IPv4-mapped").isTrue();
        assertThat(AddressRanges.parse(" ").isEmpty()).isTrue();
    }

    @Test
    void host_names_and_bad_prefixes_are_refused_without_any_lookup() {
        for (String bad : List.of("paybox.com", "10.0.0.0/33", "2001:db8::/129", "10.0.0.0/", "10.0.0/8", "10.0.0.0/8/1", "abc")) {
            assertThatThrownBy(() -> AddressRanges.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("plage CIDR");
        }
        assertThat(AddressRanges.literal("localhost")).isEmpty();
    }

    @Test
    void forwarded_addresses_from_an_untrusted_peer_are_ignored() {
        assertThat(client("203.0.113.9", "198.51.100.1")).isEqualTo("203.0.113.9");
        assertThat(ClientAddress.resolve("203.0.113.9", List.of("198.51.100.1"), AddressRanges.NONE).orElseThrow().getHostAddress())
                .isEqualTo("203.0.113.9");
    }

    @Test
    void behind_trusted_proxies_the_right_most_untrusted_address_is_the_client() {
        assertThat(client("10.1.2.3", "198.51.100.1")).isEqualTo("198.51.100.1");
        assertThat(client("10.1.2.3", "6.6.6.6, 198.51.100.1, 10.9.9.9")).as("a forged left part is skipped").isEqualTo("198.51.100.1");
        assertThat(client("10.1.2.3", "6.6.6.6", "198.51.100.1")).as("several headers read in order").isEqualTo("198.51.100.1");
        assertThat(client("2001:db8:aa::5", "2001:db8:1::7")).isEqualTo("2001:db8:1:0:0:0:0:7");
        assertThat(client("10.1.2.3")).as("no header: the proxy itself").isEqualTo("10.1.2.3");
        assertThat(client("10.1.2.3", "10.4.4.4")).as("only proxies: the left-most").isEqualTo("10.4.4.4");
        assertThat(client("10.1.2.3", "198.51.100.1, not-an-address")).as("garbage stops the walk").isEqualTo("10.1.2.3");
    }
}
