package org.sdkg.extract;

import edu.stanford.nlp.ling.CoreLabel;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Pronouns and generic organisation nouns resolved to what they stand for, so that the rules of the later
 * stages see them as the mentions they replace.
 * <ul>
 *   <li>"he", "she", and "his", "her" opening a sentence ("In his remarks, ...") are the person named before
 *   the pronoun in the same sentence, else the subject (first person) of the nearest earlier sentence of the
 *   paragraph, or of the sentence just before; a person's honorific ("Mr", "Ms") must agree with the pronoun.
 *   The pronoun is tagged as that person (rule {@value #PRONOUN}).</li>
 *   <li>"the institute", "the centre", "the laboratory", "the university", "the academy", "the association",
 *   "the organisation" ... are the latest organisation of the section whose name has that head noun, tagged
 *   as it (rule {@value #ORGANISATION}).</li>
 * </ul>
 * Nothing compatible found: the words stay as they are, and no statement rests on them.
 */
public final class CorefStage implements Stage {
    /** The layer this stage provides. */
    public static final String COREF = "coreference";
    /** The rule name of a resolved pronoun. */
    public static final String PRONOUN = "coref-pronoun";
    /** The rule name of a resolved organisation noun. */
    public static final String ORGANISATION = "coref-org";

    /** Generic organisation nouns and the words their organisation's name holds. */
    static final Map<String, Set<String>> HEADS = Map.ofEntries(
            Map.entry("institute", Set.of("institute")), Map.entry("centre", Set.of("centre", "center")),
            Map.entry("center", Set.of("centre", "center")), Map.entry("laboratory", Set.of("laboratory", "lab")),
            Map.entry("lab", Set.of("laboratory", "lab")), Map.entry("university", Set.of("university")),
            Map.entry("academy", Set.of("academy")), Map.entry("association", Set.of("association")),
            Map.entry("organisation", Set.of("organisation", "organization")),
            Map.entry("organization", Set.of("organisation", "organization")),
            Map.entry("foundation", Set.of("foundation")), Map.entry("agency", Set.of("agency")),
            Map.entry("observatory", Set.of("observatory", "observatories")), Map.entry("museum", Set.of("museum")));

    @Override public String name() { return "coreference"; }
    @Override public Set<String> requires() { return Set.of(Doc.PEOPLE, Doc.POSTS, Doc.REFERENCES); }
    @Override public Set<String> provides() { return Set.of(COREF); }

    @Override
    public void apply(Doc doc) {
        for (int s = 0; s < doc.sentences.size(); s++) {
            if (doc.start(s) < doc.review.bodyStart()) continue;
            List<CoreLabel> toks = doc.tokens.get(s);
            for (int k = 0; k < toks.size(); k++) {
                if (doc.mentionAt[s][k] != null) continue;
                String w = toks.get(k).word().toLowerCase(Locale.ROOT);
                char g = w.equals("he") || w.equals("his") ? 'm' : w.equals("she") || w.equals("her") ? 'f' : 0;
                if (g != 0 && (w.equals("he") || w.equals("she") || openingPossessive(doc, s, k))) {
                    String who = Pronouns.antecedent(doc, s, k, g);
                    if (who != null) doc.addMention(new Mention(Mention.Type.PERSON, s, k, k + 1, toks.get(k).word(), who, PRONOUN));
                } else if (HEADS.containsKey(w) && k > 0 && toks.get(k - 1).word().equalsIgnoreCase("the") && generic(toks, k)) {
                    String org = organisation(doc, s, k, HEADS.get(w));
                    if (org != null) doc.addMention(new Mention(Mention.Type.ORGANIZATION, s, k, k + 1, toks.get(k).word(), org, ORGANISATION));
                }
            }
        }
    }

    /**
     * "His"/"her" in the phrase opening the sentence ("In his remarks, ...", "His visit ...") when the sentence
     * names no one else: the agent of the sentence. Elsewhere a possessive is no statement's subject.
     */
    static boolean openingPossessive(Doc doc, int s, int k) {
        List<CoreLabel> toks = doc.tokens.get(s);
        if (!"PRP$".equals(toks.get(k).tag()) && k > 0) return false;
        for (int i = 0; i < k; i++) if (toks.get(i).word().equals(",") || toks.get(i).tag().startsWith("V")) return false;
        return doc.mentions(s, Mention.Type.PERSON).isEmpty();
    }

    /** A lower-case generic noun that is not the first word of a name or a modifier ("the laboratory director"). */
    private static boolean generic(List<CoreLabel> toks, int k) {
        if (!Character.isLowerCase(toks.get(k).word().codePointAt(0))) return false;
        if (k + 1 >= toks.size()) return true;
        String next = toks.get(k + 1).word();
        String tag = toks.get(k + 1).tag();
        return !next.equals("of") && !(tag != null && tag.startsWith("NN"));
    }

    /** The latest organisation mentioned before token {@code k} of sentence {@code s} in its section, whose name has one of the words. */
    static String organisation(Doc doc, int s, int k, Set<String> words) {
        for (int i = s; i >= 0 && doc.section(i) == doc.section(s); i--) {
            List<Mention> orgs = doc.mentions(i, Mention.Type.ORGANIZATION);
            for (int j = orgs.size() - 1; j >= 0; j--) {
                Mention m = orgs.get(j);
                if (i == s && m.begin() >= k) continue;
                for (String n : m.key().toLowerCase(Locale.ROOT).split("[\\s,()\\-]+")) {
                    if (words.contains(n)) return m.key();
                }
            }
        }
        return null;
    }
}
