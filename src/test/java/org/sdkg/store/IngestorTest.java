package org.sdkg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdkg.ontology.Iris;

class IngestorTest {
    @TempDir Path dir;
    Path reviews;
    Store store;

    @BeforeEach
    void setUp() throws Exception {
        TestExtractor.reset();
        reviews = Files.createDirectory(dir.resolve("reviews"));
        Files.writeString(reviews.resolve("2024-03.txt"), "Review 2024-03\nAda Lovelace met Alan Turing.\nGrace Hopper met Alan Turing.\n");
        Files.writeString(reviews.resolve("2024-11.txt"), "Review 2024-11\nKaren Jones met Tim Berners.\n");
        store = Store.open(dir.resolve("store"));
    }

    @AfterEach
    void tearDown() { store.close(); }

    private List<IngestResult> ingest(String date, Path... inputs) {
        try (Extractors.Lazy lazy = Extractors.lazy(TestExtractor::new)) {
            return Ingestor.create().store(store).extractor(lazy).dateOverride(date).build().ingest(List.of(inputs));
        }
    }

    @Test
    void ingestsEachReviewIntoItsGraphAndReportsCounts() {
        List<IngestResult> results = ingest(null, reviews);
        assertThat(results).extracting(IngestResult::status)
                .containsExactly(IngestResult.Status.INGESTED, IngestResult.Status.INGESTED);
        ReviewStats first = results.get(0).stats();
        assertThat(first.people()).isEqualTo(3);
        assertThat(first.events()).isEqualTo(2);
        assertThat(results.get(0).describe()).matches("2024-03\\.txt: \\d+ triples, 3 people, 2 events, \\d+\\.\\d s");
        assertThat(store.graphSize(Iris.reviewGraph("2024-03"))).isEqualTo(first.triples() + 3);
        assertThat(TestExtractor.CREATED).hasValue(1);
    }

    @Test
    void secondIngestOfUnchangedReviewsNeverCreatesTheExtractor() {
        ingest(null, reviews);
        TestExtractor.reset();
        List<IngestResult> again = ingest(null, reviews);
        assertThat(again).extracting(IngestResult::status).containsOnly(IngestResult.Status.UNCHANGED);
        assertThat(TestExtractor.CREATED).hasValue(0);
    }

    @Test
    void changedTextOrDateOverrideIsExtractedAgain() throws Exception {
        ingest(null, reviews);
        Files.writeString(reviews.resolve("2024-11.txt"), "Review 2024-11\nKaren Jones met Tim Berners.\nAda Lovelace met Tim Berners.\n");
        assertThat(ingest(null, reviews)).extracting(IngestResult::status)
                .containsExactly(IngestResult.Status.UNCHANGED, IngestResult.Status.INGESTED);
        assertThat(ingest("2024-12", reviews.resolve("2024-11.txt"))).extracting(IngestResult::status)
                .containsExactly(IngestResult.Status.INGESTED);
    }

    @Test
    void badFilesFailAloneAndLeaveTheStoreIntact() throws Exception {
        ingest(null, reviews);
        long before = store.graphSize(Iris.reviewGraph("2024-03"));
        Files.writeString(reviews.resolve("2024-03.txt"), "A review without a date\nAda Lovelace met Alan Turing.\n");
        Files.write(reviews.resolve("blob.txt"), new byte[] {1, 0, 2});
        Files.writeString(reviews.resolve("empty.txt"), "");
        List<String> lines = new ArrayList<>();
        List<IngestResult> results;
        try (Extractors.Lazy lazy = Extractors.lazy(TestExtractor::new)) {
            results = Ingestor.create().store(store).extractor(lazy).progress(r -> lines.add(r.describe())).build()
                    .ingest(List.of(reviews, dir.resolve("missing.txt")));
        }
        assertThat(results).extracting(IngestResult::status).containsExactly(IngestResult.Status.FAILED,
                IngestResult.Status.FAILED, IngestResult.Status.UNCHANGED, IngestResult.Status.FAILED,
                IngestResult.Status.FAILED);
        assertThat(lines).containsExactly(
                dir.resolve("missing.txt") + " does not exist.",
                "2024-03.txt: no date in the heading of the review; give one with --date.",
                "2024-11.txt: unchanged",
                reviews.resolve("blob.txt") + " is a binary file (it holds NUL bytes), not a text review.",
                reviews.resolve("empty.txt") + " is empty.");
        assertThat(store.graphSize(Iris.reviewGraph("2024-03"))).isEqualTo(before);
        assertThat(store.reviews()).hasSize(2);
    }

    @Test
    void missingExtractorIsReportedPerReview() {
        try (Extractors.Lazy lazy = Extractors.lazy(() -> { throw new StoreException("No review extractor is installed."); })) {
            List<IngestResult> results = Ingestor.create().store(store).extractor(lazy).build().ingest(List.of(reviews));
            assertThat(results).extracting(IngestResult::describe).containsExactly("No review extractor is installed.",
                    "2024-11.txt: not extracted, as no extractor could be created.");
        }
    }

    @Test
    void hashDependsOnTextDateAndVersion() {
        assertThat(Ingestor.hash("t", null)).isEqualTo(Ingestor.hash("t", null)).hasSize(64)
                .isNotEqualTo(Ingestor.hash("t", "2024-03")).isNotEqualTo(Ingestor.hash("u", null))
                .isEqualTo(Ingestor.sha256("t\u0000\u0000" + Ingestor.EXTRACTOR_VERSION));
    }
}
