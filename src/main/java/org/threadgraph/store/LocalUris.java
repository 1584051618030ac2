package org.threadgraph.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.Set;

/** What threadgraph needs to know of a Bolt URI: whether it names this machine, and how to show it safely. */
final class LocalUris {

    private static final Set<String> LOCAL_HOSTS = Set.of("127.0.0.1", "localhost", "[::1]", "::1");

    private LocalUris() {
    }

    /** Returns the port of a {@code bolt://} or {@code neo4j://} URI on this machine, if it is one. */
    static Optional<Integer> port(String uri) {
        try {
            URI u = new URI(uri);
            boolean bolt = "bolt".equals(u.getScheme()) || "neo4j".equals(u.getScheme());
            if (!bolt || u.getHost() == null || !LOCAL_HOSTS.contains(u.getHost()) || u.getUserInfo() != null) {
                return Optional.empty();
            }
            return Optional.of(u.getPort() > 0 ? u.getPort() : 7687);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** The URI without any user name or password written into it, for messages. */
    static String redact(String uri) {
        int scheme = uri.indexOf("://");
        int at = uri.lastIndexOf('@');
        if (scheme < 0 || at < scheme) {
            return uri;
        }
        int slash = uri.indexOf('/', scheme + 3);
        if (slash >= 0 && slash < at) {
            return uri;
        }
        return uri.substring(0, scheme + 3) + "***@" + uri.substring(at + 1);
    }

    /** The message with any credentials of {@code uri} replaced, for driver messages that quote the URI. */
    static String redactIn(String message, String uri) {
        if (message == null) {
            return "";
        }
        String safe = message.replace(uri, redact(uri));
        int scheme = uri.indexOf("://");
        int at = uri.lastIndexOf('@');
        if (scheme >= 0 && at > scheme) {
            String userInfo = uri.substring(scheme + 3, at);
            safe = safe.replace(userInfo, "***");
            int colon = userInfo.indexOf(':');
            if (colon >= 0 && colon + 1 < userInfo.length()) {
                safe = safe.replace(userInfo.substring(colon + 1), "***");
            }
        }
        return safe;
    }
}
