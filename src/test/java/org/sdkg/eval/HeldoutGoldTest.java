package org.sdkg.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The held-out reviews and their gold annotations: every review has a gold file, the files are
 * self-consistent, agree with the development gold on canonical names, and quote their reviews.
 */
class HeldoutGoldTest {
    static final Path GOLD = Path.of("src/test/resources/heldout/gold");
    static final Path REVIEWS = Path.of("src/test/resources/heldout/reviews");

    @Test
    void everyHeldoutReviewHasAGoldFileAndEveryFileParses() throws IOException {
        GoldSet gold = GoldSet.load(GOLD);
        assertThat(reviewIds()).isNotEmpty();
        assertThat(gold.reviewIds()).containsExactlyElementsOf(reviewIds());
        for (Gold g : gold.all().values()) {
            assertThat(g.issue()).isEqualTo(g.review());
            assertThat(g.people()).isNotEmpty();
            assertThat(g.organisations()).isNotEmpty();
            assertThat(g.events()).isNotEmpty();
        }
    }

    @Test
    void heldoutReviewsAreNotDevelopmentReviews() throws IOException {
        assertThat(reviewIds()).doesNotContainAnyElementsOf(GoldSet.load(GoldFilesTest.GOLD).reviewIds());
    }

    @Test
    void heldoutGoldIsSelfConsistent() throws IOException {
        assertThat(GoldSet.load(GOLD).problems()).isEmpty();
    }

    @Test
    void canonicalNamesAgreeWithTheDevelopmentGold() throws IOException {
        Map<String, Gold> both = new HashMap<>(GoldSet.load(GoldFilesTest.GOLD).all());
        both.putAll(GoldSet.load(GOLD).all());
        assertThat(new GoldSet(both).problems()).isEmpty();
    }

    @Test
    void evidenceQuotesTheReviewText() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Gold g : GoldSet.load(GOLD).all().values()) {
            String text = text(g);
            List<String> quotes = new ArrayList<>();
            g.events().forEach(e -> quotes.add(e.evidence()));
            g.agreements().forEach(a -> quotes.add(a.evidence()));
            g.launches().forEach(l -> quotes.add(l.evidence()));
            g.research().forEach(r -> quotes.add(r.evidence()));
            quotes.stream().filter(q -> q == null || !text.contains(q)).forEach(q -> missing.add(g.review() + ": " + q));
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyNameIsInTheReviewText() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Gold g : GoldSet.load(GOLD).all().values()) {
            String text = text(g);
            g.people().stream().filter(p -> !text.contains(p.name()))
                    .forEach(p -> missing.add(g.review() + ": person " + p.name()));
            g.organisations().stream().filter(o -> !o.optional() && o.names().noneMatch(text::contains))
                    .forEach(o -> missing.add(g.review() + ": organisation " + o.name()));
            g.places().stream().filter(p -> !text.contains(p.name()))
                    .forEach(p -> missing.add(g.review() + ": place " + p.name()));
        }
        assertThat(missing).isEmpty();
    }

    private static String text(Gold g) throws IOException {
        return GoldFilesTest.clean(Files.readString(REVIEWS.resolve(g.review() + ".txt"), StandardCharsets.UTF_8));
    }

    private static List<String> reviewIds() throws IOException {
        try (Stream<Path> s = Files.list(REVIEWS)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
        }
    }
}
