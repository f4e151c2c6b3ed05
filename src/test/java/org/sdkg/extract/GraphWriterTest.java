package org.sdkg.extract;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.sdkg.ontology.Iris;
import org.sdkg.ontology.SDKG;

import static org.assertj.core.api.Assertions.assertThat;

class GraphWriterTest {
    @Test
    void typesDatesByPrecision() {
        GraphWriter g = new GraphWriter();
        assertThat(g.date("2024-03-12").getDatatype()).isEqualTo(XSDDatatype.XSDdate);
        assertThat(g.date("2024-03").getDatatype()).isEqualTo(XSDDatatype.XSDgYearMonth);
        assertThat(g.date("2014").getDatatype()).isEqualTo(XSDDatatype.XSDgYear);
    }

    @Test
    void writesOneLabelPerNode() {
        GraphWriter g = new GraphWriter();
        g.node(Iris.person("Yin Hejun"), SDKG.Person, "Yin Hejun");
        Resource r = g.node(Iris.person("Yin Hejun"), SDKG.Person, "Minister Yin Hejun");
        assertThat(r.listProperties(RDFS.label).toList()).hasSize(1);
        assertThat(r.getURI()).isEqualTo("https://w3id.org/sdkg/id/person/yin-hejun");
    }

    @Test
    void writesRangesAndProvenance() {
        GraphWriter g = new GraphWriter();
        Resource e = g.node(Iris.event("CommitteeMeeting", "2025-07-20", "Chen Jiachang"), SDKG.CommitteeMeeting, "Committee meeting");
        g.when(e, new Facts.When("2025-07-20", "2025-07-22"));
        Resource sentence = g.model().createResource(Iris.sentence("2025-07", 10, 90));
        g.provenance(e, sentence, "co-chaired-by");
        assertThat(e.getProperty(SDKG.endDate).getString()).isEqualTo("2025-07-22");
        assertThat(e.getPropertyResourceValue(SDKG.extractedBy).getURI()).endsWith("rule/co-chaired-by");
        assertThat(e.getPropertyResourceValue(SDKG.extractedBy).getProperty(RDFS.label).getString()).isEqualTo("co-chaired-by");
        assertThat(e.getPropertyResourceValue(SDKG.sourceSentence)).isEqualTo(sentence);
    }

    @Test
    void namesListsLikeProse() {
        assertThat(FactWriter.names(java.util.List.of("A", "B", "C"))).isEqualTo("A, B and C");
        assertThat(FactWriter.splitCamel("CommitteeMeeting")).isEqualTo("Committee meeting");
    }
}
