package org.sdkg.extract;

import edu.stanford.nlp.ling.CoreLabel;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * "A met separately with B and with C", "A held separate bilateral meetings with B and with C": one meeting
 * of A with each guest, and no meeting of B with C. The hosts are the people named before the first "with"
 * after "separate(ly)"; the guests those named after it. A sentence that says nothing of the kind keeps its one
 * event.
 */
final class Separately {
    private Separately() {}

    /** The events a sentence's event stands for: itself, or one per guest when they were met separately. */
    static List<Facts.Event> split(Doc doc, int s, Facts.Event ev) {
        if (ev.kind.equals("Signing") || ev.kind.equals("Launch")) return List.of(ev);
        List<CoreLabel> toks = doc.tokens.get(s);
        int with = -1;
        boolean separate = false;
        for (int i = 0; i < toks.size(); i++) {
            String w = toks.get(i).word();
            if (w.matches("(?i)separate(ly)?|individually|respectively")) separate = true;
            else if (separate && w.equalsIgnoreCase("with")) { with = i; break; }
        }
        if (with < 0) return List.of(ev);
        Set<String> hosts = new LinkedHashSet<>();
        Set<String> guests = new LinkedHashSet<>();
        for (Mention m : doc.mentions(s, Mention.Type.PERSON)) {
            if (!ev.everyone().contains(m.key())) continue;
            (m.begin() < with ? hosts : guests).add(m.key());
        }
        guests.removeAll(hosts);
        if (guests.size() < 2) return List.of(ev);
        List<Facts.Event> out = new ArrayList<>();
        for (String guest : guests) {
            List<String> people = new ArrayList<>();
            for (String p : ev.everyone()) {
                if (hosts.contains(p) || p.equals(guest) || !guests.contains(p)) people.add(p);
            }
            out.add(ev.meetingOf(people));
        }
        return out;
    }
}
