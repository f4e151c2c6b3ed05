package org.sdkg.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/** Scores the graph extracted from one review against its gold annotation, category by category. */
final class ReviewScorer {
    private final EntityIndex idx;
    private final Gold gold;
    private final ExtractedGraph g;
    /** Gold canonical name → extracted IRIs matched to it, for duplicate detection. */
    final Map<String, Set<String>> personIris = new LinkedHashMap<>();
    final Map<String, Set<String>> organisationIris = new LinkedHashMap<>();

    ReviewScorer(Gold gold, ExtractedGraph graph) {
        this.gold = gold;
        this.g = graph;
        this.idx = new EntityIndex(gold, graph);
    }

    Map<String, Score> score() {
        Map<String, Score> out = new LinkedHashMap<>();
        out.put(EvalReport.PEOPLE, people());
        out.put(EvalReport.ORGANISATIONS, organisations());
        out.put(EvalReport.COUNTRIES, countries());
        out.put(EvalReport.PLACES, places());
        out.put(EvalReport.EVENTS, events());
        out.put(EvalReport.PAIRS, pairs());
        out.put(EvalReport.POSTS, posts());
        out.put(EvalReport.AGREEMENTS, agreements(true));
        out.put(EvalReport.AGREEMENTS_RELAXED, agreements(false));
        out.put(EvalReport.LAUNCHES, launches());
        out.put(EvalReport.RESEARCH, research());
        return out;
    }

    private Score people() {
        Score s = new Score();
        Set<String> found = new HashSet<>();
        for (ExtractedGraph.Node n : g.people().values()) {
            Gold.Person p = idx.person(n.iri());
            if (p == null) {
                s.falsePositive(n.label());
            } else {
                found.add(p.name());
                personIris.computeIfAbsent(p.name(), k -> new LinkedHashSet<>()).add(n.iri());
            }
        }
        gold.people().stream().filter(p -> !p.optional()).forEach(p -> {
            if (found.contains(p.name())) {
                s.truePositive();
            } else {
                s.falseNegative(p.name());
            }
        });
        return s;
    }

    private Score organisations() {
        Score s = new Score();
        Set<String> found = new HashSet<>();
        for (ExtractedGraph.Node n : g.organisations().values()) {
            Gold.Organisation o = idx.organisation(n.iri());
            if (o == null) {
                s.falsePositive(n.label());
            } else {
                found.add(o.name());
                organisationIris.computeIfAbsent(o.name(), k -> new LinkedHashSet<>()).add(n.iri());
            }
        }
        gold.organisations().stream().filter(o -> !o.optional()).forEach(o -> {
            if (found.contains(o.name())) {
                s.truePositive();
            } else {
                s.falseNegative(o.name());
            }
        });
        return s;
    }

    private Score countries() {
        Score s = new Score();
        Set<String> found = new HashSet<>();
        for (ExtractedGraph.Node n : g.countries().values()) {
            String c = idx.country(n.iri());
            if (c == null) {
                s.falsePositive(n.label());
            } else {
                found.add(c);
            }
        }
        gold.countries().forEach(c -> {
            if (found.contains(c)) {
                s.truePositive();
            } else {
                s.falseNegative(c);
            }
        });
        return s;
    }

    private Score places() {
        Score s = new Score();
        Set<String> found = new HashSet<>();
        for (ExtractedGraph.Node n : g.places().values()) {
            Gold.Place p = idx.place(n.iri());
            if (p == null) {
                s.falsePositive(n.label());
            } else {
                found.add(p.name());
            }
        }
        gold.places().stream().filter(p -> !p.optional()).forEach(p -> {
            if (found.contains(p.name())) {
                s.truePositive();
            } else {
                s.falseNegative(p.name());
            }
        });
        return s;
    }

    private Score events() {
        List<ExtractedGraph.EventNode> extracted = g.events().stream().filter(e -> !e.isResearch()).toList();
        // a recalled founding ("launched in 2014") may be extracted as a launch event: optional
        List<Gold.Event> events = new ArrayList<>(gold.events());
        for (Gold.Launch l : gold.launches()) {
            if (l.historical()) {
                List<String> orgs = new ArrayList<>(l.founders());
                orgs.add(l.organisation());
                events.add(new Gold.Event("Launch", null, List.of(), List.of(), orgs, l.date(), null, l.place(),
                        false, true, l.evidence()));
            }
        }
        return Matching.oneToOne(events, extracted, Gold.Event::historical, this::eventScore,
                ge -> ge.kind() + " " + ge.date() + " " + ge.people() + " \"" + ge.evidence() + "\"",
                ee -> ee.kinds() + " " + ee.date() + " " + ee.label());
    }

    /** How well an extracted event fits a gold event; 0 when it does not. */
    double eventScore(Gold.Event ge, ExtractedGraph.EventNode ee) {
        if (!Dates.compatible(ge.date(), ge.endDate(), ee.date(), ee.endDate())) {
            return 0;
        }
        Set<String> people = mapped(ee.people(), iri -> name(idx.person(iri)));
        people.retainAll(ge.people());
        Set<String> orgs = mapped(ee.organisations(), iri -> orgName(idx.organisation(iri)));
        orgs.retainAll(ge.organisations());
        boolean samePlace = ge.place() != null && ee.place() != null && idx.place(ee.place()) != null
                && idx.place(ee.place()).name().equals(ge.place());
        // without people the place anchors a gold event; an organisation does when there is no place, or
        // when the gold event is optional (historical)
        boolean anchored = !ge.people().isEmpty() ? !people.isEmpty()
                : samePlace || (ge.place() == null || ge.historical()) && !orgs.isEmpty();
        if (!anchored) {
            return 0;
        }
        return 10 * people.size() + (samePlace ? 3 : 0) + (ee.kinds().contains(ge.kind()) ? 2 : 0) + orgs.size()
                + (Objects.equals(ge.date(), ee.date()) ? 1 : 0);
    }

    private Score pairs() {
        Set<Pair> goldPairs = new LinkedHashSet<>();
        Set<Pair> optional = new LinkedHashSet<>();
        for (Gold.Event e : gold.events()) {
            (e.historical() ? optional : goldPairs).addAll(Pair.all(e.people()));
        }
        for (Gold.Agreement a : gold.agreements()) {
            (a.historical() ? optional : goldPairs).addAll(Pair.all(a.signatories()));
        }
        Set<Pair> extracted = new LinkedHashSet<>();
        for (ExtractedGraph.EventNode e : g.events()) {
            if (!e.isResearch()) {
                extracted.addAll(Pair.all(mappedList(e.people())));
            }
        }
        for (ExtractedGraph.AgreementNode a : g.agreements()) {
            extracted.addAll(Pair.all(mappedList(a.signatories())));
        }
        Score s = new Score();
        for (Pair p : extracted) {
            if (goldPairs.contains(p)) {
                s.truePositive();
            } else if (!optional.contains(p)) {
                s.falsePositive(p.toString());
            }
        }
        goldPairs.stream().filter(p -> !extracted.contains(p)).forEach(p -> s.falseNegative(p.toString()));
        return s;
    }

    /** Extracted people as gold names where they match, else as "?label". */
    private List<String> mappedList(Set<String> iris) {
        return new ArrayList<>(mapped(iris, iri -> {
            Gold.Person p = idx.person(iri);
            return p != null ? p.name() : "?" + idx.label(iri);
        }));
    }

    private Score posts() {
        Score s = new Score();
        Set<Gold.Post> found = new HashSet<>();
        for (ExtractedGraph.PostNode pn : g.posts()) {
            Gold.Person p = idx.person(pn.holder());
            List<Gold.Post> hits = p == null ? List.of()
                    : p.posts().stream().filter(gp -> postMatches(gp, pn)).toList();
            if (hits.isEmpty()) {
                s.falsePositive(idx.label(pn.holder()) + " / " + pn.roleName() + " / "
                        + (pn.organisation() == null ? "-" : idx.label(pn.organisation())));
            }
            found.addAll(hits);
        }
        for (Gold.Person p : gold.people()) {
            for (Gold.Post gp : p.posts()) {
                if (found.contains(gp)) {
                    s.truePositive();
                } else {
                    s.falseNegative(p.name() + " / " + gp.role() + " / " + gp.organisation());
                }
            }
        }
        return s;
    }

    private boolean postMatches(Gold.Post gp, ExtractedGraph.PostNode pn) {
        if (pn.roleName() == null || gp.roles().map(Names::roleKey).noneMatch(Names.roleKey(pn.roleName())::equals)) {
            return false;
        }
        if (gp.organisation() == null) {
            return true;
        }
        if (pn.organisation() == null) {
            return false;
        }
        Gold.Organisation o = idx.organisation(pn.organisation());
        if (o != null && (o.name().equals(gp.organisation()) || o.name().equals(gp.unit()))) {
            return true;
        }
        return gp.unit() != null && Names.key(gp.unit()).equals(Names.key(idx.label(pn.organisation())));
    }

    private Score agreements(boolean strict) {
        return Matching.oneToOne(gold.agreements(), g.agreements(), Gold.Agreement::historical,
                (ga, ea) -> agreementScore(ga, ea, strict),
                ga -> ga.kind() + " " + ga.parties() + " \"" + ga.evidence() + "\"",
                ea -> ea.kind() + " " + ea.label() + " " + mapped(ea.parties(), idx::label));
    }

    double agreementScore(Gold.Agreement ga, ExtractedGraph.AgreementNode ea, boolean strict) {
        if (!ga.kind().equals(ea.kind())) {
            return 0;
        }
        long goldCovered = ga.parties().stream()
                .filter(gp -> ea.parties().stream().anyMatch(ep -> partyMatches(gp, ep))).count();
        long extractedCovered = ea.parties().stream()
                .filter(ep -> ga.parties().stream().anyMatch(gp -> partyMatches(gp, ep))).count();
        boolean named = ga.name() != null && Names.key(ga.name()).equals(Names.key(ea.label()));
        if (strict) {
            boolean all = !ga.parties().isEmpty() && goldCovered == ga.parties().size()
                    && extractedCovered == ea.parties().size();
            return all || ga.parties().isEmpty() && named ? 1 + goldCovered + (named ? 1 : 0) : 0;
        }
        return goldCovered > 0 || named ? goldCovered + (named ? 1 : 0) : 0;
    }

    /** A party matches by name, or a country matches an organisation or person of that country. */
    private boolean partyMatches(String goldParty, String iri) {
        String name = idx.goldNameOf(iri);
        if (goldParty.equals(name)) {
            return true;
        }
        boolean goldIsCountry = gold.countries().contains(goldParty);
        boolean extractedIsCountry = g.countries().containsKey(iri);
        if (goldIsCountry == extractedIsCountry) {
            return false;
        }
        String goldCountry = idx.goldCountryOf(goldParty);
        String extractedCountry = extractedIsCountry ? idx.countryKeyOf(iri)
                : name == null ? null : Names.countryKey(idx.goldCountryOf(name));
        return goldCountry != null && extractedCountry != null
                && Names.countryKey(goldCountry).equals(extractedCountry);
    }

    private Score launches() {
        List<String[]> extracted = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ExtractedGraph.EventNode e : g.events()) {
            if (e.isLaunch()) {
                e.launched().stream().filter(seen::add).forEach(iri -> extracted.add(new String[] {iri}));
            }
        }
        return Matching.oneToOne(gold.launches(), extracted, Gold.Launch::historical,
                (gl, el) -> launchScore(gl, el[0]), gl -> gl.organisation(), el -> idx.label(el[0]));
    }

    double launchScore(Gold.Launch gl, String iri) {
        Gold.Organisation o = idx.organisation(iri);
        if (o != null) {
            return o.name().equals(gl.organisation()) ? 2 : 0;
        }
        List<String> goldNames = gold.organisation(gl.organisation()).map(x -> x.names().toList())
                .orElse(List.of(gl.organisation()));
        for (String en : g.node(iri).names().isEmpty() ? List.of(idx.label(iri)) : g.node(iri).names()) {
            for (String gn : goldNames) {
                if (Matching.similarNames(gn, en)) {
                    return 1;
                }
            }
        }
        return 0;
    }

    private Score research() {
        List<ExtractedGraph.EventNode> extracted = g.events().stream().filter(ExtractedGraph.EventNode::isResearch).toList();
        return Matching.oneToOne(gold.research(), extracted, r -> false, (gr, er) -> {
            Set<String> inst = mapped(er.institutions(), iri -> orgName(idx.organisation(iri)));
            inst.retainAll(gr.institutions());
            return inst.size();
        }, gr -> gr.institutions() + " " + gr.field(), er -> er.label() + " " + mapped(er.institutions(), idx::label));
    }

    private static String name(Gold.Person p) { return p == null ? null : p.name(); }

    private static String orgName(Gold.Organisation o) { return o == null ? null : o.name(); }

    private static Set<String> mapped(Set<String> iris, Function<String, String> f) {
        Set<String> out = new LinkedHashSet<>();
        for (String iri : iris) {
            String v = f.apply(iri);
            if (v != null) {
                out.add(v);
            }
        }
        return out;
    }
}
