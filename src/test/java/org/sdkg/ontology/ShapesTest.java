package org.sdkg.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

class ShapesTest {
    private static final String ID = Iris.ID;
    private static final String MEETING = ID + "event/2024-03-12/meeting-dou-xiankang";
    private static final String LAUNCH = ID + "event/2024-03-13/launch-china-uk-joint-laboratory";
    private static final String POST = ID + "post/dou-xiankang/president/national-natural-science-foundation-of-china";
    private static final String WALPORT = ID + "person/mark-walport";
    private static final String SENTENCE = ID + "review/2024-03/sentence/5230-5480";

    private static Model valid() {
        return RDFDataMgr.loadModel("shapes/valid.ttl");
    }

    /** Violations of a variant of the valid graph, as "focus path component" strings. */
    private static Set<String> violations(Consumer<Model> change) {
        Model m = valid();
        change.accept(m);
        ValidationReport report = Shapes.validate(m);
        Set<String> out = new TreeSet<>();
        for (ReportEntry e : report.getEntries()) {
            String path = e.resultPath() == null ? "-" : e.resultPath().toString();
            out.add(e.focusNode().getURI().substring(ID.length()) + " " + path + " "
                    + e.sourceConstraintComponent().getLocalName());
        }
        assertThat(report.conforms()).isEqualTo(out.isEmpty());
        return out;
    }

    private static void replace(Model m, String subject, Property p, RDFNode value) {
        Resource s = m.getResource(subject);
        s.removeAll(p);
        if (value != null) s.addProperty(p, value);
    }

    private static Literal date(String lexical) {
        return ResourceFactory.createTypedLiteral(lexical, XSDDatatype.XSDdate);
    }

    @Test
    void theExampleReviewGraphConforms() {
        ValidationReport report = Shapes.validate(valid());
        assertThat(Shapes.describe(report)).isEmpty();
        assertThat(report.conforms()).isTrue();
    }

    @Test
    void validationDoesNotChangeTheData() {
        Model m = valid();
        long size = m.size();
        Shapes.validate(m);
        assertThat(m.size()).isEqualTo(size);
    }

    @Test
    void personLabelWithTitle() {
        assertThat(violations(m -> replace(m, WALPORT, RDFS.label, m.createLiteral("Prof. Mark Walport"))))
                .containsExactly("person/mark-walport <http://www.w3.org/2000/01/rdf-schema#label> PatternConstraintComponent");
        assertThat(violations(m -> replace(m, WALPORT, RDFS.label, m.createLiteral("Minister Mark Walport"))))
                .hasSize(1);
        assertThat(violations(m -> replace(m, WALPORT, RDFS.label, m.createLiteral("Drew Walport")))).isEmpty();
    }

    @Test
    void personWithTwoLabels() {
        assertThat(violations(m -> m.getResource(WALPORT).addProperty(RDFS.label, "Walport")))
                .containsExactly("person/mark-walport <http://www.w3.org/2000/01/rdf-schema#label> MaxCountConstraintComponent");
    }

    @Test
    void eventWithoutSentence() {
        assertThat(violations(m -> replace(m, MEETING, SDKG.sourceSentence, null)))
                .containsExactly("event/2024-03-12/meeting-dou-xiankang <" + SDKG.sourceSentence + "> MinCountConstraintComponent");
    }

    @Test
    void postWithoutHolder() {
        assertThat(violations(m -> replace(m, POST, SDKG.holder, null)))
                .containsExactly("post/dou-xiankang/president/national-natural-science-foundation-of-china <"
                        + SDKG.holder + "> MinCountConstraintComponent");
    }

    @Test
    void eventWithoutAnyActor() {
        assertThat(violations(m -> {
            replace(m, LAUNCH, SDKG.launched, null);
            replace(m, LAUNCH, SDKG.participant, null);
        })).containsExactly("event/2024-03-13/launch-china-uk-joint-laboratory - OrConstraintComponent");
    }

    @Test
    void endDateBeforeDate() {
        assertThat(violations(m -> replace(m, LAUNCH, SDKG.endDate, date("2024-03-01"))))
                .containsExactly("event/2024-03-13/launch-china-uk-joint-laboratory <" + SDKG.date
                        + "> LessThanOrEqualsConstraintComponent");
    }

    @Test
    void dateAsPlainString() {
        assertThat(violations(m -> replace(m, MEETING, SDKG.date, m.createLiteral("12 March 2024"))))
                .containsExactly("event/2024-03-12/meeting-dou-xiankang <" + SDKG.date + "> NodeConstraintComponent");
    }

    @Test
    void interactionTypeOutsideTheScheme() {
        assertThat(violations(m -> replace(m, MEETING, SDKG.interactionType,
                m.createResource(SDKG.TYPES_NS + "gossip"))))
                .containsExactly("event/2024-03-12/meeting-dou-xiankang <" + SDKG.interactionType
                        + "> ClassConstraintComponent");
    }

    @Test
    void sentenceOffsetsOutOfOrder() {
        assertThat(violations(m -> replace(m, SENTENCE, SDKG.startOffset, m.createTypedLiteral(6000))))
                .containsExactly("review/2024-03/sentence/5230-5480 <" + SDKG.startOffset + "> LessThanConstraintComponent");
    }

    @Test
    void subclassInstancesAreTargeted() {
        String nsfc = ID + "org/national-natural-science-foundation-of-china";
        assertThat(violations(m -> replace(m, nsfc, RDFS.label, null)))
                .containsExactly("org/national-natural-science-foundation-of-china <" + RDFS.label
                        + "> MinCountConstraintComponent");
    }

    @Test
    void agreementWithoutParty() {
        String mou = ID + "agreement/2024-03-12/memorandum-of-understanding-joint-laboratory";
        assertThat(violations(m -> replace(m, mou, SDKG.party, null)))
                .containsExactly("agreement/2024-03-12/memorandum-of-understanding-joint-laboratory <" + SDKG.party
                        + "> MinCountConstraintComponent");
    }

    @Test
    void countryCodeMustBeTwoCapitals() {
        assertThat(violations(m -> replace(m, ID + "country/china", SDKG.isoCode, m.createLiteral("China"))))
                .containsExactly("country/china <" + SDKG.isoCode + "> PatternConstraintComponent");
    }

    @Test
    void describeNamesFocusPathAndMessage() {
        Model m = valid();
        replace(m, POST, SDKG.holder, null);
        String text = Shapes.describe(Shapes.validate(m));
        assertThat(text).contains("id:post/dou-xiankang/president/national-natural-science-foundation-of-china")
                .contains("sdkg:holder").contains("exactly one sdkg:holder");
    }

    @Test
    void theOntologyGraphItselfConforms() {
        assertThat(Shapes.validate(ModelFactory.createDefaultModel()).conforms()).isTrue();
    }
}
