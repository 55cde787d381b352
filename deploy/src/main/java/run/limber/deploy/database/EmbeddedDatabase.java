package run.limber.deploy.database;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.jboss.logging.Logger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** PostgreSQL run by Limber itself, with a data directory that survives restarts. */
final class EmbeddedDatabase implements Database {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
    private static final String DATABASE = "limber";
    static final String USER = "postgres";

    private final FileLock lock;
    private final EmbeddedPostgres postgres;
    private final int port;

    private EmbeddedDatabase(FileLock lock, EmbeddedPostgres postgres, int port) {
        this.lock = lock;
        this.postgres = postgres;
        this.port = port;
    }

    /** The server trusts local connections (initdb -A trust): user {@value #USER}, no password. */
    String jdbcUrl() {
        return "jdbc:postgresql://localhost:%d/%s".formatted(port, DATABASE);
    }

    static EmbeddedDatabase start(Path limberDataDir, int port) throws DatabaseException {
        Path dataDir = limberDataDir.resolve("postgres");
        Path logFile = limberDataDir.resolve("postgres.log");
        FileLock lock = lockDataDirectory(limberDataDir);
        try {
            PostmasterPidFile.clearLeftovers(dataDir);
            requireFreePort(port);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false) // the default wipes the data and re-runs initdb on every start
                    .setPort(port)
                    .setServerConfig("synchronous_commit", "on") // zonky turns it off for tests; this data is kept
                    // TCP only: a Unix socket's lock file in /tmp outlives a killed server and blocks the next start.
                    .setServerConfig("unix_socket_directories", "''")
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
            EmbeddedDatabase database = new EmbeddedDatabase(lock, postgres, port);
            database.createDatabaseIfMissing();
            LOG.infof("Limber keeps its data in %s (embedded PostgreSQL on port %d, log in %s)", dataDir, port, logFile);
            return database;
        } catch (IOException | RuntimeException | SQLException e) {
            // A PostgreSQL that did start is stopped by zonky's shutdown hook when Limber exits on this error.
            release(lock);
            throw new DatabaseException("Limber could not start its embedded PostgreSQL in %s: %s. See %s."
                    .formatted(dataDir, e.getMessage(), logFile));
        } catch (DatabaseException e) {
            release(lock);
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warnf("Could not stop the embedded PostgreSQL cleanly: %s", e.getMessage());
        }
        release(lock);
    }

    private void createDatabaseIfMissing() throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            if (!statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'").next()) {
                statement.execute("CREATE DATABASE " + DATABASE);
            }
        }
    }

    /** Held while Limber runs: two Limbers on one data directory would fight over the same PostgreSQL. */
    private static FileLock lockDataDirectory(Path limberDataDir) throws DatabaseException {
        try {
            Files.createDirectories(limberDataDir);
            FileChannel channel = FileChannel.open(limberDataDir.resolve("limber.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                throw new DatabaseException("Another Limber is already running with the data in " + limberDataDir
                        + ". Stop it, or set LIMBER_DATA_DIR to another directory.");
            }
            return lock;
        } catch (IOException e) {
            throw new DatabaseException("Limber cannot use its data directory " + limberDataDir + ": " + e.getMessage());
        }
    }

    /** Null when another process holds the lock, or this one does (a second start in the same JVM). */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldHere) {
            return null;
        }
    }

    /** Checked up front: with the port taken, zonky would wait for and then talk to whatever server listens there. */
    private static void requireFreePort(int port) throws DatabaseException {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            throw new DatabaseException("Port " + port + " for Limber's embedded PostgreSQL is already in use."
                    + " Set LIMBER_EMBEDDED_DB_PORT to a free port, or QUARKUS_DATASOURCE_JDBC_URL to use your own PostgreSQL.");
        }
    }

    private static void release(FileLock lock) {
        try {
            lock.channel().close();
        } catch (IOException e) {
            LOG.debugf("Could not release the data directory lock: %s", e.getMessage());
        }
    }
}
