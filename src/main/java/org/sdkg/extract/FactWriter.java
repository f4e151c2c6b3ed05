package org.sdkg.extract;

import org.apache.jena.rdf.model.Resource;
import org.sdkg.ontology.Iris;
import org.sdkg.ontology.SDKG;

import java.util.ArrayList;
import java.util.List;

/** Writes events, agreements, launches and research results. */
final class FactWriter {
    private FactWriter() {}

    static Resource interaction(String name) {
        return switch (name) {
            case "visit" -> SDKG.visit;
            case "hostVisit", "host-visit" -> SDKG.hostVisit;
            case "signAgreement", "sign-agreement" -> SDKG.signAgreement;
            case "cooperate" -> SDKG.cooperate;
            default -> SDKG.consult;
        };
    }

    static String names(List<String> names) {
        if (names.size() <= 1) return String.join("", names);
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    static Resource event(GraphStage.Ctx c, Facts.Event e) {
        List<String> people = new ArrayList<>(e.everyone());
        String key = !people.isEmpty() ? people.get(0) : e.launched != null ? e.launched : e.title != null ? e.title
                : e.rule + "-" + c.doc.start(e.sentence);
        String date = e.when == null ? "undated" : e.when.key();
        String label = e.launched != null ? "Launch of " + e.launched
                : e.title != null ? e.title
                : splitCamel(e.kind) + (people.isEmpty() ? "" : " of " + names(people));
        Resource r = c.g.node(Iris.event(e.kind, date, key), c.g.model().createResource(SDKG.NS + e.kind), label);
        for (String p : e.coChairs) r.addProperty(SDKG.coChair, c.person(p));
        for (String p : e.participants) r.addProperty(SDKG.participant, c.person(p));
        for (String o : e.organisers) r.addProperty(SDKG.organiser, c.org(o));
        c.g.when(r, e.when);
        if (e.place != null) r.addProperty(SDKG.place, c.place(e.place));
        r.addLiteral(SDKG.virtual, e.virtual);
        r.addProperty(SDKG.interactionType, interaction(e.interaction));
        if (e.launched != null) r.addProperty(SDKG.launched, c.org(e.launched));
        c.g.provenance(r, c.sentence(e.sentence), e.rule);
        return r;
    }

    static String splitCamel(String kind) {
        String s = kind.replaceAll("([a-z])([A-Z])", "$1 $2");
        return s.charAt(0) + s.substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    static void write(GraphStage.Ctx c, Doc doc) {
        for (Facts.Agreement a : doc.agreements) {
            String date = a.when == null ? "undated" : a.when.key();
            String key = a.title != null ? a.title : !a.signatories.isEmpty() ? String.join(" ", a.signatories)
                    : String.join(" ", a.partyOrgs) + " " + String.join(" ", a.partyCountries);
            String cls = a.kind;
            String label = a.title != null ? a.title : splitCamel(cls) + between(a);
            Resource r = c.g.node(Iris.agreement(cls, date, key), c.g.model().createResource(SDKG.NS + cls), label);
            for (String o : a.partyOrgs) r.addProperty(SDKG.party, c.org(o));
            for (String o : a.partyCountries) r.addProperty(SDKG.party, c.country(o));
            for (String p : a.signatories) r.addProperty(SDKG.signatory, c.person(p));
            c.g.when(r, a.when);
            if (a.place != null) r.addProperty(SDKG.place, c.place(a.place));
            if (a.topic != null) r.addProperty(SDKG.topic, a.topic);
            if (a.signedAt != null) r.addProperty(SDKG.signedAt, c.event(a.signedAt));
            c.g.provenance(r, c.sentence(a.sentence), a.rule);
        }
        for (Facts.Launch l : doc.launches) {
            Resource org = c.org(l.organisation);
            for (String f : l.founders) if (!f.equals(l.organisation)) org.addProperty(SDKG.foundedBy, c.org(f));
            if (l.host != null && !l.host.equals(l.organisation)) org.addProperty(SDKG.hostedBy, c.org(l.host));
            for (String p : l.partnerCountries) org.addProperty(SDKG.partnerCountry, c.country(p));
            if (l.purpose != null) org.addProperty(SDKG.purpose, l.purpose);
            if (l.event != null) c.event(l.event);
        }
        for (Facts.Research x : doc.research) {
            String date = x.when == null ? "undated" : x.when.key();
            String key = !x.institutions.isEmpty() ? x.institutions.iterator().next() : "research-" + doc.start(x.sentence);
            Resource r = c.g.node(Iris.event("ResearchResult", date, key), SDKG.ResearchResult,
                    x.title != null ? x.title : "Research result of " + names(new ArrayList<>(x.institutions)));
            for (String o : x.institutions) r.addProperty(SDKG.institution, c.org(o));
            for (String p : x.researchers) r.addProperty(SDKG.researcher, c.person(p));
            c.g.when(r, x.when);
            c.g.provenance(r, c.sentence(x.sentence), x.rule);
        }
    }

    private static String between(Facts.Agreement a) {
        List<String> all = new ArrayList<>(a.partyOrgs);
        all.addAll(a.partyCountries);
        if (all.isEmpty()) all.addAll(a.signatories);
        return all.isEmpty() ? "" : " between " + names(all);
    }
}
