package org.sdkg.cli;

import java.time.Duration;

import org.sdkg.serve.SdkgServer;

import picocli.CommandLine.Option;

/** The options of the SPARQL server. */
final class ServerOptions {
    @Option(names = "--port", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to bind to (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    String host;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Time limit of each query in seconds (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    SdkgServer.Builder builder() {
        if (port < 0 || port > 65535) throw new UserException("--port must be between 0 and 65535.");
        if (timeoutSeconds <= 0) throw new UserException("--timeout must be a positive number of seconds.");
        return SdkgServer.create().host(host).port(port).timeout(Duration.ofSeconds(timeoutSeconds));
    }
}
