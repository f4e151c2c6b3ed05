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

/** The gold parser and validator catch broken annotations; see {@link GoldSetsTest} for the gold files themselves. */
class GoldFilesTest {
    static final Path GOLD = Path.of("src/test/resources/gold");
    static final Path REVIEWS = Path.of("data/reviews");

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
