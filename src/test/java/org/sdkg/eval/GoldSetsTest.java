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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every set of reviews with gold annotations (the five development reviews, the tuning set, the blind test set):
 * every review has a gold file, the files parse and are self-consistent, quote their reviews and name only
 * people, organisations and places that the text names; review ids are distinct across the sets and canonical
 * names agree across all of them.
 */
class GoldSetsTest {

    enum Set {
        DEVELOPMENT("data/reviews", "src/test/resources/gold"),
        TUNING("src/test/resources/heldout/reviews", "src/test/resources/heldout/gold"),
        BLIND("src/test/resources/blind/reviews", "src/test/resources/blind/gold");

        final Path reviews;
        final Path gold;

        Set(String reviews, String gold) {
            this.reviews = Path.of(reviews);
            this.gold = Path.of(gold);
        }

        GoldSet load() throws IOException { return GoldSet.load(gold); }

        String text(Gold g) throws IOException {
            return GoldFilesTest.clean(Files.readString(reviews.resolve(g.review() + ".txt"), StandardCharsets.UTF_8));
        }

        List<String> reviewIds() throws IOException {
            try (Stream<Path> s = Files.list(reviews)) {
                return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                        .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Set.class)
    void everyReviewHasAGoldFileAndEveryFileParses(Set set) throws IOException {
        GoldSet gold = set.load();
        assertThat(set.reviewIds()).isNotEmpty();
        assertThat(gold.reviewIds()).containsExactlyElementsOf(set.reviewIds());
        for (Gold g : gold.all().values()) {
            assertThat(g.issue()).isEqualTo(g.review());
            assertThat(g.people()).isNotEmpty();
            assertThat(g.organisations()).isNotEmpty();
            assertThat(g.events()).isNotEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Set.class)
    void goldIsSelfConsistent(Set set) throws IOException {
        assertThat(set.load().problems()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Set.class)
    void evidenceQuotesTheReviewText(Set set) throws IOException {
        List<String> missing = new ArrayList<>();
        for (Gold g : set.load().all().values()) {
            String text = set.text(g);
            List<String> quotes = new ArrayList<>();
            g.events().forEach(e -> quotes.add(e.evidence()));
            g.agreements().forEach(a -> quotes.add(a.evidence()));
            g.launches().forEach(l -> quotes.add(l.evidence()));
            g.research().forEach(r -> quotes.add(r.evidence()));
            quotes.stream().filter(q -> q == null || !text.contains(q)).forEach(q -> missing.add(g.review() + ": " + q));
        }
        assertThat(missing).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Set.class)
    void everyNameIsInTheReviewText(Set set) throws IOException {
        List<String> missing = new ArrayList<>();
        for (Gold g : set.load().all().values()) {
            String text = set.text(g);
            g.people().stream().filter(p -> p.names().noneMatch(text::contains))
                    .forEach(p -> missing.add(g.review() + ": person " + p.name()));
            g.organisations().stream().filter(o -> !o.optional() && o.names().noneMatch(text::contains))
                    .forEach(o -> missing.add(g.review() + ": organisation " + o.name()));
            g.places().stream().filter(p -> !text.contains(p.name()))
                    .forEach(p -> missing.add(g.review() + ": place " + p.name()));
        }
        assertThat(missing).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Set.class)
    void everyParticipantAndSignatoryIsAListedPerson(Set set) throws IOException {
        for (Gold g : set.load().all().values()) {
            List<String> names = g.people().stream().map(Gold.Person::name).toList();
            g.events().forEach(e -> assertThat(names).as(g.review()).containsAll(e.people()));
            g.agreements().forEach(a -> assertThat(names).as(g.review()).containsAll(a.signatories()));
        }
    }

    @Test
    void reviewIdsAreDistinctAcrossTheSets() throws IOException {
        List<String> all = new ArrayList<>();
        for (Set set : Set.values()) all.addAll(set.reviewIds());
        assertThat(all).doesNotHaveDuplicates();
    }

    @Test
    void canonicalNamesAgreeAcrossTheSets() throws IOException {
        Map<String, Gold> all = new HashMap<>();
        for (Set set : Set.values()) all.putAll(set.load().all());
        assertThat(new GoldSet(all).problems()).isEmpty();
    }
}
