package org.sdkg.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.dboe.base.file.AlreadyLocked;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.DCTerms;
import org.sdkg.ontology.Iris;
import org.sdkg.ontology.SDKG;

/**
 * The persistent sdkg store: a TDB2 database in one folder, one named graph per review.
 * Its default graph, as seen by queries, is the union of all named graphs.
 *
 * <p>Each stored graph carries its own ingest record, with the graph IRI as subject:
 * {@code <graph> sdkg:contentHash "..." ; sdkg:sourceFile "2024-03.txt" ; dcterms:modified "..."^^xsd:dateTime}.
 * The hash is the one computed by {@link Ingestor}; it decides whether a review must be extracted again.
 */
public final class Store implements AutoCloseable {

    private final Path directory;
    private final DatasetGraph dsg;

    private Store(Path directory, DatasetGraph dsg) {
        this.directory = directory;
        this.dsg = dsg;
    }

    /** Opens the store in {@code directory}, creating it when it does not exist yet. */
    public static Store open(Path directory) {
        if (Files.exists(directory) && !Files.isDirectory(directory))
            throw new StoreException("The store " + directory + " is a file, not a folder.");
        try {
            Files.createDirectories(directory);
        } catch (Exception e) {
            throw new StoreException("Cannot create the store folder " + directory + ": " + e.getMessage(), e);
        }
        return connect(directory);
    }

    /** Opens an existing store; fails with a clear message when nothing has been stored in {@code directory}. */
    public static Store openExisting(Path directory) {
        if (!exists(directory))
            throw new StoreException("There is no store in '" + directory + "'; run 'sdkg ingest' or 'sdkg up' first.");
        return connect(directory);
    }

    /** True when {@code directory} holds a TDB2 database. */
    public static boolean exists(Path directory) {
        return Files.isDirectory(directory) && Files.exists(directory.resolve("tdb.lock"));
    }

    private static Store connect(Path directory) {
        try {
            DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(directory.toString());
            dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
            return new Store(directory, dsg);
        } catch (RuntimeException e) {
            if (causedBy(e, AlreadyLocked.class) || oneLine(e).contains("Failed to get a lock")) {
                Matcher pid = Pattern.compile("held by process (\\d+)").matcher(oneLine(e));
                throw new StoreException("The store '" + directory + "' is locked by another process"
                        + (pid.find() ? " (pid " + pid.group(1) + ")" : "")
                        + ", probably a running 'sdkg serve' or 'sdkg up'; stop it first or use another --store.", e);
            }
            throw new StoreException("Cannot open the store " + directory + ": " + oneLine(e), e);
        }
    }

    /** The folder of this store. */
    public Path directory() { return directory; }

    /** The TDB2 dataset graph; its default graph is the union of the named graphs. */
    public DatasetGraph datasetGraph() { return dsg; }

    /** The dataset, for the model API. */
    public Dataset dataset() { return DatasetFactory.wrap(dsg); }

    /** The ingest hash stored with a graph, if the graph has been stored. */
    public Optional<String> storedHash(String graphIri) {
        Node g = NodeFactory.createURI(graphIri);
        return Txn.calculateRead(dsg, () -> {
            String hash = first(g, SDKG.contentHash.asNode());
            return Optional.ofNullable(hash);
        });
    }

    /** The ingest hash stored for a review, if the review has been stored. */
    public Optional<String> storedReviewHash(String reviewId) {
        return storedHash(Iris.reviewGraph(reviewId));
    }

    /**
     * Replaces the named graph {@code graphIri} by {@code model} plus its ingest record, in one write transaction.
     * If anything fails, the transaction is aborted and the graph stored before is left as it was.
     */
    public void replaceGraph(String graphIri, Model model, String hash, String sourceFile) {
        Node g = NodeFactory.createURI(graphIri);
        try {
            Txn.executeWrite(dsg, () -> {
                dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
                Graph target = dsg.getGraph(g);
                model.getGraph().find().forEachRemaining(target::add);
                Model record = ModelFactory.createModelForGraph(target);
                var graph = record.createResource(graphIri);
                graph.addProperty(SDKG.contentHash, hash);
                if (sourceFile != null)
                    graph.addProperty(SDKG.sourceFile, sourceFile);
                graph.addLiteral(DCTerms.modified,
                        record.createTypedLiteral(Instant.now().toString(), XSDDatatype.XSDdateTime));
            });
        } catch (RuntimeException e) {
            throw new StoreException("Could not store " + graphIri + ", the stored graph is unchanged: " + oneLine(e), e);
        }
    }

    /** Number of triples in a named graph. */
    public long graphSize(String graphIri) {
        Node g = NodeFactory.createURI(graphIri);
        return Txn.calculateRead(dsg, () -> dsg.getGraph(g).size());
    }

    /** The review graphs stored, with their ingest record, in IRI order. */
    public List<StoredGraph> reviews() {
        List<StoredGraph> out = new ArrayList<>();
        String prefix = Iris.GRAPH + "review/";
        Txn.executeRead(dsg, () -> dsg.listGraphNodes().forEachRemaining(g -> {
            if (!g.isURI() || !g.getURI().startsWith(prefix)) return;
            String hash = first(g, SDKG.contentHash.asNode());
            String file = first(g, SDKG.sourceFile.asNode());
            String modified = first(g, DCTerms.modified.asNode());
            out.add(new StoredGraph(g.getURI(), g.getURI().substring(prefix.length()), file, hash,
                    modified == null ? null : Instant.parse(modified),
                    dsg.getGraph(g).size()));
        }));
        out.sort((a, b) -> a.graphIri().compareTo(b.graphIri()));
        return out;
    }

    private String first(Node g, Node p) {
        var it = dsg.find(g, g, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
        } finally {
            Iter.close(it);
        }
    }

    /** Releases the database and its lock so that another process can open it. */
    @Override
    public void close() {
        TDBInternal.expel(dsg);
    }

    static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause())
            if (type.isInstance(t)) return true;
        return false;
    }

    static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.replaceAll("\\s*\\R\\s*", " ").trim();
    }

    /** A stored review graph and its ingest record. */
    public record StoredGraph(String graphIri, String reviewId, String sourceFile, String hash,
                              Instant modified, long triples) {}
}
