package org.sdkg.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.sdkg.ontology.SDKG;

/**
 * What one extracted review graph says, read through the sdkg vocabulary only (no inference: the subclasses of
 * {@code sdkg:Organisation}, {@code sdkg:Event}, {@code sdkg:Agreement} and {@code sdkg:Place} are listed here).
 */
public record ExtractedGraph(Map<String, Node> people, Map<String, Node> organisations, Map<String, Node> countries,
                             Map<String, Node> places, List<EventNode> events, List<AgreementNode> agreements,
                             List<PostNode> posts, Map<String, Node> referenced) {

    /** The node of an IRI used anywhere in the graph (typed or only referenced). */
    public Node node(String iri) {
        for (Map<String, Node> m : List.of(people, organisations, countries, places, referenced)) {
            Node n = m.get(iri);
            if (n != null) {
                return n;
            }
        }
        return new Node(iri, iri, List.of());
    }

    static final List<Resource> ORGANISATION_CLASSES = List.of(SDKG.Organisation, SDKG.GovernmentBody, SDKG.Academy,
            SDKG.University, SDKG.ResearchInstitute, SDKG.Company, SDKG.InternationalOrganisation, SDKG.Association,
            SDKG.JointLab);
    static final List<Resource> EVENT_CLASSES = List.of(SDKG.Event, SDKG.Meeting, SDKG.Talks, SDKG.CommitteeMeeting,
            SDKG.Forum, SDKG.Conference, SDKG.Workshop, SDKG.Launch, SDKG.Signing, SDKG.Visit, SDKG.ResearchResult);
    /** Agreement classes, most specific first. */
    static final List<Resource> AGREEMENT_CLASSES = List.of(SDKG.MemorandumOfUnderstanding, SDKG.Declaration,
            SDKG.ActionPlan, SDKG.JointStatement, SDKG.Agreement);

    /** A node with its IRI and every name it carries (label, sdkg:name, skos:altLabel, sdkg:acronym). */
    public record Node(String iri, String label, List<String> names) {}

    /** An event; {@code kinds} are the local names of its sdkg classes. */
    public record EventNode(String iri, String label, Set<String> kinds, String date, String endDate,
                            Set<String> people, Set<String> organisations, String place, Set<String> launched,
                            Set<String> institutions) {
        public boolean isResearch() { return kinds.contains("ResearchResult"); }
        public boolean isLaunch() { return kinds.contains("Launch"); }
    }

    /** An agreement; {@code kind} is its most specific class. */
    public record AgreementNode(String iri, String label, String kind, Set<String> parties, Set<String> signatories) {}

    /** A post: holder IRI, role name, organisation IRI (or null). */
    public record PostNode(String holder, String roleName, String organisation) {}

    /** Reads a review graph. */
    public static ExtractedGraph read(Model m) {
        Map<String, Node> people = nodes(m, List.of(SDKG.Person));
        Map<String, Node> orgs = nodes(m, ORGANISATION_CLASSES);
        Map<String, Node> countries = nodes(m, List.of(SDKG.Country));
        Map<String, Node> places = nodes(m, List.of(SDKG.Place, SDKG.City));
        countries.keySet().forEach(places::remove);
        List<EventNode> events = events(m);
        List<AgreementNode> agreements = agreements(m);
        List<PostNode> posts = posts(m);
        Set<String> refs = new LinkedHashSet<>();
        for (EventNode e : events) {
            refs.addAll(e.people());
            refs.addAll(e.organisations());
            if (e.place() != null) {
                refs.add(e.place());
            }
        }
        for (AgreementNode a : agreements) {
            refs.addAll(a.parties());
            refs.addAll(a.signatories());
        }
        for (PostNode p : posts) {
            refs.add(p.holder());
            if (p.organisation() != null) {
                refs.add(p.organisation());
            }
        }
        Map<String, Node> referenced = new LinkedHashMap<>();
        for (String iri : refs) {
            if (!iri.startsWith("_:")) {
                referenced.put(iri, node(m.createResource(iri)));
            }
        }
        return new ExtractedGraph(people, orgs, countries, places, events, agreements, posts, referenced);
    }

    private static Map<String, Node> nodes(Model m, List<Resource> classes) {
        Map<String, Node> out = new LinkedHashMap<>();
        for (Resource c : classes) {
            m.listResourcesWithProperty(RDF.type, c).forEachRemaining(r -> {
                if (r.isURIResource() && !out.containsKey(r.getURI())) {
                    out.put(r.getURI(), node(r));
                }
            });
        }
        return out;
    }

    static Node node(Resource r) {
        String label = literal(r, RDFS.label);
        List<String> names = new ArrayList<>();
        for (Property p : List.of(RDFS.label, SDKG.name, SKOS.prefLabel, SKOS.altLabel, SDKG.acronym)) {
            r.listProperties(p).forEachRemaining(s -> {
                if (s.getObject().isLiteral() && !names.contains(s.getString())) {
                    names.add(s.getString());
                }
            });
        }
        return new Node(r.getURI(), label != null ? label : r.getURI(), names);
    }

    private static List<EventNode> events(Model m) {
        Map<String, Resource> found = new LinkedHashMap<>();
        for (Resource c : EVENT_CLASSES) {
            m.listResourcesWithProperty(RDF.type, c).forEachRemaining(r -> found.putIfAbsent(key(r), r));
        }
        List<EventNode> out = new ArrayList<>();
        for (Resource e : found.values()) {
            Set<String> kinds = new LinkedHashSet<>();
            for (Resource c : EVENT_CLASSES) {
                if (e.hasProperty(RDF.type, c)) {
                    kinds.add(c.getLocalName());
                }
            }
            Set<String> people = new LinkedHashSet<>();
            Set<String> orgs = new LinkedHashSet<>();
            for (Property p : List.of(SDKG.participant, SDKG.coChair, SDKG.organiser, SDKG.researcher)) {
                for (String iri : objects(e, p)) {
                    Resource o = m.createResource(iri);
                    if (o.hasProperty(RDF.type, SDKG.Person)) {
                        people.add(iri);
                    } else {
                        orgs.add(iri);
                    }
                }
            }
            Set<String> launched = objects(e, SDKG.launched);
            Set<String> institutions = objects(e, SDKG.institution);
            orgs.addAll(launched);
            orgs.addAll(institutions);
            Resource place = e.getPropertyResourceValue(SDKG.place);
            out.add(new EventNode(key(e), label(e), kinds, literal(e, SDKG.date), literal(e, SDKG.endDate), people,
                    orgs, place == null ? null : key(place), launched, institutions));
        }
        return out;
    }

    private static List<AgreementNode> agreements(Model m) {
        Map<String, Resource> found = new LinkedHashMap<>();
        for (Resource c : AGREEMENT_CLASSES) {
            m.listResourcesWithProperty(RDF.type, c).forEachRemaining(r -> found.putIfAbsent(key(r), r));
        }
        List<AgreementNode> out = new ArrayList<>();
        for (Resource a : found.values()) {
            String kind = AGREEMENT_CLASSES.stream().filter(c -> a.hasProperty(RDF.type, c)).findFirst()
                    .map(Resource::getLocalName).orElse("Agreement");
            out.add(new AgreementNode(key(a), label(a), kind, objects(a, SDKG.party), objects(a, SDKG.signatory)));
        }
        return out;
    }

    private static List<PostNode> posts(Model m) {
        Set<Resource> posts = new LinkedHashSet<>();
        m.listResourcesWithProperty(RDF.type, SDKG.Post).forEachRemaining(posts::add);
        m.listObjectsOfProperty(SDKG.hasPost).forEachRemaining(o -> {
            if (o.isResource()) {
                posts.add(o.asResource());
            }
        });
        List<PostNode> out = new ArrayList<>();
        for (Resource p : posts) {
            Set<String> holders = objects(p, SDKG.holder);
            m.listSubjectsWithProperty(SDKG.hasPost, p).forEachRemaining(s -> holders.add(key(s)));
            String role = literal(p, SDKG.roleName);
            Resource roleNode = p.getPropertyResourceValue(SDKG.role);
            if (role == null && roleNode != null) {
                role = literal(roleNode, RDFS.label);
            }
            Resource org = p.getPropertyResourceValue(SDKG.postIn);
            for (String h : holders) {
                out.add(new PostNode(h, role, org == null ? null : key(org)));
            }
        }
        return out;
    }

    private static Set<String> objects(Resource r, Property p) {
        Set<String> out = new LinkedHashSet<>();
        r.listProperties(p).forEachRemaining(s -> {
            if (s.getObject().isResource()) {
                out.add(key(s.getObject().asResource()));
            }
        });
        return out;
    }

    private static String key(Resource r) {
        return r.isURIResource() ? r.getURI() : "_:" + r.getId().getLabelString();
    }

    private static String label(Resource r) {
        String l = literal(r, RDFS.label);
        return l != null ? l : key(r);
    }

    private static String literal(Resource r, Property p) {
        Statement s = r.getProperty(p);
        if (s == null) {
            return null;
        }
        RDFNode o = s.getObject();
        return o.isLiteral() ? o.asLiteral().getLexicalForm() : null;
    }
}
