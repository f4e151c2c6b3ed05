package org.sdkg.extract;

import edu.stanford.nlp.ling.CoreLabel;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Two meetings told in one sentence, the second in a clause coordinated with a meeting verb of its own:
 * "A held a working lunch with B in Bern, and exchanged views with C in Lausanne the next day". A meets B,
 * then A meets C; B and C did not meet. The hosts are the people named before the first meeting verb; the
 * first guests those between it and the coordinated verb; the second guests those after it. "The next day",
 * "later that day" in the second clause date the second meeting from the first.
 */
final class AndThen {
    private AndThen() {}

    static final Pattern VERB = Pattern.compile(
            "(?i)met|meets|held|holds|had|has|exchanged|conferred|called|talked|spoke|received|hosted|visited|toured|paid|joined");
    private static final Pattern ADVERB = Pattern.compile("(?i)then|later|also|subsequently|afterwards|separately");

    /** A sentence's meeting split in two at a coordinated meeting verb; the second clause's first token. */
    record Split(Facts.Event first, Facts.Event second, int clause) {}

    /** The two meetings of sentence {@code s}, or null when the sentence tells one. */
    static Split of(Doc doc, int s, Facts.Event ev) {
        if (ev.kind.equals("Signing") || ev.kind.equals("Launch") || ev.kind.equals("Visit")) return null;
        List<CoreLabel> toks = doc.tokens.get(s);
        int verb = -1;
        int clause = -1;
        for (int i = 0; i < toks.size(); i++) {
            if (!isVerb(toks.get(i))) continue;
            if (verb < 0) { verb = i; continue; }
            int and = i - 1;
            if (and >= 0 && ADVERB.matcher(toks.get(and).word()).matches()) and--;
            if (and >= 1 && toks.get(and).word().equalsIgnoreCase("and") && toks.get(and - 1).word().equals(",")) {
                clause = and;
                break;
            }
        }
        if (clause < 0) return null;
        Set<String> hosts = new LinkedHashSet<>();
        Set<String> first = new LinkedHashSet<>();
        Set<String> second = new LinkedHashSet<>();
        for (Mention m : doc.mentions(s, Mention.Type.PERSON)) {
            if (!ev.everyone().contains(m.key())) continue;
            (m.begin() < verb ? hosts : m.begin() < clause ? first : second).add(m.key());
        }
        first.removeAll(hosts);
        second.removeAll(hosts);
        second.removeAll(first);
        if (hosts.isEmpty() || first.isEmpty() || second.isEmpty()) return null;
        return new Split(copy(ev, hosts, first), copy(ev, hosts, second), clause);
    }

    private static boolean isVerb(CoreLabel t) {
        String tag = t.tag() == null ? "" : t.tag();
        return VERB.matcher(t.word()).matches() && (tag.isEmpty() || tag.startsWith("VB"));
    }

    private static Facts.Event copy(Facts.Event ev, Set<String> hosts, Set<String> guests) {
        List<String> people = new ArrayList<>(hosts);
        people.addAll(guests);
        return ev.meetingOf(people);
    }
}
