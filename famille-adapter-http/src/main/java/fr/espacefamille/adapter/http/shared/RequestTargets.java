package fr.espacefamille.adapter.http.shared;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.jetty.http.HttpCompliance;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.ConnectionFactory;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.internal.HttpConnection;

/**
 * Keeps the first bytes of each HTTP/1.1 request line as they arrived, so that {@link ServerErrors}
 * can tell an API request even when Jetty refused its address before it became a request (an
 * undecodable {@code %zz}, an address too long to read): Jetty then replaces the path with a
 * placeholder of its own, and only these bytes still say {@code /api/v1}.
 */
final class RequestTargets {

    /** Enough of the request line for a method, a space and the API prefix. */
    static final int KEPT = 64;

    private RequestTargets() {
    }

    /** Swaps each connector's HTTP/1.1 factory for one whose parser keeps the request line's start. */
    static void install(Connector connector) {
        if (connector instanceof ServerConnector listening) {
            List<ConnectionFactory> factories = new ArrayList<>();
            for (ConnectionFactory factory : listening.getConnectionFactories()) {
                factories.add(factory.getClass() == HttpConnectionFactory.class ? new Factory((HttpConnectionFactory) factory) : factory);
            }
            listening.setConnectionFactories(factories);
        }
    }

    /** The start of the request target as sent (still encoded), when the request came over HTTP/1.1. */
    static Optional<String> target(Request request) {
        if (request.getConnectionMetaData().getConnection() instanceof HttpConnection http
                && http.getParser() instanceof KeepingParser parser) {
            return parser.target();
        }
        return Optional.empty();
    }

    private static final class Factory extends HttpConnectionFactory {
        Factory(HttpConnectionFactory plain) {
            super(plain.getHttpConfiguration());
            setInputBufferSize(plain.getInputBufferSize());
            setUseInputDirectByteBuffers(plain.isUseInputDirectByteBuffers());
            setUseOutputDirectByteBuffers(plain.isUseOutputDirectByteBuffers());
            setTransferEncodingChunkMaxLength(plain.getTransferEncodingChunkMaxLength());
        }

        @Override
        public Connection newConnection(Connector connector, EndPoint endPoint) {
            HttpConnection connection = new HttpConnection(getHttpConfiguration(), connector, endPoint) {
                @Override
                protected HttpParser newHttpParser(HttpCompliance compliance) {
                    HttpParser plain = super.newHttpParser(compliance);
                    HttpParser keeping = new KeepingParser((HttpParser.RequestHandler) plain.getHandler(),
                            getHttpConfiguration().getRequestHeaderSize(), compliance);
                    keeping.setHeaderCacheSize(plain.getHeaderCacheSize());
                    keeping.setHeaderCacheCaseSensitive(plain.isHeaderCacheCaseSensitive());
                    return keeping;
                }
            };
            connection.setTransferEncodingChunkMaxLength(getTransferEncodingChunkMaxLength());
            return configure(connection, connector, endPoint);
        }
    }

    /** Jetty's parser, copying the bytes it is given while it still reads a request line. */
    private static final class KeepingParser extends HttpParser {
        private final byte[] line = new byte[KEPT];
        private int length;

        KeepingParser(RequestHandler handler, int maxHeaderBytes, HttpCompliance compliance) {
            super(handler, maxHeaderBytes, compliance);
        }

        @Override
        public boolean parseNext(ByteBuffer buffer) {
            if (isStart()) {
                length = 0;
            }
            if (getState().ordinal() <= State.URI.ordinal() && length < KEPT && buffer.hasRemaining()) {
                int copied = Math.min(KEPT - length, buffer.remaining());
                buffer.duplicate().get(line, length, copied);
                length += copied;
            }
            return super.parseNext(buffer);
        }

        /** What follows the method and its space, up to the next space or line end, as far as it was kept. */
        Optional<String> target() {
            String start = new String(line, 0, length, StandardCharsets.ISO_8859_1).stripLeading();
            int space = start.indexOf(' ');
            return space < 0 ? Optional.empty() : Optional.of(start.substring(space + 1).split("[ \\r\\n]", 2)[0]);
        }
    }
}
