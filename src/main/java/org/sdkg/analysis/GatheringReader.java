package org.sdkg.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.sdkg.ontology.Iris;
import org.sdkg.ontology.SDKG;

/**
 * Reads from the graph, for one {@link NetworkKind}, every group of actors (the people at one meeting, the
 * parties of one agreement ...) with the date, review and sentence of what gathered them.
 * The groups come from the network's SPARQL query ({@code members-{network}.rq}); the default graph read is
 * the union of all named graphs.
 */
public final class GatheringReader {
    private GatheringReader() {}

    /** Reads the gatherings of a network from a dataset (in a read transaction over its union graph). */
    public static Gatherings read(Dataset dataset, NetworkKind kind) {
        return Txn.calculateRead(dataset, () -> read(dataset.getUnionModel(), kind));
    }

    /**
     * Reads the gatherings of a network from a model. A member reached through a person's post counts only when
     * that post is in force at the group's date ({@link PostsInForce}); an agreement and the signing event it was
     * signed at ({@code sdkg:signedAt}) are one gathering, the agreement.
     */
    public static Gatherings read(Model model, NetworkKind kind) {
        Map<String, TreeSet<String>> members = new TreeMap<>();
        Map<String, Actor> actors = new TreeMap<>();
        Map<String, Tie> ties = new TreeMap<>();
        try (QueryExecution qe = QueryExecution.model(model).query(query(kind)).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                RDFNode g = row.get("group"), m = row.get("member");
                if (g == null || m == null || !g.isURIResource() || !m.isURIResource()) continue;
                Resource member = m.asResource();
                NodeKind nodeKind = NodeKind.of(member);
                if (!kind.accepts(nodeKind)) continue;
                Resource group = g.asResource();
                Tie tie = ties.computeIfAbsent(group.getURI(), x -> tie(group));
                RDFNode holder = row.get("holder"), post = row.get("post");
                if (holder != null && post != null && holder.isURIResource() && post.isURIResource()
                        && !PostsInForce.at(holder.asResource(), tie.date()).contains(post.asResource().getURI()))
                    continue;
                actors.computeIfAbsent(member.getURI(), iri -> new Actor(iri, label(member), nodeKind));
                members.computeIfAbsent(group.getURI(), x -> new TreeSet<>()).add(member.getURI());
            }
        }
        mergeSignings(model, members);
        List<Gathering> gatherings = new ArrayList<>();
        members.forEach((group, set) -> gatherings.add(new Gathering(ties.get(group), new ArrayList<>(set))));
        gatherings.sort(Comparator.comparing((Gathering g) -> g.tie().date() == null ? "~" : g.tie().date())
                .thenComparing(g -> g.tie().iri()));
        return new Gatherings(kind, actors, gatherings);
    }

    /** Folds the members of each signing event into the agreement signed at it, so that one signing is one tie. */
    private static void mergeSignings(Model model, Map<String, TreeSet<String>> members) {
        for (Statement s : model.listStatements(null, SDKG.signedAt, (RDFNode) null).toList()) {
            if (!s.getSubject().isURIResource() || !s.getObject().isURIResource()) continue;
            String agreement = s.getSubject().getURI(), event = s.getResource().getURI();
            if (agreement.equals(event) || !members.containsKey(event)) continue;
            if (members.containsKey(agreement)) members.get(agreement).addAll(members.remove(event));
        }
    }

    private static String query(NetworkKind kind) {
        try (InputStream in = GatheringReader.class.getResourceAsStream(kind.queryResource())) {
            if (in == null) throw new IllegalStateException("Missing query " + kind.queryResource());
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tie of a group: its label, date and first source sentence (falling back on the launch that created it). */
    static Tie tie(Resource group) {
        Optional<Resource> launch = subjects(group, SDKG.launched);
        String date = literal(group, SDKG.date)
                .or(() -> launch.flatMap(l -> literal(l, SDKG.date)))
                .or(() -> literal(group, SDKG.validOn))
                .or(() -> earliestPostDate(group))
                .orElse(null);
        Resource sentence = first(group, SDKG.sourceSentence)
                .or(() -> launch.flatMap(l -> first(l, SDKG.sourceSentence))).orElse(null);
        String text = sentence == null ? null : literal(sentence, SDKG.text).orElse(null);
        String review = sentence == null ? null : reviewOf(sentence);
        return new Tie(group.getURI(), label(group), date, review, text);
    }

    private static String reviewOf(Resource sentence) {
        String iri = first(sentence, SDKG.inReview).map(Resource::getURI).orElse(sentence.getURI());
        String prefix = Iris.ID + "review/";
        if (iri == null || !iri.startsWith(prefix)) return null;
        String rest = iri.substring(prefix.length());
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }

    private static Optional<String> earliestPostDate(Resource person) {
        TreeSet<String> dates = new TreeSet<>();
        person.listProperties(SDKG.hasPost).forEach(s -> {
            if (s.getObject().isResource()) literal(s.getResource(), SDKG.validOn).ifPresent(dates::add);
        });
        return dates.isEmpty() ? Optional.empty() : Optional.of(dates.first());
    }

    /** The label of a resource: rdfs:label, else sdkg:name, else the last segment of its IRI. */
    static String label(Resource r) {
        return literal(r, RDFS.label).or(() -> literal(r, SDKG.name)).orElseGet(() -> {
            String iri = r.getURI();
            return iri.substring(iri.lastIndexOf('/') + 1);
        });
    }

    /** The smallest literal value of a property (so that a choice among several is stable). */
    private static Optional<String> literal(Resource r, Property p) {
        TreeSet<String> values = new TreeSet<>();
        for (Statement s : r.listProperties(p).toList())
            if (s.getObject().isLiteral()) values.add(s.getLiteral().getLexicalForm());
        return values.isEmpty() ? Optional.empty() : Optional.of(values.first());
    }

    private static Optional<Resource> first(Resource r, Property p) {
        Map<String, Resource> byIri = new TreeMap<>();
        for (Statement s : r.listProperties(p).toList())
            if (s.getObject().isURIResource()) byIri.put(s.getResource().getURI(), s.getResource());
        return byIri.values().stream().findFirst();
    }

    private static Optional<Resource> subjects(Resource object, Property p) {
        Map<String, Resource> byIri = new LinkedHashMap<>();
        object.getModel().listSubjectsWithProperty(p, object).forEach(s -> {
            if (s.isURIResource()) byIri.put(s.getURI(), s);
        });
        return byIri.keySet().stream().sorted().findFirst().map(byIri::get);
    }
}
