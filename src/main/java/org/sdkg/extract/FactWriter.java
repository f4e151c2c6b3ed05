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

    /** Whether an event names anyone or anything taking part; an event that does not is not written. */
    static boolean hasActors(Facts.Event e) {
        return !e.everyone().isEmpty() || !e.organisers.isEmpty() || e.launched != null;
    }

    static Resource event(GraphStage.Ctx c, Facts.Event e) {
        List<String> people = new ArrayList<>(e.everyone());
        String label = e.launched != null ? "Launch of " + e.launched
                : e.title != null ? e.title
                : splitCamel(e.kind) + (people.isEmpty() ? e.organisers.isEmpty() ? "" : " organised by " + names(new ArrayList<>(e.organisers))
                : " of " + names(people));
        Resource r = c.g.node(EventMerge.iri(e, c.doc.start(e.sentence)), c.g.model().createResource(SDKG.NS + e.kind), label);
        c.g.provenance(r, c.sentence(e.sentence), e.rule);
        e.alsoIn.forEach((s, rule) -> c.g.provenance(r, c.sentence(s), rule));
        for (String p : e.coChairs) c.link(r, SDKG.coChair, c.person(p), e.sentenceOf(p), e.ruleOf(p));
        for (String p : e.participants) c.link(r, SDKG.participant, c.person(p), e.sentenceOf(p), e.ruleOf(p));
        for (String o : e.organisers) {
            c.link(r, SDKG.organiser, c.org(o, e.sentenceOf(o), e.ruleOf(o)), e.sentenceOf(o), e.ruleOf(o));
        }
        if (e.when != null && e.when.begin() != null) {
            c.link(r, SDKG.date, c.g.date(e.when.begin()), e.sentence, e.rule);
            if (e.when.end() != null && !e.when.end().equals(e.when.begin())) r.addProperty(SDKG.endDate, c.g.date(e.when.end()));
        }
        if (e.place != null) c.link(r, SDKG.place, c.place(e.place), e.sentence, e.rule);
        r.addLiteral(SDKG.virtual, e.virtual);
        r.addProperty(SDKG.interactionType, interaction(e.interaction));
        if (e.launched != null) c.link(r, SDKG.launched, c.org(e.launched, e.sentence, e.rule), e.sentence, e.rule);
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
            int s = a.sentence;
            c.g.provenance(r, c.sentence(s), a.rule);
            for (String o : a.partyOrgs) c.link(r, SDKG.party, c.org(o, s, a.rule), s, a.rule);
            for (String o : a.partyCountries) c.link(r, SDKG.party, c.country(o), s, a.rule);
            for (String p : a.signatories) c.link(r, SDKG.signatory, c.person(p), s, a.rule);
            if (a.when != null && a.when.begin() != null) {
                c.link(r, SDKG.date, c.g.date(a.when.begin()), s, a.rule);
                if (a.when.end() != null && !a.when.end().equals(a.when.begin())) r.addProperty(SDKG.endDate, c.g.date(a.when.end()));
            }
            if (a.place != null) c.link(r, SDKG.place, c.place(a.place), s, a.rule);
            if (a.topic != null) r.addProperty(SDKG.topic, a.topic);
            Resource at = a.signedAt == null ? null : c.event(a.signedAt);
            if (at != null) r.addProperty(SDKG.signedAt, at);
        }
        for (Facts.Launch l : doc.launches) {
            int s = l.sentence;
            Resource org = c.org(l.organisation, s, l.rule);
            for (String f : l.founders) if (!f.equals(l.organisation)) c.link(org, SDKG.foundedBy, c.org(f, s, l.rule), s, l.rule);
            if (l.host != null && !l.host.equals(l.organisation)) c.link(org, SDKG.hostedBy, c.org(l.host, s, l.rule), s, l.rule);
            for (String p : l.partnerCountries) c.link(org, SDKG.partnerCountry, c.country(p), s, l.rule);
            if (l.purpose != null) org.addProperty(SDKG.purpose, l.purpose);
            if (l.event != null) c.event(l.event);
        }
        for (Facts.Research x : doc.research) {
            String date = x.when == null ? "undated" : x.when.key();
            String key = !x.institutions.isEmpty() ? x.institutions.iterator().next() : "research-" + doc.start(x.sentence);
            Resource r = c.g.node(Iris.event("ResearchResult", date, key), SDKG.ResearchResult,
                    x.title != null ? x.title : "Research result of " + names(new ArrayList<>(x.institutions)));
            int s = x.sentence;
            c.g.provenance(r, c.sentence(s), x.rule);
            for (String o : x.institutions) c.link(r, SDKG.institution, c.org(o, s, x.rule), s, x.rule);
            for (String p : x.researchers) c.link(r, SDKG.researcher, c.person(p), s, x.rule);
            if (x.field != null && !x.field.isBlank()) r.addProperty(SDKG.field, x.field.strip());
            if (x.when != null && x.when.begin() != null) {
                c.link(r, SDKG.date, c.g.date(x.when.begin()), s, x.rule);
                if (x.when.end() != null && !x.when.end().equals(x.when.begin())) r.addProperty(SDKG.endDate, c.g.date(x.when.end()));
            }
        }
    }

    private static String between(Facts.Agreement a) {
        List<String> all = new ArrayList<>(a.partyOrgs);
        all.addAll(a.partyCountries);
        if (all.isEmpty()) all.addAll(a.signatories);
        return all.isEmpty() ? "" : " between " + names(all);
    }
}
