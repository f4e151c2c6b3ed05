package org.sdkg.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.sdkg.extract.Extraction;
import org.sdkg.extract.ExtractionException;
import org.sdkg.extract.ReviewExtractor;
import org.sdkg.extract.ReviewSource;
import org.sdkg.ontology.Iris;
import org.sdkg.ontology.Ontology;

/**
 * Ingests review files into a {@link Store}: each review becomes one named graph, replaced as a whole.
 * A review whose text, date override and {@link #EXTRACTOR_VERSION} have not changed since it was stored
 * is skipped; the extractor is obtained from its supplier only when some review must be extracted.
 *
 * <pre>
 * List&lt;IngestResult&gt; results = Ingestor.create().store(store).extractor(supplier)
 *         .dateOverride("2024-03").progress(r -&gt; System.out.println(r.describe())).build()
 *         .ingest(List.of(Path.of("data/reviews")));
 * </pre>
 */
public final class Ingestor {

    /**
     * Version of the extraction: part of every review's ingest hash. Change it whenever extraction
     * rules or the graph model change, so that the next ingest extracts every review again.
     */
    public static final String EXTRACTOR_VERSION = "sdkg-extract-1";

    private final Store store;
    private final Supplier<? extends ReviewExtractor> extractor;
    private final String dateOverride;
    private final Consumer<IngestResult> progress;
    private String extractorFailure;

    private Ingestor(Builder b) {
        this.store = Objects.requireNonNull(b.store, "store");
        this.extractor = Objects.requireNonNull(b.extractor, "extractor");
        this.dateOverride = b.dateOverride;
        this.progress = b.progress;
    }

    public static Builder create() { return new Builder(); }

    /**
     * Ingests files and folders; returns one result per review file and per argument that gave none.
     * Also stores the ontology in its own graph when it has changed.
     */
    public List<IngestResult> ingest(List<Path> arguments) {
        storeOntology();
        ReviewFiles.Expansion expansion = ReviewFiles.expand(arguments);
        List<IngestResult> results = new ArrayList<>();
        for (ReviewFiles.Failure f : expansion.failures())
            report(results, IngestResult.failed(f.path(), f.message()));
        for (Path file : expansion.files())
            report(results, ingestOne(file));
        return results;
    }

    private void report(List<IngestResult> results, IngestResult r) {
        results.add(r);
        if (progress != null) progress.accept(r);
    }

    private IngestResult ingestOne(Path file) {
        long start = System.nanoTime();
        String name = file.getFileName().toString();
        ReviewSource source;
        try {
            source = ReviewFiles.read(file, dateOverride);
        } catch (ReviewFileException e) {
            return IngestResult.failed(file, e.getMessage());
        }
        String hash = hash(source.text(), dateOverride);
        String graph = Iris.reviewGraph(source.id());
        Optional<String> stored = store.storedHash(graph);
        if (stored.isPresent() && stored.get().equals(hash))
            return IngestResult.unchanged(file);
        if (extractorFailure != null)
            return IngestResult.failed(file, name + ": not extracted, as no extractor could be created.");
        ReviewExtractor x;
        try {
            x = extractor.get();
        } catch (RuntimeException e) {
            extractorFailure = e instanceof StoreException ? e.getMessage() : "The extractor could not be created: " + Store.oneLine(e);
            return IngestResult.failed(file, extractorFailure);
        }
        Extraction extraction;
        try {
            extraction = x.extract(source);
        } catch (ExtractionException e) {
            return IngestResult.failed(file, name + ": " + e.getMessage());
        } catch (RuntimeException e) {
            return IngestResult.failed(file, name + ": extraction failed: " + Store.oneLine(e));
        }
        String target = extraction.graphName() != null ? extraction.graphName() : graph;
        try {
            store.replaceGraph(target, extraction.model(), hash, name);
        } catch (StoreException e) {
            return IngestResult.failed(file, name + ": " + e.getMessage());
        }
        return IngestResult.ingested(file, ReviewStats.of(extraction.model()),
                Duration.ofNanos(System.nanoTime() - start));
    }

    private void storeOntology() {
        String hash = sha256(Ontology.text());
        if (store.storedHash(Iris.ONTOLOGY_GRAPH).filter(hash::equals).isPresent()) return;
        store.replaceGraph(Iris.ONTOLOGY_GRAPH, Ontology.load(), hash, Ontology.ONTOLOGY_RESOURCE);
    }

    /** The ingest hash of a review: SHA-256 of its text, the date override and {@link #EXTRACTOR_VERSION}. */
    public static String hash(String text, String dateOverride) {
        return sha256(text + "\u0000" + (dateOverride == null ? "" : dateOverride) + "\u0000" + EXTRACTOR_VERSION);
    }

    static String sha256(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Builder of an {@link Ingestor}; {@code store} and {@code extractor} are required. */
    public static final class Builder {
        private Store store;
        private Supplier<? extends ReviewExtractor> extractor;
        private String dateOverride;
        private Consumer<IngestResult> progress;

        private Builder() {}

        public Builder store(Store store) { this.store = store; return this; }

        /** Supplies the extractor; called only when a review must be extracted, and should memoise. */
        public Builder extractor(Supplier<? extends ReviewExtractor> extractor) { this.extractor = extractor; return this; }

        /** A date ({@code YYYY-MM} or {@code YYYY-MM-DD}) that overrides the date in each review's heading. */
        public Builder dateOverride(String date) { this.dateOverride = date; return this; }

        /** Called with each result as soon as it is known. */
        public Builder progress(Consumer<IngestResult> progress) { this.progress = progress; return this; }

        public Ingestor build() { return new Ingestor(this); }
    }
}
