package org.sdkg.extract;

import org.sdkg.extract.gazetteer.Gazetteer;
import org.sdkg.extract.gazetteer.OrgEntry;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Posts: a person holding a role in an organisation or a country, from the {@code @stage post} rule files
 * (groups {@code $person}, {@code $role}, {@code $org}, {@code $org2}, {@code $country}, {@code $field}).
 * "Chinese Minister of Science and Technology Yin Hejun" gives the Minister post in the Chinese ministry
 * of that field.
 */
public final class PostStage implements Stage {
    private final List<RuleFile> rules;
    private final Gazetteer gaz;

    /** The role a verb gives: "who heads the centre" is its Head, "who chairs the board" its Chair. */
    static final java.util.Map<String, String> ROLE_VERBS = java.util.Map.of("heads", "Head", "headed", "Head",
            "leads", "Head", "led", "Head", "chairs", "Chair", "chaired", "Chair", "directs", "Director", "directed", "Director");

    public PostStage(RuleBook book, Gazetteer gaz) {
        this.rules = book.forStage("post");
        this.gaz = gaz;
    }

    @Override public String name() { return "posts"; }
    @Override public Set<String> requires() { return Set.of(Doc.PEOPLE, Doc.DATES); }
    @Override public Set<String> provides() { return Set.of(Doc.POSTS); }

    @Override
    public void apply(Doc doc) {
        for (int s = 0; s < doc.sentences.size(); s++) {
            for (RuleFile rf : rules) {
                for (RuleMatcher.Hit h : RuleMatcher.match(rf, s, doc.tokens.get(s))) {
                    int[] p = h.group("person");
                    int[] r = h.group("role");
                    if (p == null || r == null || doc.mentionAt[s][p[0]] == null) continue;
                    String person = doc.mentionAt[s][p[0]].key();
                    // "X, Secretary General of ..., Y": the role is X's, not Y's
                    if (p[0] > r[0] && r[0] >= 2 && doc.words(s).get(r[0] - 1).equals(",")
                            && "PERSON".equals(doc.tokens.get(s).get(r[0] - 2).ner())) continue;
                    String written = doc.span(s, r[0], r[1]);
                    if (written.matches("(?i)(" + rf.setting("exclude", "-") + ")")) continue;
                    String role = rf.setting("roleName", ROLE_VERBS.getOrDefault(written.toLowerCase(java.util.Locale.ROOT),
                            gaz.role(written).orElse(written)));
                    String country = key(doc, s, h.group("country"));
                    String org = key(doc, s, h.group("org2"));
                    if (org == null) org = key(doc, s, h.group("org"));
                    int[] f = h.group("field");
                    // "X, Coordinator of Scientific Research, and Y, ...": the field ran into the next person of a list
                    if (f != null && p[0] >= f[1] && doc.words(s).get(f[1] - 1).equals("and")) continue;
                    // "Undersecretary of Science at Mexico's Secretariat ...": a portfolio inside the organisation after "at"
                    String at = f != null && f[1] < doc.words(s).size() && doc.words(s).get(f[1]).equals("at") ? orgAfter(doc, s, f[1] + 1) : null;
                    if (at != null) {
                        final String composed = written + " of " + doc.span(s, f[0], f[1]).replaceAll("[,\\s]+$", "");
                        if (doc.posts.stream().noneMatch(x -> x.person().equals(person) && x.roleName().equals(composed) && at.equals(x.organisation())))
                            doc.posts.add(new Facts.Post(person, composed, at, doc.orgs.containsKey(at) ? doc.orgs.get(at).country : country,
                                    s, rf.name(), DateStage.dateFor(doc, s)));
                        continue;
                    }
                    if (country == null && f != null) country = countryAfter(doc, s, f[1]);
                    if (org == null && f != null) org = ministry(doc, s, country, doc.span(s, f[0], f[1]), rf.name());
                    int[] gen = h.group("generic");
                    if (org == null && gen != null) {
                        String noun = doc.span(s, gen[0], gen[1]);
                        org = noun.matches("(?i)its|their") ? lastOrgBefore(doc, s, h.begin()) : nearestOrg(doc, s, noun);
                    }
                    org = ownerOfBoard(doc, s, org, rf.name());
                    if (country == null && org != null && doc.orgs.containsKey(org)) country = doc.orgs.get(org).country;
                    final String o = org;
                    // one post per person, role and organisation in a sentence: the first rule that finds it wins
                    if (doc.posts.stream().anyMatch(x -> x.person().equals(person) && x.sentence() == h.sentence()
                            && x.roleName().equals(role) && (o == null || o.equals(x.organisation()) || x.organisation() == null))) continue;
                    doc.posts.add(new Facts.Post(person, role, org, country, s, rf.name(), DateStage.dateFor(doc, s)));
                }
            }
        }
    }

    /**
     * The organisation meant by a generic noun ("the lab", "the research team"): the latest one of the
     * paragraph whose name has that noun, else the first one of the paragraph.
     */
    static String nearestOrg(Doc doc, int s, String noun) {
        String n = noun.toLowerCase(java.util.Locale.ROOT).replace("lab", "laborator").replace("center", "centre");
        String first = null;
        String named = null;
        for (Mention m : doc.mentions) {
            if (m.type() != Mention.Type.ORGANIZATION || m.sentence() > s || doc.paragraph[m.sentence()] != doc.paragraph[s]) continue;
            if (first == null) first = m.key();
            if (m.key().toLowerCase(java.util.Locale.ROOT).replace("center", "centre").contains(n)) named = m.key();
        }
        if (named != null) return named;
        // "the association's first chairman" may speak of the association launched a few paragraphs earlier
        for (Mention m : doc.mentions) {
            if (m.type() != Mention.Type.ORGANIZATION || m.sentence() > s || doc.section(m.sentence()) != doc.section(s)) continue;
            if (m.key().toLowerCase(java.util.Locale.ROOT).replace("center", "centre").contains(n)) named = m.key();
        }
        return named != null ? named : first;
    }

    /** "X, Vice President of VUSTA, and Y, its Secretary General": the last organisation named before {@code end}. */
    static String lastOrgBefore(Doc doc, int s, int end) {
        String found = null;
        for (int k = 0; k < end; k++) {
            Mention m = doc.mentionAt[s][k];
            if (m != null && m.type() == Mention.Type.ORGANIZATION) found = m.key();
        }
        return found;
    }

    /** The first organisation named within five tokens from {@code from} ("at Mexico's Secretariat of ..."). */
    static String orgAfter(Doc doc, int s, int from) {
        for (int k = from; k < Math.min(doc.words(s).size(), from + 5); k++) {
            Mention m = doc.mentionAt[s][k];
            if (m != null && m.type() == Mention.Type.ORGANIZATION) return m.key();
        }
        return null;
    }

    /** "Minister of Technology and Communications of Laos": the country named by "of" right after the field. */
    static String countryAfter(Doc doc, int s, int end) {
        List<String> w = doc.words(s);
        if (end + 1 >= w.size() || !w.get(end).equals("of")) return null;
        int k = end + 1 < w.size() && w.get(end + 1).equalsIgnoreCase("the") ? end + 2 : end + 1;
        Mention m = k < w.size() ? doc.mentionAt[s][k] : null;
        return m != null && m.type() == Mention.Type.COUNTRY ? m.key() : null;
    }

    /** "the University of Rwanda's Board of Governors": a post on a governing body is a post of the body's owner. */
    static String ownerOfBoard(Doc doc, int s, String org, String rule) {
        if (org == null) return null;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(.+?)\\s*['’]s (Board|Council|Senate|Governing|Executive|"
                + "Supervisory|Advisory)\\b.*").matcher(org);
        if (!m.matches()) return org;
        String owner = m.group(1);
        if (!doc.orgs.containsKey(owner)) {
            Facts.Org o = doc.org(owner, s, rule);
            Facts.Org whole = doc.orgs.get(org);
            if (whole != null && o.type.equals("Organisation")) o.type = whole.type;
        }
        return owner;
    }

    /** The organisation of a group: its last mention ("CNSA Lunar Exploration ... Center" is the centre). */
    private static String key(Doc doc, int s, int[] g) {
        if (g == null || doc.mentionAt[s][g[1] - 1] == null) return null;
        return doc.mentionAt[s][g[1] - 1].key();
    }

    /** The ministry of a field ("Science and Technology") in a country (China when none is said). */
    private String ministry(Doc doc, int s, String country, String field, String rule) {
        field = field.replaceAll("[,\\s]+$", "").replaceAll("\\s+and$", "");
        String c = country == null ? "China" : country;
        String demonym = gaz.country(c).flatMap(e -> e.demonyms().stream().findFirst()).orElse(c);
        for (String candidate : List.of(demonym + " Ministry of " + field, c + " Ministry of " + field,
                "Ministry of " + field + " of " + c)) {
            Optional<OrgEntry> known = gaz.organisation(candidate);
            if (known.isPresent()) {
                Facts.Org org = doc.org(known.get().name(), s, rule);
                org.type = known.get().type();
                if (!known.get().country().isEmpty()) org.country = known.get().country();
                if (!known.get().wikidata().isEmpty()) org.wikidata = known.get().wikidata();
                org.acronyms.addAll(known.get().acronyms());
                org.altLabels.add(demonym + " Ministry of " + field);
                // the names the body goes by ("Nigerian Federal Ministry of ...") when the text only gives the portfolio
                org.altLabels.addAll(known.get().aliases());
                return known.get().name();
            }
        }
        String name = demonym + " Ministry of " + field;
        Optional<OrgEntry> byName = gaz.organisation(name);
        Facts.Org org = doc.org(name, s, rule);
        org.type = "GovernmentBody";
        org.country = c;
        return name;
    }
}
