package org.sdkg.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;

/** Scores of hand-built graphs against a small gold annotation, checked count by count. */
class EvaluatorTest {
    static final String PREFIXES = """
            @prefix sdkg: <https://w3id.org/sdkg/ontology#> .
            @prefix id:   <https://w3id.org/sdkg/id/> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .
            """;

    static final String GOLD = """
            {"review": "t1",
             "people": [
               {"name": "Dou Xiankang", "aliases": ["Prof. Dou Xiankang"],
                "posts": [{"role": "President", "organisation": "National Natural Science Foundation of China", "country": "China"}]},
               {"name": "Mark Walport", "aliases": [],
                "posts": [{"role": "Vice President", "organisation": "Royal Society", "country": "United Kingdom"}]},
               {"name": "Alison Noble", "aliases": [], "posts": []},
               {"name": "Yin Hejun", "aliases": [],
                "posts": [{"role": "Minister", "organisation": "Ministry of Science and Technology", "country": "China"}]},
               {"name": "Le Thailou", "aliases": [], "posts": []}],
             "organisations": [
               {"name": "National Natural Science Foundation of China", "aliases": ["NSFC"], "type": "GovernmentBody", "country": "China"},
               {"name": "Royal Society", "aliases": ["RS", "The Royal Society"], "type": "Academy", "country": "United Kingdom"},
               {"name": "Ministry of Science and Technology", "aliases": ["MOST"], "type": "GovernmentBody", "country": "China"},
               {"name": "Dalian Institute of Chemical Physics", "aliases": [], "type": "ResearchInstitute", "country": "China"},
               {"name": "Department X", "aliases": [], "type": "GovernmentBody", "country": "China", "optional": true},
               {"name": "Joint Laboratory for Remote Sensing Technology and Application", "aliases": [], "type": "JointLab", "country": null, "optional": true},
               {"name": "Climate Science for Service Partnership China", "aliases": ["CSSP China"], "type": "JointLab", "country": null, "optional": true}],
             "countries": ["China", "United Kingdom", "France"],
             "places": [{"name": "Beijing", "country": "China"}, {"name": "Almaty", "country": null}],
             "events": [
               {"kind": "Meeting", "participants": ["Dou Xiankang", "Mark Walport", "Alison Noble"], "coChairs": [],
                "organisations": [], "date": "2024-03-12", "place": "Beijing", "evidence": "e1"},
               {"kind": "Signing", "participants": ["Yin Hejun", "Le Thailou"], "coChairs": [], "organisations": [],
                "date": "2024-03-18", "endDate": "2024-03-22", "place": null, "evidence": "e2"},
               {"kind": "Launch", "participants": [], "coChairs": [], "organisations": [],
                "date": "2024-03-27", "place": "Almaty", "evidence": "e3"}],
             "agreements": [
               {"kind": "Agreement", "parties": ["China", "France"], "signatories": ["Yin Hejun", "Le Thailou"], "evidence": "a1"},
               {"kind": "MemorandumOfUnderstanding", "parties": ["National Natural Science Foundation of China", "Royal Society"],
                "signatories": [], "evidence": "a2"}],
             "launches": [
               {"organisation": "Joint Laboratory for Remote Sensing Technology and Application", "date": "2024-03-27", "evidence": "l1"},
               {"organisation": "Climate Science for Service Partnership China", "date": "2014", "historical": true, "evidence": "l2"}],
             "research": [{"institutions": ["Dalian Institute of Chemical Physics"], "researchers": [], "evidence": "r1"}]}
            """;

    static final String GRAPH = PREFIXES + """
            id:dou a sdkg:Person ; rdfs:label "Dou Xiankang" ; sdkg:hasPost id:post1 .
            id:walport a sdkg:Person ; rdfs:label "Sir Mark Walport" .
            id:yin a sdkg:Person ; rdfs:label "Yin Hejun" .
            id:le a sdkg:Person ; rdfs:label "Le Thailou" .
            id:xyz a sdkg:Person ; rdfs:label "Someone Else" .

            id:nsfc a sdkg:GovernmentBody ; rdfs:label "National Natural Science Foundation of China" .
            id:nsfc2 a sdkg:GovernmentBody ; rdfs:label "NSFC" .
            id:rs a sdkg:Academy ; rdfs:label "Royal Soc." ; skos:altLabel "The Royal Society" .
            id:most a sdkg:GovernmentBody ; rdfs:label "Ministry of S&T" ; sdkg:country id:china .
            id:dept a sdkg:GovernmentBody ; rdfs:label "Department X" .
            id:bogus a sdkg:Company ; rdfs:label "Queqiao Corp" .
            id:jl a sdkg:JointLab ; rdfs:label "Joint Laboratory for Remote Sensing Technology" .
            id:cssp a sdkg:JointLab ; rdfs:label "CSSP China" .
            id:dicp2 rdfs:label "Dalian Institute of Chemical Physics" .

            id:china a sdkg:Country ; rdfs:label "China" .
            id:uk a sdkg:Country ; rdfs:label "UK" .
            id:japan a sdkg:Country ; rdfs:label "Japan" .
            id:france a sdkg:Country ; rdfs:label "France" .
            id:beijing a sdkg:City ; rdfs:label "Beijing" .
            id:almaty a sdkg:City ; rdfs:label "Almaty" .

            id:post1 a sdkg:Post ; sdkg:holder id:dou ; sdkg:roleName "President" ; sdkg:postIn id:nsfc .
            id:post2 a sdkg:Post ; sdkg:holder id:walport ; sdkg:roleName "Vice-President" ; sdkg:postIn id:rs .
            id:post3 a sdkg:Post ; sdkg:holder id:yin ; sdkg:roleName "Director" ; sdkg:postIn id:most .

            id:ev1 a sdkg:Meeting ; sdkg:date "2024-03-12"^^xsd:date ; sdkg:participant id:dou, id:walport ; sdkg:place id:beijing .
            id:ev2 a sdkg:Visit ; sdkg:date "2024-03-20"^^xsd:date ; sdkg:participant id:yin .
            id:ev3 a sdkg:Forum ; sdkg:date "2024-03-12"^^xsd:date ; sdkg:participant id:xyz .
            id:ev4 a sdkg:Launch ; sdkg:date "2024-03-27"^^xsd:date ; sdkg:place id:almaty ; sdkg:launched id:jl, id:cssp .
            id:ev5 a sdkg:ResearchResult ; sdkg:institution id:dicp2 .
            id:ev7 a sdkg:ResearchResult ; sdkg:institution id:bogus .

            id:ag1 a sdkg:Agreement ; sdkg:party id:most, id:france ; sdkg:signatory id:yin, id:le .
            id:ag2 a sdkg:MemorandumOfUnderstanding, sdkg:Agreement ; sdkg:party id:nsfc, id:bogus .
            """;

    static Model turtle(String ttl) {
        Model m = ModelFactory.createDefaultModel();
        m.read(new StringReader(ttl), null, "TTL");
        return m;
    }

    static GoldSet gold(String... json) {
        Map<String, Gold> map = new java.util.TreeMap<>();
        for (String j : json) {
            Gold g = GoldParser.parse(j);
            map.put(g.review(), g);
        }
        return new GoldSet(map);
    }

    private final EvalReport report = new Evaluator().evaluate(Map.of("t1", turtle(GRAPH)), gold(GOLD));

    private void counts(String category, int tp, int fp, int fn) {
        Score s = report.score(category);
        assertThat(new int[] {s.tp(), s.fp(), s.fn()}).as(category + " " + s.falsePositives() + " " + s.falseNegatives())
                .containsExactly(tp, fp, fn);
    }

    @Test
    void peopleMatchWithoutTitles() {
        counts(EvalReport.PEOPLE, 4, 1, 1);
        assertThat(report.f1(EvalReport.PEOPLE)).isCloseTo(0.8, within(1e-9));
        assertThat(report.score(EvalReport.PEOPLE).falseNegatives()).containsExactly("t1: Alison Noble");
        assertThat(report.score(EvalReport.PEOPLE).falsePositives()).containsExactly("t1: Someone Else");
    }

    @Test
    void organisationsMatchByAliasAltLabelAndNormalisedName() {
        counts(EvalReport.ORGANISATIONS, 3, 2, 1);
        assertThat(report.f1(EvalReport.ORGANISATIONS)).isCloseTo(2 * 0.6 * 0.75 / 1.35, within(1e-9));
        assertThat(report.score(EvalReport.ORGANISATIONS).falsePositives())
                .containsExactlyInAnyOrder("t1: Queqiao Corp", "t1: Joint Laboratory for Remote Sensing Technology");
    }

    @Test
    void duplicatesAreReported() {
        assertThat(report.duplicates()).singleElement().asString()
                .startsWith("organisation National Natural Science Foundation of China:")
                .contains("https://w3id.org/sdkg/id/nsfc", "https://w3id.org/sdkg/id/nsfc2");
    }

    @Test
    void countriesAndPlaces() {
        counts(EvalReport.COUNTRIES, 3, 1, 0);
        counts(EvalReport.PLACES, 2, 0, 0);
        assertThat(report.f1(EvalReport.PLACES)).isEqualTo(1.0);
    }

    @Test
    void eventsMatchOneToOneByDateAndParticipantWhateverTheKind() {
        counts(EvalReport.EVENTS, 3, 1, 0);
        assertThat(report.f1(EvalReport.EVENTS)).isCloseTo(2 * 0.75 / 1.75, within(1e-9));
    }

    @Test
    void pairsComeFromEventsAndSignatories() {
        counts(EvalReport.PAIRS, 2, 0, 2);
        assertThat(report.f1(EvalReport.PAIRS)).isCloseTo(2 * 0.5 / 1.5, within(1e-9));
        assertThat(report.score(EvalReport.PAIRS).falseNegatives())
                .containsExactlyInAnyOrder("t1: Alison Noble – Dou Xiankang", "t1: Alison Noble – Mark Walport");
    }

    @Test
    void postsNeedPersonRoleAndOrganisation() {
        counts(EvalReport.POSTS, 2, 1, 1);
        assertThat(report.score(EvalReport.POSTS).falsePositives()).containsExactly("t1: Yin Hejun / Director / Ministry of S&T");
    }

    @Test
    void agreementsStrictAndRelaxed() {
        counts(EvalReport.AGREEMENTS, 1, 1, 1);
        assertThat(report.f1(EvalReport.AGREEMENTS)).isCloseTo(0.5, within(1e-9));
        counts(EvalReport.AGREEMENTS_RELAXED, 2, 0, 0);
    }

    @Test
    void launchesIgnoreHistoricalAndMatchDescriptiveNames() {
        counts(EvalReport.LAUNCHES, 1, 0, 0);
    }

    @Test
    void researchMatchesByInstitution() {
        counts(EvalReport.RESEARCH, 1, 1, 0);
        assertThat(report.f1(EvalReport.RESEARCH)).isCloseTo(2 * 0.5 / 1.5, within(1e-9));
    }

    @Test
    void tableAndVerboseListing() {
        String table = report.table();
        assertThat(table).contains("category", "people", "    4     1     1   0.800   0.800   0.800");
        assertThat(report.format(true)).contains("FN t1: Alison Noble", "FP t1: Someone Else", "review t1",
                "duplicate organisation National Natural Science Foundation of China");
    }

    @Test
    void anEmptyGraphMissesEverythingAndAPerfectGraphScoresOne() {
        EvalReport empty = new Evaluator().evaluate(Map.of(), gold(GOLD));
        counts(empty, EvalReport.PEOPLE, 0, 0, 5);
        assertThat(empty.f1(EvalReport.EVENTS)).isZero();

        String perfect = PREFIXES + """
                id:a a sdkg:Person ; rdfs:label "Dou Xiankang" .
                id:b a sdkg:Person ; rdfs:label "Mark Walport" .
                id:e a sdkg:Meeting ; sdkg:date "2024-03"^^xsd:gYearMonth ; sdkg:participant id:a, id:b .
                """;
        String goldJson = """
                {"review": "p", "people": [{"name": "Dou Xiankang"}, {"name": "Mark Walport"}],
                 "events": [{"kind": "Talks", "participants": ["Dou Xiankang", "Mark Walport"], "date": "2024-03-12", "evidence": "x"}]}
                """;
        EvalReport r = new Evaluator().evaluate(Map.of("p", turtle(perfect)), gold(goldJson));
        for (String c : EvalReport.CATEGORIES) {
            assertThat(r.f1(c)).as(c).isEqualTo(1.0);
        }
    }

    @Test
    void samePersonUnderTwoIrisInTwoReviewsIsADuplicateAndCountsAreMicroAveraged() {
        String g1 = "{\"review\": \"r1\", \"people\": [{\"name\": \"Dou Xiankang\"}, {\"name\": \"Wan Gang\"}]}";
        String g2 = "{\"review\": \"r2\", \"people\": [{\"name\": \"Dou Xiankang\", \"aliases\": [\"Prof. Dou\"]}]}";
        Model m1 = turtle(PREFIXES + "id:p1 a sdkg:Person ; rdfs:label \"Dou Xiankang\" .");
        Model m2 = turtle(PREFIXES + "id:p2 a sdkg:Person ; rdfs:label \"Dou\" ; skos:altLabel \"Prof. Dou\" .\n"
                + "id:p3 a sdkg:Person ; rdfs:label \"Wan Gang\" .");
        EvalReport r = new Evaluator().evaluate(Map.of("r1", m1, "r2", m2, "r9", m1), gold(g1, g2));
        assertThat(r.duplicates()).containsExactly(
                "person Dou Xiankang: https://w3id.org/sdkg/id/p1, https://w3id.org/sdkg/id/p2");
        counts(r, EvalReport.PEOPLE, 2, 1, 1);
        assertThat(r.score("r1", EvalReport.PEOPLE).fn()).isEqualTo(1);
        assertThat(r.score("r2", EvalReport.PEOPLE).fp()).isEqualTo(1);
        assertThat(r.unscored()).containsExactly("r9");
    }

    private static void counts(EvalReport r, String category, int tp, int fp, int fn) {
        Score s = r.score(category);
        assertThat(new int[] {s.tp(), s.fp(), s.fn()}).as(category).containsExactly(tp, fp, fn);
    }
}
