package org.sdkg.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/**
 * The sdkg ontology file, read from the class path resource {@code ontology/sdkg.ttl},
 * or else from {@code ontology/sdkg.ttl} under the working folder.
 */
public final class Ontology {
    private Ontology() {}

    /** Class path resource name and relative file name of the ontology. */
    public static final String RESOURCE = "ontology/sdkg.ttl";

    /** The ontology text, if it can be found. */
    public static Optional<String> text() {
        try (InputStream in = Ontology.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in != null) return Optional.of(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            Path file = Path.of(RESOURCE);
            if (Files.isRegularFile(file)) return Optional.of(Files.readString(file));
            return Optional.empty();
        } catch (IOException e) {
            throw new StoreException("Cannot read the ontology " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** Parses the ontology text. */
    public static Model parse(String text) {
        Model m = ModelFactory.createDefaultModel();
        try {
            RDFParser.fromString(text, Lang.TURTLE).base("https://w3id.org/sdkg/ontology").parse(m);
        } catch (RuntimeException e) {
            throw new StoreException("The ontology " + RESOURCE + " does not parse: " + Store.oneLine(e), e);
        }
        return m;
    }
}
