package run.limber.deploy.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import run.limber.domain.shared.DirectConnections;

/**
 * The access token key pair kept in the database that every instance shares: the first instance to start makes it,
 * the others read it, so a token issued by one instance is accepted by all.
 * <p>
 * Its table lives in a schema of its own, {@value #SCHEMA}, outside Flyway's: this runs while Quarkus builds its
 * configuration, before Flyway migrates, and a Flyway clean (tests) leaves it alone. No entity maps it and no
 * endpoint reads it, so the private key never leaves through the API.
 */
final class DatabaseKeyPair {

    static final String SCHEMA = "limber_keys";

    private DatabaseKeyPair() {
    }

    /** The pair stored in the database at {@code url}, made and stored first if there is none. */
    static JwtKeyPair loadOrCreate(String url, Optional<String> username, Optional<String> password) {
        try (Connection connection = DirectConnections.open(url, username, password, "limber-jwt-keys")) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                // Held until commit: concurrent "create ... if not exists" can still collide, and only one may insert.
                statement.execute("select pg_advisory_xact_lock(hashtext('" + SCHEMA + ".jwt_key_pair'))");
                statement.execute("create schema if not exists " + SCHEMA);
                statement.execute("create table if not exists " + SCHEMA + ".jwt_key_pair ("
                        + " id smallint primary key check (id = 1),"
                        + " private_key text not null,"
                        + " public_key text not null,"
                        + " created_at timestamptz not null default now())");
            }
            Optional<JwtKeyPair> stored = stored(connection);
            JwtKeyPair pair = stored.isPresent() ? stored.get() : store(connection, JwtKeyPair.generate());
            connection.commit();
            return pair;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read or keep the JWT keys in the database (" + e.getMessage()
                    + "). Set LIMBER_JWT_PRIVATE_KEY and LIMBER_JWT_PUBLIC_KEY, or let Limber create schema "
                    + SCHEMA + ".", e);
        }
    }

    private static Optional<JwtKeyPair> stored(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             var row = statement.executeQuery("select private_key, public_key from " + SCHEMA + ".jwt_key_pair")) {
            return row.next() ? Optional.of(new JwtKeyPair(row.getString(1), row.getString(2))) : Optional.empty();
        }
    }

    private static JwtKeyPair store(Connection connection, JwtKeyPair pair) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into " + SCHEMA + ".jwt_key_pair (id, private_key, public_key) values (1, ?, ?)")) {
            insert.setString(1, pair.privateKeyPem());
            insert.setString(2, pair.publicKeyPem());
            insert.executeUpdate();
            return pair;
        }
    }
}
