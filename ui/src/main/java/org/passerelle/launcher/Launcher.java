package org.passerelle.launcher;

import fish.payara.micro.BootstrapException;
import fish.payara.micro.PayaraMicro;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Entry point of {@code passerelle.jar}: starts Payara Micro with the Passerelle WAR deployed at
 * {@code /}. It adds what the embedded server does not do by itself: the port from {@code PORT} when
 * no {@code --port} is given, no clustering (one instance, no multicast on the network), and a clear
 * exit when the application failed to deploy — Payara Micro alone would keep running and answer 404.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        List<String> arguments = arguments(args, System.getenv("PORT"));
        PayaraMicro.main(arguments.toArray(String[]::new));
        if (arguments.contains("--help") || arguments.contains("--outputuberjar")) {
            return;
        }
        // Set by the application once it has started (Bootstrap.STATE_PROPERTY): Payara Micro lists
        // an application as deployed even when its deployment failed.
        if (!"started".equals(System.getProperty("passerelle.state"))) {
            System.err.println();
            System.err.println("Passerelle failed to start: the application could not be deployed."
                    + " The cause is in the log above (look for SEVERE).");
            try {
                PayaraMicro.getInstance().shutdown();
            } catch (BootstrapException | RuntimeException e) {
                // Exiting anyway.
            }
            System.exit(1);
        }
        int port = PayaraMicro.getInstance().getHttpPort();
        System.out.println("Passerelle is running on http://localhost:" + port + "/");
    }

    static List<String> arguments(String[] args, String portVariable) {
        List<String> arguments = new ArrayList<>(List.of(args));
        List<String> lower = arguments.stream().map(a -> a.toLowerCase(Locale.ROOT)).toList();
        if (!lower.contains("--port") && portVariable != null && !portVariable.isBlank()) {
            String port = portVariable.trim();
            if (!port.matches("\\d{1,5}") || Integer.parseInt(port) > 65535) {
                System.err.println("PORT must be a TCP port number, not '" + portVariable + "'.");
                System.exit(2);
            }
            arguments.add("--port");
            arguments.add(port);
        }
        if (!lower.contains("--nocluster")) {
            arguments.add("--nocluster");
        }
        return arguments;
    }
}
