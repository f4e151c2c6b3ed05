package org.sdkg.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The gold files parse, are self-consistent and quote their reviews. */
class GoldFilesTest {
    static final Path GOLD = Path.of("src/test/resources/gold");
    static final Path REVIEWS = Path.of("data/reviews");

    @Test
    void everyReviewHasAGoldFileAndEveryFileParses() throws IOException {
        GoldSet gold = GoldSet.load(GOLD);
        List<String> reviews;
        try (Stream<Path> s = Files.list(REVIEWS)) {
            reviews = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
        }
        assertThat(gold.reviewIds()).containsExactlyElementsOf(reviews);
        for (Gold g : gold.all().values()) {
            assertThat(g.issue()).isEqualTo(g.review());
            assertThat(g.people()).isNotEmpty();
            assertThat(g.organisations()).isNotEmpty();
            assertThat(g.events()).isNotEmpty();
        }
    }

    @Test
    void goldFilesAreSelfConsistent() throws IOException {
        assertThat(GoldSet.load(GOLD).problems()).isEmpty();
    }

    @Test
    void evidenceQuotesTheReviewText() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Gold g : GoldSet.load(GOLD).all().values()) {
            String text = clean(Files.readString(REVIEWS.resolve(g.review() + ".txt"), StandardCharsets.UTF_8));
            List<String> quotes = new ArrayList<>();
            g.events().forEach(e -> quotes.add(e.evidence()));
            g.agreements().forEach(a -> quotes.add(a.evidence()));
            g.launches().forEach(l -> quotes.add(l.evidence()));
            g.research().forEach(r -> quotes.add(r.evidence()));
            quotes.stream().filter(q -> !text.contains(q)).forEach(q -> missing.add(g.review() + ": " + q));
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyNamedPersonIsInTheReviewText() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Gold g : GoldSet.load(GOLD).all().values()) {
            String text = clean(Files.readString(REVIEWS.resolve(g.review() + ".txt"), StandardCharsets.UTF_8));
            g.people().stream().filter(p -> p.names().noneMatch(text::contains))
                    .forEach(p -> missing.add(g.review() + ": " + p.name()));
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void validatorReportsBrokenReferencesKindsAndDates() {
        Gold broken = GoldParser.parse("""
                {"review": "x", "people": [{"name": "A B", "aliases": [], "posts": []}],
                 "organisations": [{"name": "Org", "aliases": ["O"], "type": "Club", "country": null},
                                   {"name": "Other", "aliases": ["O"], "type": "Company", "country": "Nowhere"}],
                 "countries": [], "places": [],
                 "events": [{"kind": "Party", "participants": ["A B", "C D"], "coChairs": ["E F"],
                             "organisations": ["Missing Org"], "date": "2024-02-30", "endDate": "2023-01-01",
                             "place": "Atlantis", "evidence": "x"}],
                 "agreements": [{"kind": "Treaty", "parties": [], "signatories": [], "evidence": "y"}],
                 "launches": [], "research": [{"institutions": [], "researchers": [], "evidence": "z"}]}
                """);
        List<String> problems = GoldValidator.check(broken);
        assertThat(problems).anyMatch(p -> p.contains("unknown type Club"))
                .anyMatch(p -> p.contains("\"O\"") || p.contains("name \"o\""))
                .anyMatch(p -> p.contains("country \"Nowhere\""))
                .anyMatch(p -> p.contains("unknown kind Party"))
                .anyMatch(p -> p.contains("\"C D\" is not listed"))
                .anyMatch(p -> p.contains("co-chair E F is not a participant"))
                .anyMatch(p -> p.contains("\"Missing Org\" is not listed"))
                .anyMatch(p -> p.contains("invalid date 2024-02-30"))
                .anyMatch(p -> p.contains("\"Atlantis\" is not listed"))
                .anyMatch(p -> p.contains("unknown kind Treaty"))
                .anyMatch(p -> p.contains("has no parties"))
                .anyMatch(p -> p.contains("has no institution"));
    }

    @Test
    void validatorReportsANameMeaningTwoOrganisationsAcrossReviews() {
        Gold a = GoldParser.parse("""
                {"review": "a", "organisations": [{"name": "Ministry of Science", "aliases": ["MOS"], "type": "GovernmentBody"}]}""");
        Gold b = GoldParser.parse("""
                {"review": "b", "organisations": [{"name": "Ministry of Sport", "aliases": ["MOS"], "type": "GovernmentBody"}]}""");
        assertThat(new GoldSet(java.util.Map.of("a", a, "b", b)).problems())
                .singleElement().asString().contains("means");
    }

    @Test
    void parserRejectsMissingFieldsAndWrongTypes() {
        assertThatThrownBy(() -> GoldParser.parse("{\"people\": []}")).hasMessageContaining("review");
        assertThatThrownBy(() -> GoldParser.parse("{\"review\": \"x\", \"countries\": \"China\"}"))
                .hasMessageContaining("countries");
        assertThatThrownBy(() -> GoldParser.parse("not json")).isInstanceOf(IllegalArgumentException.class);
    }

    /** The review text as the evidence quotes it: links, escapes, tags, emphasis and line breaks removed. */
    static String clean(String text) {
        return text.replaceAll("\\[([^\\]]*)\\]\\(#\\)", "$1").replace("\\(", "(").replace("\\)", ")")
                .replace("\\$", "$").replaceAll("</?su[pb]>", "").replaceAll("[*#]", "").replaceAll("\\s+", " ");
    }
}
