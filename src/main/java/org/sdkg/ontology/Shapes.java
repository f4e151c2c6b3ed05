package org.sdkg.ontology;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.path.Path;

/**
 * Validation of graphs against the SHACL shapes of {@code ontology/shapes.ttl}.
 * The data are validated together with the ontology, so that {@code sh:targetClass} and {@code sh:class}
 * follow the class hierarchy (a {@code sdkg:GovernmentBody} is a {@code sdkg:Organisation}) and the
 * interaction type concepts are known.
 */
public final class Shapes {
    private Shapes() {}

    private static volatile org.apache.jena.shacl.Shapes shapes;
    private static volatile Model ontology;

    /** Prefixes used to shorten IRIs in messages. */
    private static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefix("sdkg", SDKG.NS)
            .setNsPrefix("id", Iris.ID)
            .setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#")
            .setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#")
            .setNsPrefix("it", SDKG.TYPES_NS)
            .lock();

    /** The parsed shapes, read once. */
    public static org.apache.jena.shacl.Shapes shapes() {
        if (shapes == null) {
            synchronized (Shapes.class) {
                if (shapes == null) shapes = org.apache.jena.shacl.Shapes.parse(Ontology.shapes().getGraph());
            }
        }
        return shapes;
    }

    private static Model ontology() {
        if (ontology == null) {
            synchronized (Shapes.class) {
                if (ontology == null) ontology = Ontology.load();
            }
        }
        return ontology;
    }

    /** Validates a graph (one review graph, or several) against the shapes; the data model is not changed. */
    public static ValidationReport validate(Model data) {
        Graph union = ModelFactory.createUnion(data, ontology()).getGraph();
        return ShaclValidator.get().validate(shapes(), union);
    }

    /** One line per violation, sorted: focus node, path, message and offending value. Empty when the data conform. */
    public static String describe(ValidationReport report) {
        List<String> lines = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            lines.add(describe(e));
        }
        lines.sort(Comparator.naturalOrder());
        return String.join("\n", lines);
    }

    /** A single violation as one line. */
    public static String describe(ReportEntry e) {
        StringBuilder sb = new StringBuilder(shorten(e.focusNode()));
        Path path = e.resultPath();
        if (path != null) sb.append(' ').append(path.toString(new Prologue(PREFIXES)));
        sb.append(": ").append(e.message());
        if (e.value() != null) sb.append(" (value ").append(shorten(e.value())).append(')');
        return sb.toString();
    }

    private static String shorten(Node node) {
        if (node.isURI()) {
            String s = PREFIXES.shortForm(node.getURI());
            return s.equals(node.getURI()) ? "<" + s + ">" : s;
        }
        if (node.isLiteral()) return "\"" + node.getLiteralLexicalForm() + "\"";
        return node.toString();
    }
}
