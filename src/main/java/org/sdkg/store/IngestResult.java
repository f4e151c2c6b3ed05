package org.sdkg.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * What happened to one input of an ingest.
 *
 * @param path    the review file (or the argument that gave no review)
 * @param status  ingested, unchanged (skipped), or failed
 * @param stats   counts of the stored graph when ingested, else null
 * @param time    time spent on this review
 * @param message the reason, one sentence, when failed; else null
 */
public record IngestResult(Path path, Status status, ReviewStats stats, Duration time, String message) {

    public enum Status { INGESTED, UNCHANGED, FAILED }

    public static IngestResult ingested(Path path, ReviewStats stats, Duration time) {
        return new IngestResult(path, Status.INGESTED, stats, time, null);
    }

    public static IngestResult unchanged(Path path) {
        return new IngestResult(path, Status.UNCHANGED, null, Duration.ZERO, null);
    }

    public static IngestResult failed(Path path, String message) {
        return new IngestResult(path, Status.FAILED, null, Duration.ZERO, message);
    }

    public boolean failed() { return status == Status.FAILED; }

    /** One line for the user, e.g. {@code 2024-03.txt: 412 triples, 9 people, 4 events, 1.2 s}. */
    public String describe() {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        return switch (status) {
            case INGESTED -> name + ": " + stats + ", " + String.format(Locale.ROOT, "%.1f s", time.toMillis() / 1000.0);
            case UNCHANGED -> name + ": unchanged";
            case FAILED -> message;
        };
    }
}
