package org.sdkg.extract;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.sdkg.ontology.Iris;
import org.sdkg.ontology.SDKG;

import static org.assertj.core.api.Assertions.assertThat;

/** Statement-level provenance: every relation statement is reified with its sentence and rule. */
class StatementProvenanceTest {
    @Test
    void reifiesAStatementWithItsSentenceAndRule() {
        GraphWriter g = new GraphWriter();
        Resource e = g.node(Iris.event("Meeting", "2024-03-12", "Dou Xiankang"), SDKG.Meeting, "Meeting");
        Resource p = g.node(Iris.person("Mark Walport"), SDKG.Person, "Mark Walport");
        Resource s1 = g.model().createResource(Iris.sentence("2024-03", 10, 90));
        Resource st = g.statement(e, SDKG.participant, p, s1, "meeting-between");
        assertThat(e.hasProperty(SDKG.participant, p)).isTrue();
        assertThat(st.hasProperty(RDF.type, RDF.Statement)).isTrue();
        assertThat(st.getPropertyResourceValue(RDF.subject)).isEqualTo(e);
        assertThat(st.getPropertyResourceValue(RDF.predicate)).isEqualTo(SDKG.participant);
        assertThat(st.getPropertyResourceValue(RDF.object)).isEqualTo(p);
        assertThat(st.getPropertyResourceValue(SDKG.sourceSentence)).isEqualTo(s1);
        assertThat(st.getPropertyResourceValue(SDKG.extractedBy).getURI()).endsWith("rule/meeting-between");
        // the same statement from a second sentence: one statement node, two sources
        Resource s2 = g.model().createResource(Iris.sentence("2024-03", 100, 190));
        Resource again = g.statement(e, SDKG.participant, p, s2, "follow-up-participants");
        assertThat(again).isEqualTo(st);
        assertThat(g.model().listResourcesWithProperty(RDF.type, RDF.Statement).toList()).hasSize(1);
        assertThat(st.listProperties(SDKG.sourceSentence).toList()).hasSize(2);
        assertThat(st.listProperties(SDKG.extractedBy).toList()).hasSize(2);
    }

    @Test
    void theStatementIriIsTheSameInEveryReviewAndDiffersByObject() {
        Model a = ModelFactory.createDefaultModel();
        Resource e = a.createResource(Iris.event("Meeting", "2024-03-12", "Dou Xiankang"));
        String one = GraphWriter.statementIri(e, SDKG.participant, a.createResource(Iris.person("Mark Walport")));
        String two = GraphWriter.statementIri(e, SDKG.participant, a.createResource(Iris.person("Alison Noble")));
        String date = GraphWriter.statementIri(e, SDKG.date, new GraphWriter().date("2024-03-12"));
        assertThat(one).startsWith(Iris.ID + "statement/").isNotEqualTo(two).isNotEqualTo(date);
        Model b = ModelFactory.createDefaultModel();
        assertThat(GraphWriter.statementIri(b.createResource(e.getURI()), SDKG.participant,
                b.createResource(Iris.person("Mark Walport")))).isEqualTo(one);
    }
}
