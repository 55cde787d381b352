package run.limber.deploy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.quarkus.runtime.ApplicationLifecycleManager;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import run.limber.deploy.DemoMode.DemoModeException;
import run.limber.deploy.LogFormat.LogFormatException;
import run.limber.deploy.database.Database;
import run.limber.deploy.database.DatabaseException;
import sun.misc.Signal;

/**
 * Starts Limber: first the database (embedded unless one is configured), then Quarkus; stops them in reverse. In demo
 * mode it listens on this machine only ({@link DemoMode}).
 */
@QuarkusMain
public final class LimberMain {

    public static void main(String... args) {
        Database database;
        try {
            DemoMode.listenHost(DemoMode.on(), LaunchSettings.get("QUARKUS_HTTP_HOST", "quarkus.http.host"))
                    .ifPresent(host -> System.setProperty("quarkus.http.host", host));
            LogFormat.fromEnvironment().ifPresent(LogFormat::apply);
            database = Database.prepare();
        } catch (DemoModeException | LogFormatException | DatabaseException e) {
            System.err.println(e.getMessage());
            System.exit(1);
            return;
        }
        int exitCode;
        try (database) {
            exitCode = runQuarkus(args);
        }
        System.exit(exitCode);
    }

    /** Runs Quarkus until it has stopped, and returns its exit code instead of exiting. */
    private static int runQuarkus(String... args) {
        // A signal would start the JVM shutdown, which runs the shutdown hooks of Quarkus and of the embedded
        // PostgreSQL at the same time: the database could go away under a stopping application. Asking Quarkus to
        // exit instead lets main stop the database after it. The exit code is the JVM's usual 128 + signal.
        for (String name : List.of("TERM", "INT", "HUP")) {
            Signal.handle(new Signal(name), signal -> Quarkus.asyncExit(128 + signal.getNumber()));
        }
        AtomicInteger exitCode = new AtomicInteger();
        ApplicationLifecycleManager.setDefaultExitCodeHandler((code, failure) -> exitCode.set(code));
        Quarkus.run(args);
        return exitCode.get();
    }
}
