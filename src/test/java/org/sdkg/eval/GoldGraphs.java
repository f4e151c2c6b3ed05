package org.sdkg.eval;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.sdkg.ontology.Iris;
import org.sdkg.ontology.SDKG;

/** Writes a gold annotation as a review graph following the graph model, as a perfect extraction would. */
final class GoldGraphs {
    private GoldGraphs() {}

    static Model toModel(Gold g) {
        Model m = ModelFactory.createDefaultModel();
        for (Gold.Person p : g.people()) {
            Resource r = person(m, p.name());
            for (Gold.Post post : p.posts()) {
                Resource pr = m.createResource(Iris.post(p.name(), post.role(),
                        post.organisation() != null ? post.organisation() : String.valueOf(post.country())));
                pr.addProperty(RDF.type, SDKG.Post).addProperty(SDKG.holder, r).addProperty(SDKG.roleName, post.role());
                if (post.organisation() != null) {
                    pr.addProperty(SDKG.postIn, org(m, g, post.organisation()));
                }
                r.addProperty(SDKG.hasPost, pr);
            }
        }
        g.organisations().forEach(o -> org(m, g, o.name()));
        g.countries().forEach(c -> country(m, c));
        g.places().forEach(p -> m.createResource(Iris.place(p.name())).addProperty(RDF.type, SDKG.City)
                .addProperty(RDFS.label, p.name()));
        int n = 0;
        java.util.Map<Gold.Event, Resource> eventNodes = new java.util.HashMap<>();
        for (Gold.Event e : g.events()) {
            Resource r = m.createResource(Iris.event(e.kind(), String.valueOf(e.date()), "e" + n++))
                    .addProperty(RDF.type, m.createResource(SDKG.NS + e.kind()));
            eventNodes.put(e, r);
            e.participants().forEach(p -> r.addProperty(SDKG.participant, person(m, p)));
            e.coChairs().forEach(p -> r.addProperty(SDKG.coChair, person(m, p)));
            e.organisations().forEach(o -> r.addProperty(SDKG.organiser, org(m, g, o)));
            date(m, r, SDKG.date.getLocalName(), e.date());
            date(m, r, SDKG.endDate.getLocalName(), e.endDate());
            if (e.place() != null) {
                r.addProperty(SDKG.place, m.createResource(Iris.place(e.place())));
            }
        }
        for (Gold.Agreement a : g.agreements()) {
            Resource r = m.createResource(Iris.agreement(a.kind(), String.valueOf(a.date()), "a" + n++))
                    .addProperty(RDF.type, m.createResource(SDKG.NS + a.kind()))
                    .addProperty(RDF.type, SDKG.Agreement)
                    .addProperty(RDFS.label, a.name() == null ? a.kind() : a.name());
            for (String party : a.parties()) {
                Resource pr = g.countries().contains(party) ? country(m, party)
                        : g.person(party).isPresent() ? person(m, party) : org(m, g, party);
                r.addProperty(SDKG.party, pr);
            }
            a.signatories().forEach(s -> r.addProperty(SDKG.signatory, person(m, s)));
        }
        for (Gold.Launch l : g.launches()) {
            // the launch event of the gold events when there is one: a launch is one event with sdkg:launched
            Resource event = g.events().stream()
                    .filter(e -> e.kind().equals("Launch") && java.util.Objects.equals(e.date(), l.date())
                            && java.util.Objects.equals(e.place(), l.place()))
                    .map(eventNodes::get).findFirst().orElse(null);
            if (event == null) {
                event = m.createResource(Iris.event("Launch", String.valueOf(l.date()), "l" + n++))
                        .addProperty(RDF.type, SDKG.Launch);
                date(m, event, "date", l.date());
            }
            event.addProperty(SDKG.launched, org(m, g, l.organisation()));
        }
        for (Gold.Research x : g.research()) {
            Resource r = m.createResource(Iris.event("ResearchResult", "undated", "r" + n++))
                    .addProperty(RDF.type, SDKG.ResearchResult);
            x.institutions().forEach(i -> r.addProperty(SDKG.institution, org(m, g, i)));
            x.researchers().forEach(p -> r.addProperty(SDKG.researcher, person(m, p)));
        }
        return m;
    }

    private static Resource person(Model m, String name) {
        return m.createResource(Iris.person(name)).addProperty(RDF.type, SDKG.Person).addProperty(RDFS.label, name);
    }

    private static Resource country(Model m, String name) {
        return m.createResource(Iris.country(name)).addProperty(RDF.type, SDKG.Country).addProperty(RDFS.label, name);
    }

    private static Resource org(Model m, Gold g, String name) {
        Resource r = m.createResource(Iris.organisation(name));
        if (!r.hasProperty(RDFS.label)) {
            Gold.Organisation o = g.organisation(name).orElseThrow();
            r.addProperty(RDF.type, m.createResource(SDKG.NS + o.type())).addProperty(RDFS.label, name);
            o.aliases().forEach(a -> r.addProperty(SKOS.altLabel, a));
        }
        return r;
    }

    private static void date(Model m, Resource r, String property, String iso) {
        if (iso == null) {
            return;
        }
        XSDDatatype type = switch (iso.length()) {
            case 4 -> XSDDatatype.XSDgYear;
            case 7 -> XSDDatatype.XSDgYearMonth;
            default -> XSDDatatype.XSDdate;
        };
        Literal lit = m.createTypedLiteral(iso, type);
        r.addLiteral(m.createProperty(SDKG.NS + property), lit);
    }
}
