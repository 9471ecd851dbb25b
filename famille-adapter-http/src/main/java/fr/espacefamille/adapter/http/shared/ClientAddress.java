package fr.espacefamille.adapter.http.shared;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import io.javalin.http.Context;

/**
 * The address a request comes from. {@code X-Forwarded-For} is believed only when the direct peer
 * is one of our trusted reverse proxies, and then only as far as proxies we trust appended it: the
 * right-most address that is not a trusted proxy is the client (anything to its left may be forged).
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    /** The client's address as text, the same for every spelling of one address: the key of per-address limits. */
    public static String of(Context ctx) {
        return client(ctx).map(InetAddress::getHostAddress).orElse(ctx.req().getRemoteAddr());
    }

    /** Whether the client's address lies in {@code ranges}. */
    public static boolean within(Context ctx, AddressRanges ranges) {
        return client(ctx).filter(ranges::contains).isPresent();
    }

    private static Optional<InetAddress> client(Context ctx) {
        WebSettings settings = ctx.attribute(Pages.SETTINGS);
        AddressRanges trusted = settings == null ? AddressRanges.NONE : settings.trustedProxies();
        return resolve(ctx.req().getRemoteAddr(), Collections.list(ctx.req().getHeaders("X-Forwarded-For")), trusted);
    }

    /** The client among the peer and the forwarded addresses (each header may list several, left to right). */
    static Optional<InetAddress> resolve(String peer, List<String> forwardedHeaders, AddressRanges trustedProxies) {
        Optional<InetAddress> hop = AddressRanges.literal(peer);
        if (hop.isEmpty()) {
            return hop;
        }
        List<String> forwarded = new ArrayList<>();
        forwardedHeaders.forEach(header -> forwarded.addAll(List.of(header.split(","))));
        InetAddress client = hop.get();
        for (int i = forwarded.size() - 1; i >= 0 && trustedProxies.contains(client); i--) {
            Optional<InetAddress> previous = AddressRanges.literal(forwarded.get(i));
            if (previous.isEmpty()) {
                break; // garbage from beyond our proxies: the last proxy is as far as we can see
            }
            client = previous.get();
        }
        return Optional.of(client);
    }
}
