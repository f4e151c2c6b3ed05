package org.sdkg.extract;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.sdkg.ontology.Iris;
import org.sdkg.ontology.SDKG;

/**
 * Small Jena helpers that write sdkg nodes the same way everywhere: one {@code rdfs:label} per node,
 * dates typed by their precision, provenance links.
 */
public final class GraphWriter {
    /** Prefix of Wikidata entities. */
    public static final String WD = "http://www.wikidata.org/entity/";

    private final Model model;

    public GraphWriter() {
        this.model = ModelFactory.createDefaultModel();
        model.setNsPrefix("sdkg", SDKG.NS);
        model.setNsPrefix("id", Iris.ID);
        model.setNsPrefix("rdf", RDF.uri);
        model.setNsPrefix("rdfs", RDFS.uri);
        model.setNsPrefix("skos", SKOS.uri);
        model.setNsPrefix("owl", OWL.NS);
        model.setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
        model.setNsPrefix("wd", WD);
    }

    public Model model() { return model; }

    /** A node with its class and its one label (a second label is never added). */
    public Resource node(String iri, Resource type, String label) {
        Resource r = model.createResource(iri);
        r.addProperty(RDF.type, type);
        if (!r.hasProperty(RDFS.label)) r.addProperty(RDFS.label, label);
        return r;
    }

    /** An ISO date at its precision: {@code xsd:date}, {@code xsd:gYearMonth} or {@code xsd:gYear}. */
    public Literal date(String iso) {
        XSDDatatype type = switch (iso.length()) {
            case 4 -> XSDDatatype.XSDgYear;
            case 7 -> XSDDatatype.XSDgYearMonth;
            default -> XSDDatatype.XSDdate;
        };
        return model.createTypedLiteral(iso, type);
    }

    /** Sets the date (and end date of a range) of an event, agreement or post. */
    public void when(Resource r, Facts.When when) {
        if (when == null || when.begin() == null) return;
        r.addProperty(SDKG.date, date(when.begin()));
        if (when.end() != null && !when.end().equals(when.begin())) r.addProperty(SDKG.endDate, date(when.end()));
    }

    /** The extraction rule node of a rule file or model name. */
    public Resource rule(String name) {
        return node(Iris.rule(name), SDKG.ExtractionRule, name);
    }

    /** Adds {@code sdkg:sourceSentence} and {@code sdkg:extractedBy}. */
    public void provenance(Resource r, Resource sentence, String ruleName) {
        if (sentence != null) r.addProperty(SDKG.sourceSentence, sentence);
        if (ruleName != null) r.addProperty(SDKG.extractedBy, rule(ruleName));
    }

    /**
     * Adds the statement {@code subject predicate object} and its provenance: a reified {@code rdf:Statement}
     * with {@code sdkg:sourceSentence} and {@code sdkg:extractedBy}, one for each sentence that states the
     * triple. Its IRI ({@code statement/{hash}}) is made from the triple and the sentence, so the same
     * statement from the same sentence is one node, and the union graph lists every source of a triple.
     */
    public Resource statement(Resource subject, Property predicate, RDFNode object, Resource sentence, String ruleName) {
        subject.addProperty(predicate, object);
        Resource st = model.createResource(statementIri(subject, predicate, object, sentence));
        if (!st.hasProperty(RDF.type, RDF.Statement)) {
            st.addProperty(RDF.type, RDF.Statement);
            st.addProperty(RDF.subject, subject);
            st.addProperty(RDF.predicate, predicate);
            st.addProperty(RDF.object, object);
        }
        provenance(st, sentence, ruleName);
        return st;
    }

    /** The IRI of the reified statement of one triple stated in one sentence: a hash of the four terms. */
    public static String statementIri(Resource subject, Property predicate, RDFNode object, Resource sentence) {
        String o = object.isLiteral() ? "\"" + object.asLiteral().getLexicalForm() + "\"^^" + object.asLiteral().getDatatypeURI()
                : object.isURIResource() ? object.asResource().getURI() : object.toString();
        String key = subject.getURI() + " " + predicate.getURI() + " " + o + " " + (sentence == null ? "" : sentence.getURI());
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return Iris.ID + "statement/" + java.util.HexFormat.of().formatHex(d, 0, 12);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** owl:sameAs to a Wikidata entity, when the QID is known. */
    public void wikidata(Resource r, String qid) {
        if (qid != null && qid.matches("Q\\d+")) r.addProperty(OWL.sameAs, model.createResource(WD + qid));
    }

    /** An organisation's alternative name, as {@code skos:altLabel}. */
    public void altLabel(Resource r, String label) {
        r.addProperty(SKOS.altLabel, label);
    }
}
