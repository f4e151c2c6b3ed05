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
        // the same statement from the same sentence again: nothing new
        assertThat(g.statement(e, SDKG.participant, p, s1, "meeting-between")).isEqualTo(st);
        // the same statement from a second sentence: a second statement node, each with its one source
        Resource s2 = g.model().createResource(Iris.sentence("2024-03", 100, 190));
        Resource again = g.statement(e, SDKG.participant, p, s2, "follow-up-participants");
        assertThat(again).isNotEqualTo(st);
        assertThat(g.model().listResourcesWithProperty(RDF.type, RDF.Statement).toList()).hasSize(2);
        assertThat(st.listProperties(SDKG.sourceSentence).toList()).hasSize(1);
        assertThat(again.getPropertyResourceValue(SDKG.sourceSentence)).isEqualTo(s2);
        assertThat(again.getPropertyResourceValue(SDKG.extractedBy).getURI()).endsWith("rule/follow-up-participants");
        assertThat(g.model().listStatements(e, SDKG.participant, p).toList()).hasSize(1);
    }

    @Test
    void theStatementIriIsTheSameInEveryGraphAndDiffersByObjectAndSentence() {
        Model a = ModelFactory.createDefaultModel();
        Resource e = a.createResource(Iris.event("Meeting", "2024-03-12", "Dou Xiankang"));
        Resource s = a.createResource(Iris.sentence("2024-03", 10, 90));
        String one = GraphWriter.statementIri(e, SDKG.participant, a.createResource(Iris.person("Mark Walport")), s);
        String two = GraphWriter.statementIri(e, SDKG.participant, a.createResource(Iris.person("Alison Noble")), s);
        String date = GraphWriter.statementIri(e, SDKG.date, new GraphWriter().date("2024-03-12"), s);
        String elsewhere = GraphWriter.statementIri(e, SDKG.participant, a.createResource(Iris.person("Mark Walport")),
                a.createResource(Iris.sentence("2024-03", 100, 190)));
        assertThat(one).startsWith(Iris.ID + "statement/").isNotEqualTo(two).isNotEqualTo(date).isNotEqualTo(elsewhere);
        Model b = ModelFactory.createDefaultModel();
        assertThat(GraphWriter.statementIri(b.createResource(e.getURI()), SDKG.participant,
                b.createResource(Iris.person("Mark Walport")), b.createResource(s.getURI()))).isEqualTo(one);
    }
}
