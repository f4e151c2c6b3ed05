package org.sdkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.sdkg.ontology.Shapes;

/** The graph extracted from every review conforms to the SHACL shapes of ontology/shapes.ttl. */
class ReviewShapesIT {
    static final java.util.List<String> IDS = Reviews.IDS;

    @ParameterizedTest
    @FieldSource("IDS")
    void extractedGraphConforms(String id) throws ExtractionException {
        Model model = Reviews.ours().get(id).model();
        ValidationReport report = Shapes.validate(model);
        assertThat(report.conforms()).as(Shapes.describe(report)).isTrue();
    }

    @ParameterizedTest
    @FieldSource("IDS")
    void shapesSeeTheExtractedGraph(String id) throws ExtractionException {
        // the shapes must have targets in the graph: a person stripped of its label is reported
        Model model = ModelFactory.createDefaultModel().add(Reviews.ours().get(id).model());
        var person = model.listResourcesWithProperty(org.apache.jena.vocabulary.RDF.type,
                org.sdkg.ontology.SDKG.Person).next();
        model.removeAll(person, org.apache.jena.vocabulary.RDFS.label, null);
        assertThat(Shapes.validate(model).conforms()).isFalse();
    }
}
