package org.sdkg.extract;

import org.apache.jena.rdf.model.Resource;
import org.sdkg.extract.gazetteer.CountryEntry;
import org.sdkg.extract.gazetteer.Gazetteer;
import org.sdkg.ontology.Iris;
import org.sdkg.ontology.SDKG;
import org.sdkg.text.Section;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Writes the facts of a review as its RDF graph (see {@code ontology/README.md}). */
public final class GraphStage implements Stage {
    private final Gazetteer gaz;

    public GraphStage(Gazetteer gaz) { this.gaz = gaz; }

    @Override public String name() { return "graph"; }
    @Override public Set<String> requires() { return Set.of(Doc.PEOPLE, Doc.POSTS, Doc.EVENTS); }
    @Override public Set<String> provides() { return Set.of(Doc.GRAPH); }

    @Override
    public void apply(Doc doc) {
        GraphWriter g = new GraphWriter();
        Ctx c = new Ctx(doc, g);
        Resource review = g.node(Iris.review(doc.reviewId()), SDKG.Review, "China Science and Technology Review, "
                + doc.review.issue().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + doc.review.issue().getYear());
        review.addProperty(SDKG.issueDate, g.date(doc.review.issueDate()));
        review.addProperty(SDKG.sourceFile, doc.review.fileName());
        review.addProperty(SDKG.contentHash, sha256(doc.review.raw()));
        for (Section s : doc.review.sections()) {
            g.node(Iris.section(doc.reviewId(), s.index()), SDKG.Section, s.title()).addProperty(SDKG.inReview, review);
        }
        for (Facts.Person p : doc.people.values()) c.person(p.name);
        for (Facts.Org o : doc.orgs.values()) {
            if (doc.mentions.stream().anyMatch(m -> m.type() == Mention.Type.ORGANIZATION && m.key().equals(o.name))
                    || doc.posts.stream().anyMatch(p -> o.name.equals(p.organisation()))) c.org(o.name);
        }
        for (String country : doc.countries) c.country(country);
        for (Mention m : doc.mentions) {
            if ((m.type() == Mention.Type.CITY || m.type() == Mention.Type.PROVINCE) && doc.start(m.sentence()) >= doc.review.bodyStart()) {
                g.provenance(c.place(m.key(), m.type() == Mention.Type.CITY ? SDKG.City : SDKG.Place), c.sentence(m.sentence()), m.rule());
            }
        }
        for (Facts.Post p : doc.posts) c.post(p);
        signingOrganisers(doc);
        c.merged.putAll(EventMerge.merge(doc.events));
        for (Facts.Event e : doc.events) c.event(e);
        FactWriter.write(c, doc);
        doc.model = g.model();
    }

    /** A signing that names no person has the parties of the agreement signed at it as organisers. */
    static void signingOrganisers(Doc doc) {
        for (Facts.Agreement a : doc.agreements) {
            Facts.Event e = a.signedAt;
            if (e == null || !e.everyone().isEmpty() || !e.organisers.isEmpty()) continue;
            for (String o : a.partyOrgs) {
                e.organisers.add(o);
                if (a.sentence != e.sentence) { e.sourceOf.put(o, a.sentence); e.ruleOf.put(o, a.rule); }
            }
        }
    }

    /** Writing context: creates each node once, with its provenance. */
    final class Ctx {
        final Doc doc;
        final GraphWriter g;
        final Map<Integer, Resource> sentences = new HashMap<>();
        final Map<Facts.Event, Resource> events = new java.util.IdentityHashMap<>();
        final Map<Facts.Event, Facts.Event> merged = new java.util.IdentityHashMap<>();
        final Set<String> done = new HashSet<>();

        Ctx(Doc doc, GraphWriter g) { this.doc = doc; this.g = g; }

        Resource sentence(int s) {
            return sentences.computeIfAbsent(s, k -> {
                int b = doc.start(k);
                int e = doc.end(k);
                int ob = doc.review.clean().originalOffset(b);
                int oe = doc.review.clean().originalEnd(e);
                Resource r = g.model().createResource(Iris.sentence(doc.reviewId(), ob, oe));
                r.addProperty(org.apache.jena.vocabulary.RDF.type, SDKG.Sentence);
                r.addProperty(SDKG.text, doc.text.substring(b, e));
                r.addLiteral(SDKG.startOffset, g.model().createTypedLiteral(ob));
                r.addLiteral(SDKG.endOffset, g.model().createTypedLiteral(oe));
                Section sec = doc.section(k);
                if (sec != null) r.addProperty(SDKG.inSection, g.model().createResource(Iris.section(doc.reviewId(), sec.index())));
                r.addProperty(SDKG.inReview, g.model().createResource(Iris.review(doc.reviewId())));
                return r;
            });
        }

        Resource person(String name) {
            Resource r = g.model().createResource(Iris.person(name));
            if (done.add(r.getURI())) {
                g.node(r.getURI(), SDKG.Person, name).addProperty(SDKG.name, name);
                Facts.Person p = doc.people.get(name);
                if (p != null) g.provenance(r, sentence(p.sentence), p.rule);
                for (Mention m : doc.mentions) {
                    if (m.type() == Mention.Type.PERSON && m.key().equals(name) && doc.start(m.sentence()) >= doc.review.bodyStart()) {
                        g.provenance(r, sentence(m.sentence()), m.rule());
                    }
                }
            }
            return r;
        }

        /** Adds a statement with the sentence and rule it comes from (see {@link GraphWriter#statement}). */
        void link(Resource subject, org.apache.jena.rdf.model.Property p, org.apache.jena.rdf.model.RDFNode object, int s, String rule) {
            g.statement(subject, p, object, s >= 0 ? sentence(s) : null, rule);
        }

        Resource org(String name) { return org(name, -1, null); }

        /**
         * The organisation node; one the review does not itself place in a sentence (a parent organisation or
         * a party brought in from the gazetteer) takes the sentence and rule that brought it in.
         */
        Resource org(String name, int viaSentence, String viaRule) {
            Resource r = orgNode(name);
            if (!r.hasProperty(SDKG.sourceSentence) && viaSentence >= 0) g.provenance(r, sentence(viaSentence), viaRule);
            return r;
        }

        private Resource orgNode(String name) {
            Resource r = g.model().createResource(Iris.organisation(name));
            if (!done.add(r.getURI())) return r;
            Facts.Org o = doc.orgs.get(name);
            String type = o == null ? "Organisation" : o.type;
            g.node(r.getURI(), g.model().createResource(SDKG.NS + type), name);
            if (o == null) return r;
            for (String a : o.acronyms) { r.addProperty(SDKG.acronym, a); g.altLabel(r, a); }
            for (String a : o.altLabels) if (!a.equals(name) && !o.acronyms.contains(a)) g.altLabel(r, a);
            if (o.sentence >= 0) g.provenance(r, sentence(o.sentence), o.rule);
            if (o.country != null && !o.country.isEmpty()) link(r, SDKG.country, country(o.country), o.sentence, o.rule);
            g.wikidata(r, o.wikidata);
            if (o.parent != null && !o.parent.isEmpty() && !o.parent.equals(name) && named(o.parent)) {
                link(r, SDKG.subOrganisationOf, org(o.parent, o.sentence, o.rule), o.sentence, o.rule);
            }
            return r;
        }

        /**
         * Whether the review itself names an organisation (by name, acronym or other label): a parent that only
         * the gazetteer knows is not written.
         */
        boolean named(String org) {
            if (doc.text.contains(org)) return true;
            Facts.Org o = doc.orgs.get(org);
            if (o == null) return false;
            for (String a : o.acronyms) if (java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(a) + "\\b").matcher(doc.text).find()) return true;
            for (String a : o.altLabels) if (doc.text.contains(a)) return true;
            return false;
        }

        Resource country(String name) {
            Resource r = g.model().createResource(Iris.country(name));
            if (!done.add(r.getURI())) return r;
            g.node(r.getURI(), SDKG.Country, name);
            CountryEntry e = gaz.country(name).orElse(null);
            if (e != null) {
                if (!e.iso2().isEmpty()) r.addProperty(SDKG.isoCode, e.iso2());
                g.wikidata(r, e.wikidata());
            }
            return r;
        }

        Resource place(String name) { return place(name, SDKG.City); }

        Resource place(String name, Resource type) {
            Resource r = g.model().createResource(Iris.place(name));
            if (!done.add(r.getURI())) return r;
            g.node(r.getURI(), type, name);
            String country = doc.places.get(name);
            if (country != null && !country.isEmpty()) r.addProperty(SDKG.country, country(country));
            return r;
        }

        void post(Facts.Post p) {
            String where = p.organisation() != null ? p.organisation() : p.country() != null ? p.country() : "unknown";
            Resource r = g.model().createResource(Iris.post(p.person(), p.roleName(), where));
            if (!done.add(r.getURI())) return;
            g.node(r.getURI(), SDKG.Post, p.roleName() + (p.organisation() != null ? ", " + p.organisation()
                    : p.country() != null ? ", " + p.country() : "") + " (" + p.person() + ")");
            Resource person = person(p.person());
            link(person, SDKG.hasPost, r, p.sentence(), p.rule());
            r.addProperty(SDKG.holder, person);
            r.addProperty(SDKG.roleName, p.roleName());
            r.addProperty(SDKG.role, g.node(Iris.role(p.roleName()), SDKG.Role, p.roleName()));
            if (p.organisation() != null) link(r, SDKG.postIn, org(p.organisation(), p.sentence(), p.rule()), p.sentence(), p.rule());
            if (p.country() != null) link(r, SDKG.country, country(p.country()), p.sentence(), p.rule());
            g.when(r, p.when());
            if (p.when() != null && p.when().begin() != null) {
                r.removeAll(SDKG.date).removeAll(SDKG.endDate);
                r.addProperty(SDKG.validOn, g.date(p.when().begin()));
            }
            g.provenance(r, sentence(p.sentence()), p.rule());
        }

        /** The node of an event (of the event it was merged into), or null for an event with no one taking part. */
        Resource event(Facts.Event e) {
            Facts.Event m = merged.getOrDefault(e, e);
            if (!FactWriter.hasActors(m)) return null;
            return events.computeIfAbsent(m, k -> FactWriter.event(this, m));
        }
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
