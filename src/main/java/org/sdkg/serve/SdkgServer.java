package org.sdkg.serve;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URL;
import java.time.Duration;
import java.util.Objects;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.validation.DataValidator;
import org.apache.jena.fuseki.validation.IRIValidator;
import org.apache.jena.fuseki.validation.LangTagValidator;
import org.apache.jena.fuseki.validation.QueryValidator;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The sdkg SPARQL server: an embedded Fuseki serving one dataset, {@code /sdkg}, read-only.
 *
 * <ul>
 * <li>{@code /sdkg/sparql} and {@code /sdkg/query}: SPARQL query (GET and POST), with a timeout;
 *     {@code /sdkg/get}: Graph Store Protocol, read only. No update, no upload.</li>
 * <li>{@code /}: the Fuseki web UI, with the read-only server information it needs
 *     ({@code /$/ping}, {@code /$/server}, {@code /$/stats}, {@code /$/validate/*}).</li>
 * <li>{@code /web/*}: files of the class path folder {@code web/}; {@code /network} redirects to
 *     {@code /web/network.html}; {@code /webjars/*}: WebJars ({@code META-INF/resources/webjars/}).</li>
 * </ul>
 *
 * <pre>
 * SdkgServer server = SdkgServer.create().dataset(dsg).port(3030).timeout(Duration.ofSeconds(30)).build().start();
 * </pre>
 */
public final class SdkgServer {

    /** Name of the served dataset. */
    public static final String DATASET = "/sdkg";
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private final FusekiServer fuseki;
    private final String host;
    private final int requestedPort;

    private SdkgServer(FusekiServer fuseki, String host, int requestedPort) {
        this.fuseki = fuseki;
        this.host = host;
        this.requestedPort = requestedPort;
    }

    public static Builder create() { return new Builder(); }

    /** Starts the server; fails with a clear message when the port is taken. */
    public SdkgServer start() {
        try {
            fuseki.start();
        } catch (RuntimeException e) {
            try { fuseki.stop(); } catch (RuntimeException ignored) { /* not started */ }
            for (Throwable t = e; t != null; t = t.getCause())
                if (t instanceof BindException)
                    throw new ServeException("Port " + requestedPort + " on " + host
                            + " is already in use (another server is running there); stop it or choose another --port.", e);
            throw new ServeException("The server could not start on " + host + ":" + requestedPort + ": "
                    + String.valueOf(e.getMessage()).replaceAll("\\s*\\R\\s*", " "), e);
        }
        return this;
    }

    /**
     * Fails with the message of {@link #start()} when {@code port} is already taken on {@code host};
     * lets a command check the port before long work. Port 0 is always free.
     */
    public static void checkPortFree(String host, int port) {
        if (port == 0) return;
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(host, port));
        } catch (IOException e) {
            throw new ServeException("Port " + port + " on " + host
                    + " is already in use (another server is running there); stop it or choose another --port.", e);
        }
    }

    /** The port the server listens on (the actual one when built with port 0). */
    public int port() { return fuseki.getHttpPort(); }

    /** The host the server is bound to. */
    public String host() { return host; }

    /** Base URL, e.g. {@code http://127.0.0.1:3030/}. */
    public String url() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        if (h.equals("0.0.0.0")) h = "localhost";
        return "http://" + h + ":" + port() + "/";
    }

    /** URL of the SPARQL query endpoint. */
    public String sparqlUrl() { return url() + DATASET.substring(1) + "/sparql"; }

    /** Blocks until the server stops. */
    public void join() { fuseki.join(); }

    public void stop() { fuseki.stop(); }

    /** Builder of an {@link SdkgServer}; a dataset is required. */
    public static final class Builder {
        private DatasetGraph dataset;
        private String host = DEFAULT_HOST;
        private int port = DEFAULT_PORT;
        private Duration timeout = DEFAULT_TIMEOUT;

        private Builder() {}

        /** The dataset to serve; queries see the dataset's default graph (set union default graph on it). */
        public Builder dataset(DatasetGraph dsg) { this.dataset = dsg; return this; }

        /** Address to bind to; {@code 127.0.0.1} by default, {@code 0.0.0.0} for every interface. */
        public Builder host(String host) { this.host = Objects.requireNonNull(host); return this; }

        /** Port; 0 picks a free one. */
        public Builder port(int port) { this.port = port; return this; }

        /** Time limit of every query. */
        public Builder timeout(Duration timeout) { this.timeout = Objects.requireNonNull(timeout); return this; }

        public SdkgServer build() {
            Objects.requireNonNull(dataset, "dataset");
            FusekiServer.Builder b = FusekiServer.create()
                    .fusekiModules(FusekiModules.empty())
                    .port(port)
                    .loopback(isLoopback(host))
                    .add(DATASET, readOnlyService(dataset, timeout))
                    .enablePing(true)
                    .enableStats(true)
                    .addServlet("/$/server", new ActionServerStatus())
                    .addServlet("/$/validate/query", new QueryValidator())
                    .addServlet("/$/validate/iri", new IRIValidator())
                    .addServlet("/$/validate/langtag", new LangTagValidator())
                    .addServlet("/$/validate/data", new DataValidator())
                    .addServlet("/web/*", new ClasspathServlet("web"))
                    .addServlet("/webjars/*", new ClasspathServlet("META-INF/resources/webjars"))
                    .addServlet("/network", new RedirectServlet("/web/network.html"));
            String ui = uiLocation();
            if (ui != null) b.staticFileBase(ui);
            FusekiServer fuseki = b.build();
            for (Connector c : fuseki.getJettyServer().getConnectors())
                if (c instanceof ServerConnector sc) sc.setHost(host);
            return new SdkgServer(fuseki, host, port);
        }

        /**
         * Query at the dataset URL, {@code sparql} and {@code query}, each with the timeout in its context;
         * Graph Store Protocol read at the dataset URL, {@code get} and {@code data}. Nothing else.
         */
        private static DataService readOnlyService(DatasetGraph dsg, Duration timeout) {
            Context context = new Context();
            context.set(ARQ.queryTimeout, Long.toString(timeout.toMillis()));
            DataService.Builder service = DataService.newBuilder(dsg);
            for (String name : new String[] {"", "sparql", "query"})
                service.addEndpoint(Endpoint.create().operation(Operation.Query).endpointName(name).context(context).build());
            for (String name : new String[] {"", "get", "data"})
                service.addEndpoint(Operation.GSP_R, name);
            return service.build();
        }

        private static boolean isLoopback(String host) {
            return host.equals("localhost") || host.startsWith("127.") || host.equals("::1");
        }

        /** The Fuseki UI files, from the jena-fuseki-ui jar on the class path. */
        private static String uiLocation() {
            URL url = SdkgServer.class.getClassLoader().getResource("webapp/index.html");
            if (url == null) return null;
            String s = url.toString();
            return s.substring(0, s.length() - "index.html".length());
        }
    }
}
