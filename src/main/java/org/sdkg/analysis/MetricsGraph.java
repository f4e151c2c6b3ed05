package org.sdkg.analysis;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.sdkg.ontology.Iris;
import org.sdkg.ontology.SDKG;

/**
 * The measures of a network as RDF, kept in the named graph {@link Iris#ANALYSIS_GRAPH}:
 * <pre>
 * &lt;id/metrics/people/person-li-wei&gt; a sdkg:NetworkMetrics ; sdkg:metricsOf &lt;id/person/li-wei&gt; ;
 *     sdkg:network "people" ; sdkg:degree 2 ; sdkg:weightedDegree 3.0e0 ; sdkg:betweenness 0.0e0 ;
 *     sdkg:closeness 5.2e-1 ; sdkg:pageRank 1.7e-1 ; sdkg:clustering 1.0e0 ; sdkg:component 1 ;
 *     sdkg:community &lt;id/community/people/1&gt; .
 * &lt;id/community/people/1&gt; a sdkg:Community ; rdfs:label "Community 1 (people)" ; sdkg:network "people" .
 * &lt;id/person/li-wei&gt; sdkg:memberOfCommunity &lt;id/community/people/1&gt; .
 * </pre>
 * Writing the measures of a network replaces those of the same network (people, organisations ...) and keeps
 * those of the others.
 */
public final class MetricsGraph {
    private MetricsGraph() {}

    /** IRI of the measures of a node in a network: {@code id/metrics/{network}/{node path as a slug}}. */
    public static String metricsIri(NetworkKind kind, String node) {
        String path = node.startsWith(Iris.ID) ? node.substring(Iris.ID.length()) : node;
        return Iris.ID + "metrics/" + kind.label() + "/" + Iris.slug(path);
    }

    /** IRI of a community of a network: {@code id/community/{network}/{number}}. */
    public static String communityIri(NetworkKind kind, int number) {
        return Iris.ID + "community/" + kind.label() + "/" + number;
    }

    /** The measures of an analysis as a model. */
    public static Model toModel(NetworkAnalysis a) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("sdkg", SDKG.NS);
        NetworkKind kind = a.network().kind();
        for (int i = 1; i <= a.communities().list().size(); i++) {
            m.createResource(communityIri(kind, i)).addProperty(RDF.type, SDKG.Community)
                    .addProperty(RDFS.label, "Community " + i + " (" + kind.label() + ")")
                    .addProperty(SDKG.network, kind.label());
        }
        a.metrics().forEach((node, x) -> {
            Resource community = m.createResource(communityIri(kind, x.community()));
            m.createResource(metricsIri(kind, node)).addProperty(RDF.type, SDKG.NetworkMetrics)
                    .addProperty(RDFS.label, "Measures of " + a.network().actor(node).label() + " (" + kind.label() + ")")
                    .addProperty(SDKG.metricsOf, m.createResource(node))
                    .addProperty(SDKG.network, kind.label())
                    .addLiteral(SDKG.degree, integer(x.degree()))
                    .addLiteral(SDKG.weightedDegree, dbl(x.weightedDegree()))
                    .addLiteral(SDKG.betweenness, dbl(x.betweenness()))
                    .addLiteral(SDKG.closeness, dbl(x.closeness()))
                    .addLiteral(SDKG.pageRank, dbl(x.pageRank()))
                    .addLiteral(SDKG.clustering, dbl(x.clustering()))
                    .addLiteral(SDKG.component, integer(x.component()))
                    .addProperty(SDKG.community, community);
            m.createResource(node).addProperty(SDKG.memberOfCommunity, community);
        });
        return m;
    }

    /** Replaces, in the analysis graph of a dataset, the measures of the analyses' networks by theirs. */
    public static void write(Dataset dataset, List<NetworkAnalysis> analyses) {
        Txn.executeWrite(dataset, () -> {
            Model graph = dataset.getNamedModel(Iris.ANALYSIS_GRAPH);
            for (NetworkAnalysis a : analyses) {
                remove(graph, a.network().kind());
                graph.add(toModel(a));
            }
        });
    }

    /** Removes the measures and communities of one network. */
    static void remove(Model graph, NetworkKind kind) {
        Set<Resource> subjects = new HashSet<>(graph.listSubjectsWithProperty(SDKG.network, kind.label()).toList());
        List<Statement> doomed = new java.util.ArrayList<>();
        for (Resource s : subjects) {
            doomed.addAll(graph.listStatements(s, null, (org.apache.jena.rdf.model.RDFNode) null).toList());
            if (s.hasProperty(RDF.type, SDKG.Community))
                doomed.addAll(graph.listStatements(null, SDKG.memberOfCommunity, s).toList());
        }
        graph.remove(doomed);
    }

    private static Literal integer(long v) {
        return ResourceFactory.createTypedLiteral(String.valueOf(v), XSDDatatype.XSDinteger);
    }

    private static Literal dbl(double v) {
        return ResourceFactory.createTypedLiteral(String.valueOf(v), XSDDatatype.XSDdouble);
    }
}
