package org.sdkg.cli;

import java.io.PrintWriter;
import java.util.List;

import org.sdkg.store.IngestResult;

/** Prints ingest progress (one line per review) and a summary. */
final class IngestReport {
    private final PrintWriter out;
    private final PrintWriter err;

    IngestReport(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    void progress(IngestResult r) {
        PrintWriter w = r.failed() ? err : out;
        w.println(r.describe());
        w.flush();
    }

    /** Prints the summary; returns the exit code (1 when some input failed). */
    int summary(List<IngestResult> results) {
        long ingested = results.stream().filter(r -> r.status() == IngestResult.Status.INGESTED).count();
        long unchanged = results.stream().filter(r -> r.status() == IngestResult.Status.UNCHANGED).count();
        long failed = results.stream().filter(IngestResult::failed).count();
        out.println(ingested + " ingested, " + unchanged + " unchanged, " + failed + " failed.");
        out.flush();
        return failed > 0 ? Main.EXIT_FAILED : 0;
    }
}
