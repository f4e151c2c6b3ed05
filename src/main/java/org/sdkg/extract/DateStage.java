package org.sdkg.extract;

import edu.stanford.nlp.ling.CoreLabel;
import org.sdkg.text.DateFinder;
import org.sdkg.text.DateMention;

import java.util.Set;

/** Dates ({@link DateFinder}) placed in their sentences; their tokens are tagged DATE for the rule files. */
public final class DateStage implements Stage {
    @Override public String name() { return "dates"; }
    @Override public Set<String> requires() { return Set.of(Doc.TOKENS); }
    @Override public Set<String> provides() { return Set.of(Doc.DATES); }

    @Override
    public void apply(Doc doc) {
        for (DateMention d : DateFinder.find(doc.text, doc.review.issue())) {
            for (int s = 0; s < doc.sentences.size(); s++) {
                if (d.start() >= doc.start(s) && d.start() < doc.end(s)) {
                    doc.dates.add(new Doc.DateHit(s, d.start(), d.end(), new Facts.When(d.isoBegin(), d.isoEnd())));
                    for (CoreLabel t : doc.tokens.get(s)) {
                        if (t.beginPosition() >= d.start() && t.endPosition() <= d.end() && "O".equals(t.ner())) t.setNER("DATE");
                    }
                    break;
                }
            }
        }
    }

    /**
     * The date of something said in sentence {@code s}: the first date of the sentence, else the nearest
     * date before it in its paragraph, else the nearest after it in its paragraph, else the issue month.
     */
    /** Whether a date is news of the issue: within the issue's month or the month before. */
    static boolean current(Doc doc, Facts.When w) {
        if (w.begin() == null || w.begin().length() < 7) return false;
        java.time.YearMonth ym = java.time.YearMonth.parse(w.begin().substring(0, 7));
        java.time.YearMonth issue = doc.review.issue();
        return !ym.isAfter(issue) && !ym.isBefore(issue.minusMonths(1));
    }

    static Facts.When dateFor(Doc doc, int s) {
        Doc.DateHit before = null;
        Doc.DateHit after = null;
        for (Doc.DateHit d : doc.dates) {
            if (d.sentence() == s) return d.when();
            if (doc.paragraph[d.sentence()] != doc.paragraph[s] || !current(doc, d.when())) continue;
            if (d.sentence() < s) before = d;
            else if (after == null) after = d;
        }
        if (before != null) return before.when();
        if (after != null) return after.when();
        for (Doc.DateHit d : doc.dates) {
            if (doc.paragraph[d.sentence()] != doc.paragraph[s]) continue;
            if (d.sentence() < s) before = d;
            else if (after == null) after = d;
        }
        if (before != null) return before.when();
        if (after != null) return after.when();
        return new Facts.When(null, null);
    }
}
