package fr.espacefamille.adapter.http.shared;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.jetty.util.InetAddressSet;

/**
 * A list of IPv4 and IPv6 address ranges in CIDR notation ({@code 194.2.122.0/24, 2001:db8::/32},
 * a bare address being its own range), as given in a setting. Matching is Jetty's; this type only
 * insists on literal addresses, so that a host name in a setting is an error instead of a DNS lookup.
 */
public final class AddressRanges {

    public static final AddressRanges NONE = new AddressRanges(List.of());

    private final List<String> ranges;
    private final InetAddressSet set = new InetAddressSet();

    private AddressRanges(List<String> ranges) {
        this.ranges = List.copyOf(ranges);
        this.ranges.forEach(set::add);
    }

    /** Parses a list separated by commas or spaces; an entry that is not a literal address or CIDR range is refused. */
    public static AddressRanges parse(String list) {
        List<String> entries = Arrays.stream(list.split("[,\\s]+")).filter(e -> !e.isEmpty()).toList();
        for (String entry : entries) {
            String[] parts = entry.split("/", -1);
            Optional<InetAddress> address = literal(parts[0]);
            int maxBits = address.map(a -> a.getAddress().length * 8).orElse(-1);
            if (address.isEmpty() || parts.length > 2 || (parts.length == 2 && !prefixWithin(parts[1], maxBits))) {
                throw new IllegalArgumentException("« " + entry + " » n'est pas une adresse IP ni une plage CIDR (ex. 192.0.2.0/24, 2001:db8::/32)");
            }
        }
        return new AddressRanges(entries);
    }

    /** The address written literally in {@code text} (IPv4 dotted, or IPv6 with or without brackets), never resolved by DNS. */
    public static Optional<InetAddress> literal(String text) {
        String bare = text.strip();
        if (bare.startsWith("[") && bare.endsWith("]")) {
            bare = bare.substring(1, bare.length() - 1);
        }
        if (!bare.matches("\\d{1,3}(\\.\\d{1,3}){3}") && !bare.matches("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*")) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(bare));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private static boolean prefixWithin(String bits, int maxBits) {
        return bits.matches("\\d{1,3}") && Integer.parseInt(bits) <= maxBits;
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    public boolean contains(InetAddress address) {
        return set.test(address);
    }

    @Override
    public String toString() {
        return ranges.isEmpty() ? "aucune" : String.join(", ", ranges);
    }
}
