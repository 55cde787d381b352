package run.limber.deploy.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jboss.logging.Logger;

/**
 * Cleans up after a Limber that did not stop cleanly. Only called while Limber holds the data directory lock,
 * so nothing found here belongs to a running Limber.
 */
final class PostmasterPidFile {

    private static final Logger LOG = Logger.getLogger(PostmasterPidFile.class);
    private static final long STOP_TIMEOUT_SECONDS = 30;

    private PostmasterPidFile() {
    }

    static void clearLeftovers(Path dataDir) throws IOException, DatabaseException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        Optional<ProcessHandle> process = readPid(pidFile).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            // No such process: PostgreSQL removes the stale file itself, after checking that no old server
            // process still uses its shared memory (deleting it here would skip that check).
            return;
        }
        if (servesDataDirectory(process.get(), dataDir)) {
            // The JVM was killed (kill -9) and its PostgreSQL lived on: stop it before starting ours.
            LOG.infof("Stopping the PostgreSQL (pid %d) left running by an earlier Limber", process.get().pid());
            stop(process.get());
        } else {
            // The pid now belongs to another process (pids are reused, notably in containers), or to the killed
            // postmaster not yet reaped: PostgreSQL would refuse to start, taking it for another postmaster.
            Files.deleteIfExists(pidFile);
        }
    }

    private static Optional<Long> readPid(Path pidFile) throws IOException {
        try {
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.getFirst().trim()));
        } catch (NoSuchFileException | NumberFormatException e) {
            return Optional.empty(); // no file, or one PostgreSQL was still writing: PostgreSQL judges it itself
        }
    }

    /** A postmaster started by pg_ctl runs as {@code postgres -D <dataDir> ...}. */
    private static boolean servesDataDirectory(ProcessHandle process, Path dataDir) {
        List<String> arguments = List.of(process.info().arguments().orElse(new String[0]));
        int flag = arguments.indexOf("-D");
        return process.info().command().filter(command -> command.endsWith("/postgres")).isPresent()
                && flag >= 0 && flag + 1 < arguments.size()
                && Path.of(arguments.get(flag + 1)).toAbsolutePath().equals(dataDir.toAbsolutePath());
    }

    /** SIGTERM is PostgreSQL's smart shutdown, which is quick here: the killed JVM's connections are gone. */
    private static void stop(ProcessHandle postmaster) throws DatabaseException {
        postmaster.destroy();
        try {
            postmaster.onExit().get(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DatabaseException("Interrupted while stopping the leftover PostgreSQL (pid " + postmaster.pid() + ").");
        } catch (ExecutionException | TimeoutException e) {
            throw new DatabaseException("A PostgreSQL left running by an earlier Limber (pid " + postmaster.pid()
                    + ") did not stop within " + STOP_TIMEOUT_SECONDS + " s. Stop it, then start Limber again.");
        }
    }
}
