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
 * The blind test set and its gold annotations: every review has a gold file, the review ids are distinct from
 * the development and held-out reviews, the files are self-consistent, agree with the development gold on
 * canonical names, quote their reviews and name only people, organisations and places the text names.
 */
class BlindGoldTest {
    static final Path GOLD = Path.of("src/test/resources/blind/gold");
    static final Path REVIEWS = Path.of("src/test/resources/blind/reviews");
    static final Path HELDOUT_REVIEWS = Path.of("src/test/resources/heldout/reviews");

    @Test
    void everyBlindReviewHasAGoldFileAndEveryFileParses() throws IOException {
        GoldSet gold = GoldSet.load(GOLD);
        assertThat(reviewIds(REVIEWS)).isNotEmpty();
        assertThat(gold.reviewIds()).containsExactlyElementsOf(reviewIds(REVIEWS));
        for (Gold g : gold.all().values()) {
            assertThat(g.issue()).isEqualTo(g.review());
            assertThat(g.people()).isNotEmpty();
            assertThat(g.organisations()).isNotEmpty();
            assertThat(g.events()).isNotEmpty();
            assertThat(g.agreements()).isNotEmpty();
            assertThat(g.launches()).isNotEmpty();
        }
    }

    @Test
    void blindReviewsAreNeitherDevelopmentNorHeldoutReviews() throws IOException {
        List<String> ids = reviewIds(REVIEWS);
        assertThat(ids).doesNotContainAnyElementsOf(reviewIds(GoldFilesTest.REVIEWS));
        if (Files.isDirectory(HELDOUT_REVIEWS)) {
            assertThat(ids).doesNotContainAnyElementsOf(reviewIds(HELDOUT_REVIEWS));
        }
    }

    @Test
    void blindGoldIsSelfConsistent() throws IOException {
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
            g.people().forEach(p -> p.aliases().stream().filter(a -> !text.contains(a))
                    .forEach(a -> missing.add(g.review() + ": alias " + a + " of " + p.name())));
            g.organisations().stream().filter(o -> !o.optional() && o.names().noneMatch(text::contains))
                    .forEach(o -> missing.add(g.review() + ": organisation " + o.name()));
            g.places().stream().filter(p -> !text.contains(p.name()))
                    .forEach(p -> missing.add(g.review() + ": place " + p.name()));
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyPairOfMeetingPeopleIsBetweenListedPeople() throws IOException {
        for (Gold g : GoldSet.load(GOLD).all().values()) {
            List<String> names = g.people().stream().map(Gold.Person::name).toList();
            g.events().forEach(e -> assertThat(names).containsAll(e.people()));
            g.agreements().forEach(a -> assertThat(names).containsAll(a.signatories()));
        }
    }

    private static String text(Gold g) throws IOException {
        return GoldFilesTest.clean(Files.readString(REVIEWS.resolve(g.review() + ".txt"), StandardCharsets.UTF_8));
    }

    private static List<String> reviewIds(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
        }
    }
}
