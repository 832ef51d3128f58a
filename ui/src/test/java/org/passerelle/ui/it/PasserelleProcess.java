package org.passerelle.ui.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The application as its users run it: {@code java -jar ui/target/passerelle.jar} in a process of its
 * own, on a free port, with its settings in the environment. {@link #shared()} is one instance with
 * the demo data for all the tests of a run; tests that restart the application start their own.
 */
public final class PasserelleProcess implements AutoCloseable {

    public static final String ADMIN_PASSWORD = "it-admin-password";
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(4);
    private static PasserelleProcess shared;

    private final String name;
    private final Map<String, String> environment;
    private final int port;
    private final Path log;
    private Process process;

    private PasserelleProcess(String name, Map<String, String> environment) {
        this.name = name;
        this.environment = Map.copyOf(environment);
        this.port = freePort();
        this.log = Path.of("target", "app-" + name + ".log");
    }

    /** The instance shared by the tests of a run: embedded H2 in a fresh directory, demo data loaded. */
    public static synchronized PasserelleProcess shared() {
        if (shared == null) {
            shared = start("shared", Map.of("PASSERELLE_DATA_DIR", freshDirectory("shared").toString()));
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    /** Starts an instance with these settings (the admin password is always set) and waits until it is ready. */
    public static PasserelleProcess start(String name, Map<String, String> environment) {
        PasserelleProcess app = new PasserelleProcess(name, environment);
        app.launch();
        return app;
    }

    public static Path freshDirectory(String name) {
        try {
            Path directory = Path.of("target", "it-data", name + "-" + System.nanoTime()).toAbsolutePath();
            Files.createDirectories(directory);
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the process again with the same settings, port and data (after {@link #stop()}). */
    public void restart() {
        stop();
        launch();
    }

    private void launch() {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx768m", "-jar",
                Path.of("target", "passerelle.jar").toAbsolutePath().toString(), "--port", String.valueOf(port)));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("PASSERELLE_ADMIN_PASSWORD", ADMIN_PASSWORD);
        builder.environment().putAll(environment);
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + command, e);
        }
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Passerelle (" + name + ") stopped with exit code "
                        + process.exitValue() + " before being ready; see " + log.toAbsolutePath());
            }
            if (status("/health/ready") == 200) {
                return;
            }
            sleep(500);
        }
        stop();
        throw new IllegalStateException("Passerelle (" + name + ") was not ready within " + READY_TIMEOUT
                + "; see " + log.toAbsolutePath());
    }

    public URI base() {
        return URI.create("http://localhost:" + port + "/");
    }

    public int port() {
        return port;
    }

    public Path log() {
        return log;
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** Stops the process as an administrator would (SIGTERM), and waits for it. */
    public void stop() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop();
    }

    private int status(String path) {
        try {
            HttpURLConnection connection = (HttpURLConnection) base().resolve(path.substring(1)).toURL().openConnection();
            connection.setConnectTimeout(1000);
            connection.setReadTimeout(5000);
            try {
                return connection.getResponseCode();
            } finally {
                connection.disconnect();
            }
        } catch (IOException e) {
            return -1;
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
