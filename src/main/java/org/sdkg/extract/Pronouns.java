package org.sdkg.extract;

import java.util.List;

/** The person a third-person pronoun stands for, by the position of the people named before it. */
final class Pronouns {
    private Pronouns() {}

    /** How many sentences back within the paragraph a pronoun may look. */
    static final int WINDOW = 3;

    /**
     * The person pronoun {@code k} of sentence {@code s} (gender {@code g}: 'm' or 'f') stands for: the first
     * person named before it in the sentence, else the first person (the subject) of the nearest earlier sentence
     * naming one, within the paragraph, or the sentence just before; null when there is none or the one found
     * does not agree in gender.
     */
    static String antecedent(Doc doc, int s, int k, char g) {
        for (Mention m : doc.mentions(s, Mention.Type.PERSON)) {
            if (m.begin() >= k) break;
            return agrees(doc, m, g) ? m.key() : null;
        }
        for (int i = s - 1; i >= 0 && i >= s - WINDOW && (doc.paragraph[i] == doc.paragraph[s] || i == s - 1); i--) {
            if (doc.section(i) != doc.section(s)) return null;
            List<Mention> people = doc.mentions(i, Mention.Type.PERSON);
            if (people.isEmpty()) continue;
            for (Mention m : people) if (agrees(doc, m, g)) return m.key();
            return null;
        }
        return null;
    }

    /** Whether the person's honorifics anywhere in the review agree with gender {@code g}. */
    static boolean agrees(Doc doc, Mention person, char g) {
        for (Mention m : doc.mentions) {
            if (m.type() != Mention.Type.PERSON || !m.key().equals(person.key()) || m.begin() == 0) continue;
            char h = Names.gender(doc.tokens.get(m.sentence()).get(m.begin() - 1).word());
            if (h != 0 && h != g) return false;
        }
        return true;
    }
}
