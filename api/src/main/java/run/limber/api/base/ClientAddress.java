package run.limber.api.base;

import io.vertx.core.http.HttpServerRequest;

/**
 * The address a request came from, for the audit log and sign-in throttling. Behind a proxy it is the client's only
 * when {@code quarkus.http.proxy.proxy-address-forwarding} is on: Quarkus then reads the forwarding headers from
 * trusted proxies, and a client cannot spoof its address otherwise.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServerRequest request) {
        var address = request.remoteAddress();
        return address == null ? null : address.host();
    }
}
