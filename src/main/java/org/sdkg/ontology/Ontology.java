package org.sdkg.ontology;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/**
 * The sdkg ontology and SHACL shapes, read from the classpath ({@code ontology/sdkg.ttl} and
 * {@code ontology/shapes.ttl}, copied into the jar from the project's {@code ontology} folder).
 * Each call returns a fresh model that the caller may change.
 */
public final class Ontology {
    private Ontology() {}

    /** Classpath location of the OWL ontology. */
    public static final String ONTOLOGY_RESOURCE = "ontology/sdkg.ttl";
    /** Classpath location of the SHACL shapes. */
    public static final String SHAPES_RESOURCE = "ontology/shapes.ttl";
    /** The IRI of the ontology itself. */
    public static final String IRI = "https://w3id.org/sdkg/ontology";

    /** The ontology: classes, properties, alignments and the interaction type scheme. */
    public static Model load() { return read(ONTOLOGY_RESOURCE); }

    /** The Turtle text of the ontology, as shipped. */
    public static String text() {
        try (InputStream in = open(ONTOLOGY_RESOURCE)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + ONTOLOGY_RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** The SHACL shapes that every review graph conforms to. */
    public static Model shapes() { return read(SHAPES_RESOURCE); }

    private static InputStream open(String resource) {
        InputStream in = Ontology.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) throw new IllegalStateException("The resource " + resource + " is missing from the classpath.");
        return in;
    }

    private static Model read(String resource) {
        try (InputStream in = open(resource)) {
            Model model = ModelFactory.createDefaultModel();
            RDFParser.source(in).lang(Lang.TURTLE).base(IRI).parse(model);
            return model;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource + ": " + e.getMessage(), e);
        }
    }
}
