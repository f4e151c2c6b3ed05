package org.sdkg.extract;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.sdkg.ontology.Iris;
import org.sdkg.ontology.SDKG;
import org.sdkg.text.CleanText;
import org.sdkg.text.Cleaner;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Properties of the extracted graphs of the five reviews: identity across reviews, clean names, offsets. */
class ExtractedGraphIT {
    private static final Set<String> TITLES = Set.of("prof", "prof.", "dr", "dr.", "sir", "mr", "mr.", "ms", "ms.",
            "president", "minister", "vice", "director", "chinese", "the");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "him", "her", "his", "it", "we", "i");

    @Test
    void yinHejunIsOneNodeInThreeReviews() throws Exception {
        Map<String, Extraction> all = Reviews.ours();
        Resource yin = org.apache.jena.rdf.model.ResourceFactory.createResource(Iris.person("Yin Hejun"));
        for (String id : List.of("2024-03", "2025-05", "2026-01")) {
            Model m = all.get(id).model();
            assertThat(m.contains(yin, RDF.type, SDKG.Person)).as(id).isTrue();
            assertThat(m.listSubjectsWithProperty(SDKG.name, "Yin Hejun").toList()).as(id).containsExactly(yin);
        }
    }

    @Test
    void personLabelsAreNamesWithoutTitles() throws Exception {
        for (Extraction x : Reviews.ours().values()) {
            for (Resource p : x.model().listSubjectsWithProperty(RDF.type, SDKG.Person).toList()) {
                List<String> labels = x.model().listObjectsOfProperty(p, RDFS.label).mapWith(n -> n.asLiteral().getString()).toList();
                assertThat(labels).as(p.getURI()).hasSize(1);
                String first = labels.get(0).split(" ")[0].toLowerCase();
                assertThat(PRONOUNS).as(labels.get(0)).doesNotContain(labels.get(0).toLowerCase());
                assertThat(TITLES).as(labels.get(0)).doesNotContain(first);
            }
        }
    }

    @Test
    void sentenceOffsetsPointIntoTheOriginalFile() throws Exception {
        int checked = 0;
        for (Extraction x : Reviews.ours().values()) {
            String raw = Reviews.source(x.reviewId()).text();
            for (Resource s : x.model().listSubjectsWithProperty(RDF.type, SDKG.Sentence).toList()) {
                int b = s.getProperty(SDKG.startOffset).getInt();
                int e = s.getProperty(SDKG.endOffset).getInt();
                String text = s.getProperty(SDKG.text).getString();
                assertThat(s.getURI()).isEqualTo(Iris.sentence(x.reviewId(), b, e));
                // the cleaned review, read back through its offset map, gives the sentence at these offsets
                CleanText clean = Cleaner.clean(raw);
                int i = 0;
                while (i < clean.length() && clean.originalOffset(i) < b) i++;
                assertThat(clean.originalOffset(i)).as(s.getURI()).isEqualTo(b);
                assertThat(clean.text().substring(i, i + text.length())).as(s.getURI()).isEqualTo(text);
                assertThat(clean.originalEnd(i + text.length())).as(s.getURI()).isEqualTo(e);
                assertThat(s.getPropertyResourceValue(SDKG.inReview).getURI()).isEqualTo(Iris.review(x.reviewId()));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(50);
    }

    @Test
    void eventsCarryProvenanceAndInteractionTypes() throws Exception {
        for (Extraction x : Reviews.ours().values()) {
            Model m = x.model();
            for (Resource e : m.listSubjectsWithProperty(SDKG.interactionType).toList()) {
                assertThat(e.getPropertyResourceValue(SDKG.sourceSentence)).as(e.getURI()).isNotNull();
                assertThat(e.getPropertyResourceValue(SDKG.extractedBy)).as(e.getURI()).isNotNull();
                assertThat(e.listProperties(RDFS.label).toList()).as(e.getURI()).hasSize(1);
            }
        }
    }

    private static String norm(String s) { return s.replaceAll("\\s+", " ").strip(); }
}
