package org.sdkg.extract;

import edu.stanford.nlp.ling.CoreLabel;
import org.sdkg.extract.gazetteer.CityEntry;
import org.sdkg.extract.gazetteer.CountryEntry;
import org.sdkg.extract.gazetteer.Gazetteer;
import org.sdkg.extract.gazetteer.Match;
import org.sdkg.extract.gazetteer.OrgEntry;
import org.sdkg.extract.gazetteer.ProvinceEntry;
import org.sdkg.extract.gazetteer.TitleEntry;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Names of organisations, countries, places, roles and honorifics: gazetteer entries first, then
 * capitalised organisation phrases ({@link OrgPhrases}), acronyms defined in the review
 * ({@link Acronyms}), CoreNLP ORGANIZATION spans, then the remaining gazetteer matches. CoreNLP's own tags are
 * kept in {@link Doc#coreNer} and every token's {@code ner} becomes the sdkg tag (or O).
 */
public final class MentionStage implements Stage {
    public static final String GAZETTEER = "gazetteer";
    public static final String CORENLP = "corenlp-ner";
    public static final String PHRASE = "organisation-phrase";
    public static final String ACRONYM = "acronym-definition";

    private static final Set<String> FUNCTION_TAGS = Set.of("IN", "DT", "RB", "CC", "PRP", "PRP$", "VBG", "VBD", "VBN", "VBZ", "VBP", "TO", "WDT", "WRB");

    private final Gazetteer gaz;

    private final List<RuleFile> rules;

    public MentionStage(Gazetteer gaz, RuleBook book) {
        this.gaz = gaz;
        this.rules = book.forStage("organisation");
    }

    @Override public String name() { return "mentions"; }
    @Override public Set<String> requires() { return Set.of(Doc.TOKENS); }
    @Override public Set<String> provides() { return Set.of(Doc.MENTIONS); }

    @Override
    public void apply(Doc doc) {
        List<List<Match>> matches = new ArrayList<>();
        for (int s = 0; s < doc.sentences.size(); s++) {
            List<CoreLabel> toks = doc.tokens.get(s);
            String[] ner = new String[toks.size()];
            for (int k = 0; k < toks.size(); k++) {
                ner[k] = toks.get(k).ner() == null ? "O" : toks.get(k).ner();
                toks.get(k).setNER("O");
            }
            doc.coreNer.add(ner);
            if (doc.start(s) < doc.review.bodyStart()) {
                matches.add(List.of());
                continue;
            }
            List<String> sw = doc.words(s);
            List<Match> ms = new ArrayList<>(gaz.findAll(sw));
            final int at = s;
            ms.removeIf(m -> m.kind() == Match.Kind.ORGANISATION && (!plausible(sw, m) || embedded(sw, toks, m, ms)
                    || !acronymInContext(doc, at, sw, m)));
            for (Match m : ms) {
                if (m.kind() == Match.Kind.ORGANISATION) addOrg(doc, s, m.start(), m.end(), (OrgEntry) m.entry(), GAZETTEER);
            }
            matches.add(ms);
            List<String> words = doc.words(s);
            final int sent = s;
            for (OrgPhrases.Span sp : OrgPhrases.find(words, k -> doc.mentionAt[sent][k] != null)) {
                int b = sp.begin();
                int e = sp.end();
                // "Vice-Chancellor of the University of Auckland": the post is not part of the name
                for (Match m : ms) {
                    if ((m.kind() == Match.Kind.ROLE || m.kind() == Match.Kind.HONORIFIC) && m.start() <= b && b < m.end() && m.end() < e) b = m.end();
                }
                while (b < e - 1 && FUNCTION_TAGS.contains(toks.get(b).tag())) b++;
                if (b > sp.begin() && OrgPhrases.generic(words.subList(b, e))) continue;
                if (e - b < 1 || !OrgPhrases.isHead(words.get(b)) && e - b == 1 && !OrgPhrases.acronym(words.get(b))) continue;
                // "University of" + a known organisation is one name: "University of Chinese Academy of Sciences"
                if (e < words.size() - 1 && e - b <= 2 && words.get(e).equals("of") && doc.mentionAt[s][e + 1] != null
                        && doc.mentionAt[s][e + 1].type() == Mention.Type.ORGANIZATION) {
                    Mention inner = doc.mentionAt[s][e + 1];
                    e = inner.end();
                    for (int k = inner.begin(); k < inner.end(); k++) doc.mentionAt[s][k] = null;
                    doc.mentions.remove(inner);
                }
                String phrase = doc.span(s, b, e);
                Optional<OrgEntry> known = gaz.organisation(phrase);
                if (known.isPresent()) addOrg(doc, s, b, e, known.get(), GAZETTEER);
                else if (!possessiveCountry(doc, s, b, e)) addOrg(doc, s, b, e, phrase, PHRASE);
            }
        }
        for (int s = 0; s < doc.sentences.size(); s++) {
            String[] ner = doc.coreNer.get(s);
            for (int k = 0; k < ner.length; k++) {
                if (!ner[k].equals("ORGANIZATION") || doc.mentionAt[s][k] != null) continue;
                if (k > 0 && doc.tokens.get(s).get(k - 1).word().equals("(")) continue;
                int e = k;
                while (e < ner.length && ner[e].equals("ORGANIZATION") && doc.mentionAt[s][e] == null) e++;
                String phrase = doc.span(s, k, e);
                final int from = k;
                final int to = e;
                // "the Commission": a bare kind is the latest organisation of that kind named before, or nothing
                if (e - k == 1 && OrgPhrases.isHead(phrase) && !OrgPhrases.acronym(phrase)) {
                    String earlier = latestWithHead(doc, s, k, phrase);
                    if (earlier != null) doc.addMention(new Mention(Mention.Type.ORGANIZATION, s, k, e, phrase, earlier, CORENLP));
                    k = e - 1;
                    continue;
                }
                boolean titled = matches.get(s).stream().anyMatch(m -> (m.kind() == Match.Kind.ROLE || m.kind() == Match.Kind.HONORIFIC) && m.start() < to && from < m.end());
                if (!titled && gaz.country(phrase).isEmpty() && gaz.demonym(phrase).isEmpty()) {
                    Optional<OrgEntry> known = gaz.organisation(phrase);
                    if (known.isPresent()) addOrg(doc, s, k, e, known.get(), GAZETTEER);
                    else if (corenlpName(doc, s, k, e)) addOrg(doc, s, k, e, phrase, CORENLP);
                }
                k = e - 1;
            }
        }
        Acronyms.define(doc, gaz);
        for (int s = 0; s < doc.sentences.size(); s++) {
            for (Match m : matches.get(s)) {
                if (m.kind() == Match.Kind.ORGANISATION || doc.covered(s, m.start(), m.end())) continue;
                Mention.Type type = switch (m.kind()) {
                    case COUNTRY -> Mention.Type.COUNTRY;
                    case DEMONYM -> Mention.Type.DEMONYM;
                    case CITY -> Mention.Type.CITY;
                    case PROVINCE -> Mention.Type.PROVINCE;
                    case ROLE -> Mention.Type.ROLE;
                    case HONORIFIC -> Mention.Type.HONORIFIC;
                    default -> null;
                };
                if (type == null) continue;
                if (type == Mention.Type.COUNTRY && m.end() < words(doc, s).size() && words(doc, s).get(m.end()).matches("\\\\?\\$")) continue;
                String key = m.entry().name();
                doc.addMention(new Mention(type, s, m.start(), m.end(), doc.span(s, m.start(), m.end()), key, GAZETTEER));
                if (m.entry() instanceof CityEntry c) doc.places.put(c.name(), c.country());
                if (m.entry() instanceof ProvinceEntry p) doc.places.putIfAbsent(p.name(), p.country());
                if (m.entry() instanceof CountryEntry c) doc.countries.add(c.name());
                if (m.entry() instanceof TitleEntry) continue;
            }
        }
        for (int s = 0; s < doc.sentences.size(); s++) {
            if (doc.start(s) < doc.review.bodyStart()) continue;
            for (RuleFile rf : rules) {
                for (RuleMatcher.Hit h : RuleMatcher.match(rf, s, doc.tokens.get(s))) {
                    int[] g = h.group("org");
                    if (g == null || doc.covered(s, g[0], g[1])) continue;
                    String name = doc.span(s, g[0], g[1]);
                    addOrg(doc, s, g[0], g[1], name, rf.name());
                    doc.orgs.get(name).type = OrgTypes.guess(doc.span(s, h.begin(), h.end()).replace(name, ""));
                    tagElsewhere(doc, name, rf.name());
                }
            }
        }
        unify(doc);
    }

    /** Tags the other writings of an organisation name found by a rule. */
    private static void tagElsewhere(Doc doc, String name, String rule) {
        String[] parts = name.split(" ");
        for (int s = 0; s < doc.sentences.size(); s++) {
            List<String> w = doc.words(s);
            for (int k = 0; k + parts.length <= w.size(); k++) {
                if (!w.subList(k, k + parts.length).equals(List.of(parts)) || doc.covered(s, k, k + parts.length)) continue;
                doc.addMention(new Mention(Mention.Type.ORGANIZATION, s, k, k + parts.length, name, name, rule));
            }
        }
    }

    /** The country a review speaks of when a national body is named without one ("the Ministry of Finance"). */
    public static final String HOME_COUNTRY = "China";

    /**
     * Organisations found only as phrases that are short forms of a known one become that one:
     * "Ministry of Science and Technology" (of the home country), "Institute of Automation" when
     * "Institute of Automation of the Chinese Academy of Sciences" is named in the review.
     */
    void unify(Doc doc) {
        java.util.Map<String, String> remap = new java.util.HashMap<>();
        for (Facts.Org o : doc.orgs.values()) {
            if (GAZETTEER.equals(o.rule)) continue;
            String target = null;
            String demonym = gaz.country(HOME_COUNTRY).flatMap(c -> c.demonyms().stream().findFirst()).orElse(HOME_COUNTRY);
            for (String candidate : List.of(demonym + " " + o.name, o.name + " of " + HOME_COUNTRY)) {
                Optional<OrgEntry> e = gaz.organisation(candidate);
                if (e.isPresent()) { target = e.get().name(); break; }
            }
            if (target == null) {
                for (Facts.Org other : doc.orgs.values()) {
                    if (other == o) continue;
                    List<String> names = new ArrayList<>(other.altLabels);
                    names.add(other.name);
                    for (String n : names) {
                        if (n.startsWith(o.name + " of ") || n.startsWith(o.name + ", ") || n.startsWith(o.name + " (")) target = other.name;
                    }
                }
            }
            if (target != null && !target.equals(o.name)) remap.put(o.name, target);
        }
        if (remap.isEmpty()) return;
        for (int i = 0; i < doc.mentions.size(); i++) {
            Mention m = doc.mentions.get(i);
            String to = m.type() == Mention.Type.ORGANIZATION ? remap.get(m.key()) : null;
            if (to == null) continue;
            Mention n = m.withKey(to);
            doc.mentions.set(i, n);
            for (int k = m.begin(); k < m.end(); k++) doc.mentionAt[m.sentence()][k] = n;
        }
        for (var e : remap.entrySet()) {
            Facts.Org from = doc.orgs.remove(e.getKey());
            Optional<OrgEntry> entry = gaz.organisationNamed(e.getValue());
            Facts.Org to = doc.org(e.getValue(), from.sentence, entry.isPresent() ? GAZETTEER : from.rule);
            entry.ifPresent(x -> {
                to.type = x.type();
                if (!x.country().isEmpty()) to.country = x.country();
                if (!x.wikidata().isEmpty()) to.wikidata = x.wikidata();
                to.acronyms.addAll(x.acronyms());
            });
            to.altLabels.add(from.name);
            to.altLabels.addAll(from.altLabels);
            to.acronyms.addAll(from.acronyms);
        }
        doc.acronyms.replaceAll((k, v) -> remap.getOrDefault(v, v));
    }

    private static List<String> words(Doc doc, int s) { return doc.words(s); }

    /**
     * The organisation named last before token {@code k} of sentence {@code s} in its section whose name has the kind
     * {@code head} ("European Commission" for "the Commission"), or null.
     */
    static String latestWithHead(Doc doc, int s, int k, String head) {
        Mention best = null;
        java.util.regex.Pattern kind = java.util.regex.Pattern.compile(".* " + java.util.regex.Pattern.quote(head) + "( (of|for|on)\\b.*)?");
        for (Mention m : doc.mentions) {
            if (m.type() != Mention.Type.ORGANIZATION || doc.section(m.sentence()) != doc.section(s)) continue;
            if (m.sentence() > s || m.sentence() == s && m.begin() >= k) continue;
            if (!kind.matcher(m.key()).matches()) continue;
            if (best == null || m.sentence() > best.sentence() || m.sentence() == best.sentence() && m.begin() > best.begin()) best = m;
        }
        return best == null ? null : best.key();
    }

    /**
     * "Argentina's National University of La Plata", "Poland's Ministry of Science and Higher Education": a
     * possessive country before a name is not part of it. The organisation is the name without it (a ministry,
     * department, agency or office keeps its country as a demonym, "Polish Ministry of ...", the usual name of a
     * foreign government body); the mention keeps its words so that rules see one organisation.
     */
    boolean possessiveCountry(Doc doc, int s, int b, int e) {
        List<String> w = doc.words(s);
        if (b + 2 >= e || !w.get(b + 1).matches("'s?|’s?") || gaz.demonym(w.get(b)).isPresent()) return false;
        Optional<CountryEntry> c = gaz.country(w.get(b));
        if (c.isEmpty()) return false;
        String bare = doc.span(s, b + 2, e);
        String name = bare;
        if (bare.matches("(Federal )?(Ministry|Department|Agency|Office)\\b.*") && !c.get().demonyms().isEmpty()) {
            name = c.get().demonyms().get(0) + " " + bare;
        }
        Optional<OrgEntry> known = gaz.organisation(name).or(() -> gaz.organisation(bare));
        if (known.isPresent() && (known.get().country().isEmpty() || known.get().country().equals(c.get().name()))) {
            addOrg(doc, s, b, e, known.get(), GAZETTEER);
        } else {
            doc.addMention(new Mention(Mention.Type.ORGANIZATION, s, b, e, doc.span(s, b, e), name, PHRASE));
            Facts.Org org = doc.org(name, s, PHRASE);
            if (org.type.equals("Organisation")) org.type = OrgTypes.guess(name);
            org.country = c.get().name();
            org.altLabels.add(doc.span(s, b, e));
        }
        doc.countries.add(c.get().name());
        return true;
    }

    /**
     * Whether a gazetteer organisation found by an acronym alone may be taken: always, unless the acronym is
     * {@linkplain Gazetteer#ambiguousAcronym ambiguous}; then only when the organisation's country or full name is
     * written in the same paragraph.
     */
    boolean acronymInContext(Doc doc, int s, List<String> words, Match m) {
        OrgEntry entry = (OrgEntry) m.entry();
        String surface = String.join(" ", words.subList(m.start(), m.end()));
        if (!entry.acronyms().contains(surface) || !gaz.ambiguousAcronym(surface)) return true;
        StringBuilder para = new StringBuilder();
        for (int i = 0; i < doc.sentences.size(); i++) {
            if (doc.paragraph[i] == doc.paragraph[s]) para.append(' ').append(String.join(" ", doc.words(i)));
        }
        String text = para.toString();
        if (text.contains(entry.name())) return true;
        if (entry.country().isEmpty()) return false;
        Optional<CountryEntry> c = gaz.country(entry.country());
        if (c.isEmpty()) return false;
        List<String> names = new ArrayList<>(c.get().aliases());
        names.add(c.get().name());
        names.addAll(c.get().demonyms());
        return names.stream().anyMatch(n -> text.matches("(?s).*\\b" + java.util.regex.Pattern.quote(n) + "\\b.*"));
    }

    private static boolean hasHead(List<String> words) {
        return words.stream().anyMatch(OrgPhrases::isHead);
    }

    /**
     * Whether a CoreNLP ORGANIZATION span is taken as a name: an acronym, a phrase with an organisation head word
     * or one introducing an acronym in brackets; never a phrase with a verb ("China Launches ...") or one that
     * names a document ("... Action Plan").
     */
    private static boolean corenlpName(Doc doc, int s, int k, int e) {
        List<String> w = doc.words(s).subList(k, e);
        for (int i = k; i < e; i++) if (doc.tokens.get(s).get(i).tag().matches("VB[DZP]?")) return false;
        if (w.stream().anyMatch(x -> x.matches("Plan|Declaration|Budget|Agreement|Initiative|Strategy|Charter"))) return false;
        return String.join(" ", w).matches("[A-Z]{2,}[A-Z0-9]*") || hasHead(w)
                || e + 1 < doc.words(s).size() && doc.words(s).get(e).equals("(");
    }

    /**
     * A gazetteer organisation match that is only part of a longer capitalised name: "Fraunhofer" in "Fraunhofer
     * Institute for Solar Energy Systems", "Joint Research Centre" in "China-Hungary Joint Research Centre for
     * Battery Materials". The longer name is then found as a phrase.
     */
    static boolean embedded(List<String> words, List<CoreLabel> toks, Match m, List<Match> all) {
        int b = m.start();
        int e = m.end();
        boolean titleAt = false;
        for (Match o : all) {
            if (o.kind() != Match.Kind.ORGANISATION && o != m && o.start() == e) titleAt = true;
        }
        if (b > 0 && toks.get(b - 1).tag().startsWith("NNP") && OrgPhrases.capitalised(words.get(b - 1))
                && !words.get(b - 1).equals("The") && !OrgPhrases.acronym(words.get(b - 1))
                && all.stream().noneMatch(o -> o.end() == b)) return true;
        if (e >= words.size() || titleAt) return false;
        String next = words.get(e);
        if (OrgPhrases.isHead(next) && OrgPhrases.capitalised(next)) return true;
        return next.equals("for") && e + 1 < words.size() && OrgPhrases.capitalised(words.get(e + 1))
                && all.stream().noneMatch(o -> o.start() == e + 1);
    }

    /** A gazetteer organisation match that does not run over a comma or end on a function word or adjective. */
    private boolean plausible(List<String> words, Match m) {
        String name = m.entry().name();
        for (int k = m.start(); k < m.end(); k++) {
            if ((words.get(k).equals(",") || words.get(k).equals(";")) && !name.contains(",")) return false;
        }
        String last = words.get(m.end() - 1);
        if (!OrgPhrases.capitalised(last)) return false;
        return m.end() - m.start() == 1 || gaz.demonym(last).isEmpty();
    }

    /**
     * An administrative unit named by its function ("Department of International Cooperation, Ministry of ...",
     * "Directorate General for Research"): not an organisation of its own; its parent is meant.
     */
    static boolean administrative(String name) {
        return name.matches("(Department|Division|Directorate|Bureau|Secretariat|General Office)\\b.*")
                || name.matches("[^,]*\\b(Department|Division|Directorate)\\b(,| of ).*");
    }

    void addOrg(Doc doc, int s, int b, int e, OrgEntry entry, String rule) {
        if (administrative(entry.name()) && entry.parentName().isPresent()) {
            Optional<OrgEntry> parent = gaz.organisationNamed(entry.parentName().get());
            if (parent.isPresent()) entry = parent.get();
        }
        doc.addMention(new Mention(Mention.Type.ORGANIZATION, s, b, e, doc.span(s, b, e), entry.name(), rule));
        Facts.Org org = addOrgFact(doc, s, entry);
        String written = doc.span(s, b, e);
        if (!written.equals(entry.name())) org.altLabels.add(written);
        String demonymForm = demonymForm(entry);
        if (demonymForm != null) org.altLabels.add(demonymForm);
    }

    /**
     * "Ministry of Higher Education and Scientific Research of Egypt" is also called "Egyptian Ministry of Higher
     * Education and Scientific Research", the usual name of a foreign government body; null for other names.
     */
    String demonymForm(OrgEntry entry) {
        String c = entry.country();
        if (c.isEmpty() || c.equals(HOME_COUNTRY) || !entry.name().endsWith(" of " + c)) return null;
        String bare = entry.name().substring(0, entry.name().length() - c.length() - 4);
        if (!bare.matches("(Federal )?(Ministry|Department|Agency|Office)\\b.*")) return null;
        return gaz.country(c).flatMap(x -> x.demonyms().stream().findFirst()).map(d -> d + " " + bare).orElse(null);
    }

    /** The organisation of a gazetteer entry, with its type, country, Wikidata id, parent and acronyms. */
    static Facts.Org addOrgFact(Doc doc, int s, OrgEntry entry) {
        Facts.Org org = doc.org(entry.name(), s, GAZETTEER);
        org.type = entry.type();
        if (!entry.country().isEmpty()) org.country = entry.country();
        if (!entry.wikidata().isEmpty()) org.wikidata = entry.wikidata();
        entry.parentName().ifPresent(p -> org.parent = p);
        org.acronyms.addAll(entry.acronyms());
        return org;
    }

    static void addOrg(Doc doc, int s, int b, int e, String name, String rule) {
        doc.addMention(new Mention(Mention.Type.ORGANIZATION, s, b, e, name, name, rule));
        Facts.Org org = doc.org(name, s, rule);
        if (org.type.equals("Organisation")) org.type = OrgTypes.guess(name);
    }
}
