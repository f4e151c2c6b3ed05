package org.sdkg.extract;

import org.sdkg.extract.gazetteer.Gazetteer;
import org.sdkg.extract.gazetteer.OrgEntry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Acronyms defined in a review, "Full Name (ACR)", wherever they are: the acronym then names the same
 * organisation everywhere in the review.
 */
public final class Acronyms {
    private Acronyms() {}

    /** An acronym definition over a token list: the acronym's tokens {@code [begin, end)}, inside brackets. */
    public record Definition(int begin, int end, String acronym) {}

    /** The "( ACR )" groups in a token list; an acronym may have two words ("CSSP China"). */
    public static List<Definition> definitions(List<String> words) {
        List<Definition> out = new ArrayList<>();
        for (int k = 1; k + 2 < words.size(); k++) {
            if (!words.get(k).equals("(") && !words.get(k).equals("-LRB-")) continue;
            if (!OrgPhrases.acronym(words.get(k + 1))) continue;
            int close = -1;
            for (int m = k + 2; m <= k + 3 && m < words.size(); m++) {
                if (words.get(m).equals(")") || words.get(m).equals("-RRB-")) { close = m; break; }
            }
            if (close < 0) continue;
            out.add(new Definition(k + 1, close, String.join(" ", words.subList(k + 1, close))));
        }
        return out;
    }

    /** Whether the acronym's letters are, in order, initials or letters of the phrase's capitalised words. */
    public static boolean fits(String phrase, String acronym) {
        String letters = acronym.replaceAll("[^A-Za-z]", "").toUpperCase(Locale.ROOT);
        StringBuilder caps = new StringBuilder();
        for (String w : phrase.split("[\\s\\-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) caps.append(w.toUpperCase(Locale.ROOT)).append(' ');
        }
        if (letters.isEmpty() || caps.length() == 0 || caps.charAt(0) != letters.charAt(0)) return false;
        int pos = 0;
        for (char c : letters.toCharArray()) {
            int at = caps.indexOf(String.valueOf(c), pos);
            if (at < 0) return false;
            pos = at + 1;
        }
        return true;
    }

    /**
     * Finds the definitions of the review (the acronym after an organisation mention), tags the acronym,
     * then tags every other use of a defined acronym in the review.
     */
    static void define(Doc doc, Gazetteer gaz) {
        for (int s = 0; s < doc.sentences.size(); s++) {
            List<String> words = doc.words(s);
            for (Definition d : definitions(words)) {
                Mention before = doc.mentionAt[s][d.begin() - 2];
                // "Institute of Process Engineering (IPE) of the Chinese Academy of Sciences", one gazetteer name
                if (before != null && before.type() == Mention.Type.ORGANIZATION && doc.mentionAt[s][d.begin()] == before
                        && fits(before.key(), d.acronym()) && doc.orgs.containsKey(before.key())) {
                    doc.acronyms.putIfAbsent(d.acronym(), before.key());
                    doc.orgs.get(before.key()).acronyms.add(d.acronym());
                    continue;
                }
                if (before == null || before.type() != Mention.Type.ORGANIZATION || before.end() != d.begin() - 1) continue;
                // "Istanbul Technical University (ITU)": the review's own definition wins over the gazetteer's ITU
                Mention tagged = doc.mentionAt[s][d.begin()];
                if (tagged != null && overridable(tagged, d, before.key()) && fits(before.key(), d.acronym())) unTag(doc, tagged);
                if (doc.covered(s, d.begin(), d.end())) continue;
                Optional<OrgEntry> known = gaz.organisation(d.acronym());
                String key = before.key();
                if (known.isPresent() && known.get().name().equals(key)) key = known.get().name();
                doc.acronyms.putIfAbsent(d.acronym(), key);
                doc.orgs.get(key).acronyms.add(d.acronym());
                doc.addMention(new Mention(Mention.Type.ORGANIZATION, s, d.begin(), d.end(), d.acronym(), key, MentionStage.ACRONYM));
            }
        }
        for (int s = 0; s < doc.sentences.size(); s++) {
            List<String> words = doc.words(s);
            for (int k = 0; k < words.size(); k++) {
                String key = doc.acronyms.get(words.get(k));
                Mention old = doc.mentionAt[s][k];
                if (key != null && old != null && old.begin() == k && old.end() == k + 1 && !old.key().equals(key)
                        && (old.rule().equals(MentionStage.CORENLP) || old.rule().equals(MentionStage.GAZETTEER))) {
                    unTag(doc, old);
                }
                if (key != null && doc.mentionAt[s][k] == null) {
                    doc.addMention(new Mention(Mention.Type.ORGANIZATION, s, k, k + 1, words.get(k), key, MentionStage.ACRONYM));
                }
            }
        }
    }

    /** A one-token gazetteer or CoreNLP organisation on the acronym of a definition naming another organisation. */
    private static boolean overridable(Mention m, Definition d, String definedKey) {
        return m.type() == Mention.Type.ORGANIZATION && m.begin() == d.begin() && m.end() == d.end() && !m.key().equals(definedKey)
                && (m.rule().equals(MentionStage.GAZETTEER) || m.rule().equals(MentionStage.CORENLP));
    }

    /** Removes a mention, and its organisation when nothing else names it. */
    private static void unTag(Doc doc, Mention old) {
        doc.mentions.remove(old);
        for (int k = old.begin(); k < old.end(); k++) {
            doc.mentionAt[old.sentence()][k] = null;
            doc.tokens.get(old.sentence()).get(k).setNER("O");
        }
        if (old.type() == Mention.Type.ORGANIZATION && doc.orgs.containsKey(old.key())
                && doc.mentions.stream().noneMatch(x -> x.key().equals(old.key()))) doc.orgs.remove(old.key());
    }
}
