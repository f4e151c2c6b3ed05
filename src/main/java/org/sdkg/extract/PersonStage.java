package org.sdkg.extract;

import edu.stanford.nlp.ling.CoreLabel;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * People: CoreNLP PERSON spans and the spans of the {@code @stage person} rule files, without honorifics
 * and roles. A one-word name is the surname of a full name when exactly one person of the review (mentioned so
 * far, else anywhere) has that surname ("Prof. Chen" is Chen Zhongwei; {@link Names#surname}); when two people
 * share it, it is no one. Otherwise it is kept only after a title ("President Kushvazoda"). Known names are then
 * tagged wherever else they are written in the review, and surnames written alone as their one person
 * (rule {@value #SURNAME}).
 */
public final class PersonStage implements Stage {
    private final List<RuleFile> rules;

    public PersonStage(RuleBook book) { this.rules = book.forStage("person"); }

    @Override public String name() { return "people"; }
    @Override public Set<String> requires() { return Set.of(Doc.MENTIONS); }
    @Override public Set<String> provides() { return Set.of(Doc.PEOPLE); }

    private record Candidate(int s, int b, int e, String rule) {}

    @Override
    public void apply(Doc doc) {
        firstNamesNotPlaces(doc);
        List<Candidate> found = new ArrayList<>();
        for (int s = 0; s < doc.sentences.size(); s++) {
            if (doc.start(s) < doc.review.bodyStart()) continue;
            String[] ner = doc.coreNer.get(s);
            for (int k = 0; k < ner.length; k++) {
                if (!ner[k].equals("PERSON")) continue;
                int e = k;
                while (e < ner.length && ner[e].equals("PERSON")) e++;
                while (e < ner.length && glued(doc.tokens.get(s), e)) e++;
                while (e + 1 < ner.length && doc.tokens.get(s).get(e).word().matches("['’]") && glued(doc.tokens.get(s), e)
                        && glued(doc.tokens.get(s), e + 1) && doc.tokens.get(s).get(e + 1).word().matches("\\p{Ll}{1,3}")
                        && !doc.tokens.get(s).get(e + 1).word().equals("s")) e += 2;
                int b = k;
                while (b < e && (doc.mentionAt[s][b] != null && doc.mentionAt[s][b].type() != Mention.Type.PERSON
                        && (doc.mentionAt[s][b].type() == Mention.Type.HONORIFIC || doc.mentionAt[s][b].type() == Mention.Type.ROLE)
                        || Names.isHonorific(doc.tokens.get(s).get(b).word()))) b++;
                if (b < e) b = widened(doc.tokens.get(s), b, e);
                if (b < e && !doc.covered(s, b, e)) found.add(new Candidate(s, b, e, MentionStage.CORENLP));
                k = e - 1;
            }
            for (Candidate c : found) if (c.s() == s) tag(doc, c);
            for (RuleFile rf : rules) {
                for (RuleMatcher.Hit h : RuleMatcher.match(rf, s, doc.tokens.get(s))) {
                    int[] g = h.group("person");
                    if (g != null && !doc.covered(s, g[0], g[1])) {
                        Candidate c = new Candidate(s, widened(doc.tokens.get(s), g[0], g[1]), g[1], rf.name());
                        found.add(c);
                        tag(doc, c);
                    }
                }
            }
        }
        // full names first, then one-word names, then every other writing of a known name
        java.util.Set<String> full = new java.util.LinkedHashSet<>();
        for (Candidate c : found) {
            String name = Names.clean(doc.span(c.s(), c.b(), c.e()));
            if (name.contains(" ")) full.add(name);
        }
        for (Candidate c : found) {
            String name = Names.clean(doc.span(c.s(), c.b(), c.e()));
            if (name.contains(" ")) register(doc, c, Names.longerForm(name, full));
        }
        for (Candidate c : found) {
            String name = Names.clean(doc.span(c.s(), c.b(), c.e()));
            if (name.isEmpty() || name.contains(" ")) continue;
            List<String> owners = withSurname(doc, name, c.s());
            if (owners.size() == 1) register(doc, c, owners.get(0));
            else if (owners.size() > 1) untag(doc, c);
            else if (c.b() > 0 && doc.mentionAt[c.s()][c.b() - 1] != null
                    && (doc.mentionAt[c.s()][c.b() - 1].type() == Mention.Type.ROLE
                    || doc.mentionAt[c.s()][c.b() - 1].type() == Mention.Type.HONORIFIC
                    || Names.isHonorific(doc.tokens.get(c.s()).get(c.b() - 1).word()))) register(doc, c, name);
            else untag(doc, c);
        }
        for (Candidate c : found) {
            if (doc.mentionAt[c.s()][c.b()] == null || doc.mentionAt[c.s()][c.b()].type() != Mention.Type.PERSON) continue;
            if (Names.clean(doc.span(c.s(), c.b(), c.e())).isEmpty()) untag(doc, c);
        }
        propagate(doc);
        surnames(doc);
    }

    /**
     * A place name right after an honorific and before a capitalised name is a first name, not a place
     * ("Prof. Milan Jovanović"): its place mention is dropped, and the place too when it is named nowhere else.
     */
    static void firstNamesNotPlaces(Doc doc) {
        for (Mention m : List.copyOf(doc.mentions)) {
            if (m.type() != Mention.Type.CITY && m.type() != Mention.Type.PROVINCE && m.type() != Mention.Type.COUNTRY) continue;
            List<CoreLabel> toks = doc.tokens.get(m.sentence());
            if (m.begin() == 0 || m.end() >= toks.size() || m.end() - m.begin() != 1) continue;
            Mention before = doc.mentionAt[m.sentence()][m.begin() - 1];
            boolean title = before != null && before.type() == Mention.Type.HONORIFIC || Names.isHonorific(toks.get(m.begin() - 1).word());
            CoreLabel next = toks.get(m.end());
            if (!title || doc.mentionAt[m.sentence()][m.end()] != null || !"NNP".equals(next.tag())
                    || !Character.isUpperCase(next.word().codePointAt(0))) continue;
            doc.mentions.remove(m);
            doc.mentionAt[m.sentence()][m.begin()] = null;
            toks.get(m.begin()).setNER("O");
            if (doc.mentions.stream().noneMatch(o -> o.type() == m.type() && o.key().equals(m.key()))) {
                if (m.type() == Mention.Type.COUNTRY) doc.countries.remove(m.key());
                else doc.places.remove(m.key());
            }
        }
    }

    /**
     * The first token of a name whose family name, written first, was read as another word ("He" of "Secretary-
     * General He Lanfang", "Do" of "Minister, Do Quang Hieu"): a capitalised family name right before a name of
     * one or two words, not at the start of the sentence, belongs to it.
     */
    static int widened(List<CoreLabel> toks, int b, int e) {
        if (b < 2 || e - b > 2) return b;
        CoreLabel t = toks.get(b - 1);
        String w = t.word();
        if (!Names.SURNAME_FIRST.contains(w) || !Character.isUpperCase(w.codePointAt(0))) return b;
        String before = toks.get(b - 2).word();
        if (before.matches("[.!?:;\"“(]")) return b;
        return "PERSON".equals(t.ner()) || "O".equals(t.ner()) ? b - 1 : b;
    }

    /** A token written right against the one before, like the "’e" of "Al-Debi’e" (not a possessive). */
    static boolean glued(List<CoreLabel> toks, int k) {
        String w = toks.get(k).word();
        return toks.get(k).beginPosition() == toks.get(k - 1).endPosition() && (w.matches("['’]\\p{L}+") && !w.matches("['’][sS]")
                || w.matches("['’]") || w.matches("\\p{Ll}{1,3}") && toks.get(k - 1).word().matches("['’]"));
    }

    private static void tag(Doc doc, Candidate c) {
        for (int k = c.b(); k < c.e(); k++) doc.tokens.get(c.s()).get(k).setNER("PERSON");
    }

    private static void untag(Doc doc, Candidate c) {
        for (int k = c.b(); k < c.e(); k++) {
            if (doc.mentionAt[c.s()][k] == null) doc.tokens.get(c.s()).get(k).setNER("O");
        }
    }

    private static void register(Doc doc, Candidate c, String name) {
        if (!Names.isPersonName(name) || doc.covered(c.s(), c.b(), c.e())) { untag(doc, c); return; }
        doc.addMention(new Mention(Mention.Type.PERSON, c.s(), c.b(), c.e(), doc.span(c.s(), c.b(), c.e()), name, c.rule()));
        doc.people.putIfAbsent(name, new Facts.Person(name, c.s(), c.rule()));
    }

    /**
     * The people whose surname is {@code word}: those mentioned up to sentence {@code sentence}, or when there
     * are none, those of the whole review. One person is a resolution; two or more mean the surname is ambiguous
     * and stands for no one.
     */
    static List<String> withSurname(Doc doc, String word, int sentence) {
        List<String> before = new ArrayList<>();
        List<String> all = new ArrayList<>();
        for (Facts.Person p : doc.people.values()) {
            if (!word.equals(Names.surname(p.name))) continue;
            all.add(p.name);
            if (p.sentence <= sentence) before.add(p.name);
        }
        if (all.isEmpty()) {
            // a first name written alone ("Abebe" for Abebe Tadesse Worku), never a given name written after the surname
            for (Facts.Person p : doc.people.values()) {
                String[] w = p.name.split(" ");
                if (w.length > 1 && w[0].equals(word) && !word.equals(Names.surname(p.name))) all.add(p.name);
            }
            return all;
        }
        return before.isEmpty() ? all : before;
    }

    /** The rule name of a person written by surname only. */
    public static final String SURNAME = "surname-variant";

    /**
     * Tags a surname written alone ("Wang and Jovanović then signed", "Ma also visited", "Prof. Chen") as the one
     * person of the review with that surname; an ambiguous surname is left alone.
     */
    private static void surnames(Doc doc) {
        for (int s = 0; s < doc.sentences.size(); s++) {
            if (doc.start(s) < doc.review.bodyStart()) continue;
            List<CoreLabel> toks = doc.tokens.get(s);
            for (int k = 0; k < toks.size(); k++) {
                String w = toks.get(k).word();
                if (doc.mentionAt[s][k] != null || !standsAlone(toks, k) || Names.isNotName(w) || !Names.isPersonName(w)) continue;
                List<String> owners = withSurname(doc, w, s);
                if (owners.size() != 1) continue;
                doc.addMention(new Mention(Mention.Type.PERSON, s, k, k + 1, w, owners.get(0), SURNAME));
            }
        }
    }

    /** A capitalised proper noun that is not part of a longer name: no capitalised proper noun right before or after. */
    private static boolean standsAlone(List<CoreLabel> toks, int k) {
        CoreLabel t = toks.get(k);
        if (!"NNP".equals(t.tag()) || !Character.isUpperCase(t.word().codePointAt(0))) return false;
        if (k > 0 && properNoun(toks.get(k - 1)) && !Names.isHonorific(toks.get(k - 1).word())
                && !"ROLE".equals(toks.get(k - 1).ner()) && !"HONORIFIC".equals(toks.get(k - 1).ner())) return false;
        return k + 1 >= toks.size() || !properNoun(toks.get(k + 1)) || toks.get(k + 1).word().matches("['’]s?");
    }

    private static boolean properNoun(CoreLabel t) {
        return t.tag() != null && t.tag().startsWith("NNP") && Character.isUpperCase(t.word().codePointAt(0));
    }

    /** Tags the other writings of known full names ("Dai Gang" in "In his remarks, Dai Gang called ..."). */
    private static void propagate(Doc doc) {
        for (int s = 0; s < doc.sentences.size(); s++) {
            List<CoreLabel> toks = doc.tokens.get(s);
            for (Facts.Person p : List.copyOf(doc.people.values())) {
                String[] parts = p.name.split(" ");
                if (parts.length < 2) continue;
                for (int k = 0; k + parts.length <= toks.size(); k++) {
                    boolean eq = true;
                    for (int m = 0; m < parts.length && eq; m++) eq = toks.get(k + m).word().equals(parts[m]);
                    if (eq && !doc.covered(s, k, k + parts.length)) {
                        doc.addMention(new Mention(Mention.Type.PERSON, s, k, k + parts.length, p.name, p.name, p.rule));
                    }
                }
            }
        }
    }
}
