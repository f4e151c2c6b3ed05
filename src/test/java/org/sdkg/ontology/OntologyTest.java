package org.sdkg.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.InfModel;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.reasoner.ReasonerRegistry;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OntologyTest {
    private static final String PROV = "http://www.w3.org/ns/prov#";
    private static final String ORG = "http://www.w3.org/ns/org#";
    private static final String SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/";
    private static final String FOAF = "http://xmlns.com/foaf/0.1/";

    private static Model ontology;
    private static Map<String, Resource> constants;

    @BeforeAll
    static void load() throws IllegalAccessException {
        ontology = Ontology.load();
        constants = new LinkedHashMap<>();
        for (Field f : SDKG.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())) {
                constants.put(f.getName(), (Resource) f.get(null));
            }
        }
    }

    @Test
    void ontologyHasHeader() {
        Resource header = ontology.getResource(Ontology.IRI);
        assertThat(ontology.contains(header, RDF.type, OWL.Ontology)).isTrue();
        assertThat(header.hasProperty(DCTerms.title)).isTrue();
        assertThat(header.hasProperty(DCTerms.description)).isTrue();
        assertThat(header.hasProperty(OWL.versionInfo)).isTrue();
        assertThat(header.getPropertyResourceValue(DCTerms.license).getURI())
                .isEqualTo("https://creativecommons.org/licenses/by/4.0/");
    }

    @Test
    void everyConstantIsDeclaredWithTheRightTypeLabelAndComment() {
        assertThat(constants.size()).as("constants of SDKG").isGreaterThan(90);
        List<String> problems = new ArrayList<>();
        constants.forEach((name, term) -> {
            Resource r = ontology.getResource(term.getURI());
            Resource expected = expectedType(term);
            if (term instanceof Property) {
                boolean object = r.hasProperty(RDF.type, OWL.ObjectProperty);
                boolean data = r.hasProperty(RDF.type, OWL.DatatypeProperty);
                if (object == data) problems.add(name + " is not exactly one of object or datatype property");
            } else if (!r.hasProperty(RDF.type, expected)) {
                problems.add(name + " is not a " + expected.getLocalName());
            }
            if (!hasEnglish(r, RDFS.label)) problems.add(name + " has no English rdfs:label");
            if (!hasEnglish(r, RDFS.comment)) problems.add(name + " has no English rdfs:comment");
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void everyDeclaredTermHasAConstant() {
        Set<String> known = new TreeSet<>();
        constants.values().forEach(r -> known.add(r.getURI()));
        Set<String> missing = new TreeSet<>();
        ontology.listStatements(null, RDF.type, (RDFNode) null).forEach(s -> {
            Resource subject = s.getSubject();
            if (subject.isURIResource() && (subject.getURI().startsWith(SDKG.NS)
                    || subject.getURI().startsWith(SDKG.TYPES_NS)) && !known.contains(subject.getURI())) {
                missing.add(subject.getURI());
            }
        });
        assertThat(missing).isEmpty();
    }

    @Test
    void everyClassHasASuperclass() {
        List<String> orphans = new ArrayList<>();
        ontology.listSubjectsWithProperty(RDF.type, OWL.Class).forEach(c -> {
            if (c.isURIResource() && c.getURI().startsWith(SDKG.NS) && !c.hasProperty(RDFS.subClassOf)) {
                orphans.add(c.getLocalName());
            }
        });
        assertThat(orphans).isEmpty();
    }

    @Test
    void everyPropertyHasDomainAndFittingRange() {
        List<String> problems = new ArrayList<>();
        constants.forEach((name, term) -> {
            if (!(term instanceof Property)) return;
            Resource p = ontology.getResource(term.getURI());
            Resource range = p.getPropertyResourceValue(RDFS.range);
            if (!p.hasProperty(RDFS.domain)) problems.add(name + " has no domain");
            if (range == null) {
                problems.add(name + " has no range");
            } else if (p.hasProperty(RDF.type, OWL.DatatypeProperty) != isDatatype(range)) {
                problems.add(name + " has a range that does not fit its kind of property");
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void hierarchyFollowsTheGraphModel() {
        assertSub(SDKG.GovernmentBody, SDKG.Organisation);
        assertSub(SDKG.JointLab, SDKG.Organisation);
        assertSub(SDKG.Country, SDKG.Place);
        assertSub(SDKG.City, SDKG.Place);
        assertSub(SDKG.MemorandumOfUnderstanding, SDKG.Agreement);
        assertSub(SDKG.ResearchResult, SDKG.Event);
        assertSub(SDKG.Launch, SDKG.Event);
        assertSub(SDKG.Person, ontology.getResource(FOAF + "Person"));
        assertSub(SDKG.Organisation, ontology.getResource(ORG + "Organization"));
        assertSub(SDKG.Post, ontology.getResource(ORG + "Membership"));
        assertSub(SDKG.Event, ontology.getResource(SEM + "Event"));
        assertSub(SDKG.Sentence, ontology.getResource(PROV + "Entity"));
        assertSub(SDKG.ExtractionRule, ontology.getResource(PROV + "SoftwareAgent"));
        assertSub(SDKG.InteractionType, SKOS.Concept);
        assertSubProperty(SDKG.coChair, SDKG.participant);
        assertSubProperty(SDKG.participant, ontology.getResource(SEM + "hasActor"));
        assertSubProperty(SDKG.holder, ontology.getResource(ORG + "member"));
        assertSubProperty(SDKG.sourceSentence, ontology.getResource(PROV + "wasDerivedFrom"));
        assertSubProperty(SDKG.extractedBy, ontology.getResource(PROV + "wasAttributedTo"));
        assertSubProperty(SDKG.acronym, SKOS.altLabel);
        assertThat(ontology.contains(SDKG.signatory, RDFS.subPropertyOf, SDKG.participant)).isFalse();
    }

    @Test
    void interactionTypesCarryCameoCodes() {
        Map<Resource, String> codes = Map.of(SDKG.consult, "04", SDKG.visit, "042", SDKG.hostVisit, "043",
                SDKG.signAgreement, "057", SDKG.cooperate, "06");
        codes.forEach((concept, code) -> {
            Resource c = ontology.getResource(concept.getURI());
            assertThat(c.getProperty(SDKG.cameoCode).getString()).as(concept.getURI()).isEqualTo(code);
            assertThat(c.getProperty(SKOS.notation).getString()).isEqualTo(code);
            assertThat(c.hasProperty(SKOS.inScheme, SDKG.InteractionTypes)).isTrue();
            assertThat(c.hasProperty(RDF.type, SDKG.InteractionType)).isTrue();
            assertThat(hasEnglish(c, SKOS.definition)).isTrue();
        });
        assertThat(ontology.listSubjectsWithProperty(RDF.type, SDKG.InteractionType).toList()).hasSize(codes.size());
    }

    /**
     * The example review graph is consistent with the ontology under Jena's OWL rule reasoner. That reasoner does
     * not know OWL 2 datatype unions, so it reports every date value against the union ranges of sdkg:date,
     * sdkg:endDate, sdkg:validOn and sdkg:issueDate; those reports are the only ones set aside.
     */
    @Test
    void exampleReviewGraphIsConsistentWithTheOntology() {
        Model data = RDFDataMgr.loadModel("shapes/valid.ttl");
        InfModel inf = ModelFactory.createInfModel(ReasonerRegistry.getOWLMicroReasoner(), ontology.union(data));
        List<String> problems = new ArrayList<>();
        inf.validate().getReports().forEachRemaining(r -> {
            boolean unionRange = r.getType().contains("range check") && Stream.of(SDKG.date, SDKG.endDate,
                    SDKG.validOn, SDKG.issueDate).anyMatch(p -> r.toString().contains("<" + p.getURI() + ">"));
            if (!unionRange) problems.add(r.toString());
        });
        assertThat(problems).isEmpty();
        Resource nsfc = inf.getResource(Iris.organisation("National Natural Science Foundation of China"));
        assertThat(inf.contains(nsfc, RDF.type, ontology.getResource(ORG + "Organization"))).isTrue();
        Resource dou = inf.getResource(Iris.person("Dou Xiankang"));
        assertThat(inf.contains(dou, RDF.type, ontology.getResource(PROV + "Entity"))).isTrue();
    }

    private static Resource expectedType(Resource term) {
        if (term.getURI().startsWith(SDKG.TYPES_NS)) {
            return term.equals(SDKG.InteractionTypes) ? SKOS.ConceptScheme : SKOS.Concept;
        }
        return OWL.Class;
    }

    private static boolean isDatatype(Resource range) {
        if (range.isURIResource()) return range.getURI().startsWith(XSD.NS) || range.equals(RDFS.Literal);
        return range.hasProperty(RDF.type, RDFS.Datatype);
    }

    private static boolean hasEnglish(Resource r, Property p) {
        for (Statement s : r.listProperties(p).toList()) {
            if (s.getObject().isLiteral() && "en".equals(s.getLanguage()) && !s.getString().isBlank()) return true;
        }
        return false;
    }

    private static void assertSub(Resource sub, Resource sup) {
        assertThat(ontology.contains(sub, RDFS.subClassOf, sup)).as(sub + " subclass of " + sup).isTrue();
    }

    private static void assertSubProperty(Resource sub, Resource sup) {
        assertThat(ontology.contains(sub, RDFS.subPropertyOf, sup)).as(sub + " subproperty of " + sup).isTrue();
    }
}
