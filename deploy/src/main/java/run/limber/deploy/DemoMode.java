package run.limber.deploy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import run.limber.deploy.database.Database;

/**
 * Demo mode stays on this machine: its accounts have published passwords (one is a platform admin) and its mailbox
 * page shows everyone's reset links. So in demo mode Limber listens on the loopback address unless
 * {@code QUARKUS_HTTP_HOST} says otherwise, and refuses to start when that names an address other machines can reach.
 */
final class DemoMode {

    static final String LOOPBACK = "127.0.0.1";

    private DemoMode() {
    }

    /** As {@code limber.accounts.demo-mode} decides in application.properties: when not set, on the embedded database. */
    static boolean on() {
        return LaunchSettings.get("LIMBER_ACCOUNTS_DEMO_MODE", "limber.accounts.demo-mode")
                .map(Boolean::parseBoolean)
                .orElseGet(Database::embedded);
    }

    /**
     * The address Limber must listen on, when it has to choose one; empty leaves Quarkus' own setting.
     *
     * @throws DemoModeException when demo mode is on and {@code configuredHost} is reachable from other machines
     */
    static Optional<String> listenHost(boolean demoMode, Optional<String> configuredHost) throws DemoModeException {
        if (!demoMode) {
            return Optional.empty();
        }
        if (configuredHost.isEmpty()) {
            return Optional.of(LOOPBACK);
        }
        if (!isLoopback(configuredHost.get())) {
            throw new DemoModeException("QUARKUS_HTTP_HOST=" + configuredHost.get() + " would open demo mode, with its"
                    + " published passwords, to the network. Leave QUARKUS_HTTP_HOST unset (Limber then listens on "
                    + LOOPBACK + " only), or leave demo mode by using your own PostgreSQL: set QUARKUS_DATASOURCE_JDBC_URL"
                    + " (with _USERNAME and _PASSWORD) and LIMBER_ADMIN_EMAIL and LIMBER_ADMIN_PASSWORD.");
        }
        return Optional.empty();
    }

    private static boolean isLoopback(String host) {
        String address = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false; // a name that does not resolve here cannot be shown to be this machine
        }
    }

    /** Demo mode would be reachable from other machines. */
    static final class DemoModeException extends Exception {

        DemoModeException(String message) {
            super(message);
        }
    }
}
