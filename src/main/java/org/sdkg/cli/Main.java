package org.sdkg.cli;

import java.io.PrintWriter;
import java.util.function.Supplier;

import org.sdkg.extract.ReviewExtractor;
import org.sdkg.store.Extractors;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code sdkg} command. Each subcommand is a thin class; adding one is adding its class to
 * the {@code subcommands} list below.
 */
@Command(name = "sdkg", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Science Diplomacy Knowledge Graph: turns reviews of China's science diplomacy into RDF and serves them over SPARQL.",
        subcommands = {UpCommand.class, IngestCommand.class, QueryCommand.class, ExtractCommand.class, ServeCommand.class, EvalCommand.class, AnalyzeCommand.class})
public final class Main implements Runnable {

    /** Exit code when some input failed. */
    public static final int EXIT_FAILED = 1;
    /** Exit code of a usage error. */
    public static final int EXIT_USAGE = 2;

    static {
        setIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        setIfAbsent("org.slf4j.simpleLogger.log.org.eclipse.jetty", "warn");
    }

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Print the full stack trace of an error (also SDKG_DEBUG=1).")
    boolean debug;

    private final Supplier<? extends ReviewExtractor> extractorFactory;

    /** The command, with the extractor registered as a service. */
    public Main() { this(Extractors::load); }

    /** The command, with the given extractor factory (called at most once, when a review must be extracted). */
    public Main(Supplier<? extends ReviewExtractor> extractorFactory) {
        this.extractorFactory = extractorFactory;
    }

    /** A new memoised supplier of the extractor. */
    Extractors.Lazy extractors() { return Extractors.lazy(extractorFactory); }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command.");
    }

    /** A command line with the error handling of sdkg: one line per error, exit codes 0, 1, 2. */
    public static CommandLine commandLine(Main main) {
        CommandLine cl = new CommandLine(main);
        cl.setParameterExceptionHandler((e, args) -> {
            PrintWriter err = e.getCommandLine().getErr();
            err.println(e.getMessage());
            err.println("Run '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
            err.flush();
            return EXIT_USAGE;
        });
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (main.debug || "1".equals(System.getenv("SDKG_DEBUG")))
                e.printStackTrace(err);
            else
                err.println(Errors.message(e));
            err.flush();
            return e instanceof UserException u ? u.exitCode() : EXIT_FAILED;
        });
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine(new Main()).execute(args));
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) System.setProperty(key, value);
    }

    /** The version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"sdkg " + (v == null ? "development" : v)};
        }
    }
}
