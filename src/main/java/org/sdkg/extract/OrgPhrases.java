package org.sdkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Finds capitalised organisation names built around a head word ("Ministry", "Academy", "University",
 * "Institute", "Centre", "Laboratory", ...): "Xinjiang Institute of Ecology and Geography",
 * "Swedish Ministry of Education and Research". Works on plain token lists so it can be tested alone.
 */
public final class OrgPhrases {
    private OrgPhrases() {}

    /** Words that make a capitalised phrase an organisation's name. */
    public static final Set<String> HEADS = Set.of("ministry", "academy", "academies", "university", "institute",
            "institutes", "centre", "center", "laboratory", "laboratories", "lab", "foundation", "agency",
            "administration", "commission", "society", "association", "organisation", "organization", "council",
            "corporation", "company", "group", "bureau", "department", "directorate", "office", "observatory",
            "observatories", "library", "consortium", "federation", "alliance", "college", "school", "authority",
            "cluster", "congress", "committee", "partnership", "programme", "network", "union", "fund", "bank",
            "museum", "hospital", "station", "co.", "ltd.", "inc.", "gmbh");

    private static final Set<String> CONNECTORS = Set.of("of", "for", "and", "on", "&", "the", "de", "'s", "’s");

    /** A phrase: tokens {@code [begin, end)}. */
    public record Span(int begin, int end) {}

    /** Whether the word is an organisation head word. */
    public static boolean isHead(String w) { return HEADS.contains(w.toLowerCase(Locale.ROOT)); }

    static boolean capitalised(String w) {
        return !w.isEmpty() && (Character.isUpperCase(w.codePointAt(0)) || Character.isDigit(w.codePointAt(0)))
                && !w.equals("I");
    }

    static boolean acronym(String w) { return w.length() >= 2 && w.matches("[A-Z][A-Z0-9&\\-]*[A-Z0-9]s?"); }

    /**
     * Organisation phrases in {@code words}; tokens where {@code blocked} is true (already named as
     * something else) are never part of a phrase.
     */
    public static List<Span> find(List<String> words, IntPredicate blocked) {
        List<Span> out = new ArrayList<>();
        int i = 0;
        int n = words.size();
        while (i < n) {
            if (blocked.test(i) || !capitalised(words.get(i)) || words.get(i).equals("The") && i + 1 < n && !capitalised(words.get(i + 1))) {
                i++;
                continue;
            }
            int j = i;
            while (j < n && !blocked.test(j)) {
                String w = words.get(j);
                if (capitalised(w) || j > i && isHead(w) && capitalised(words.get(j - 1))) { j++; continue; }
                String lw = w.toLowerCase(Locale.ROOT);
                // "Ministry of Higher Education, Science and Innovation": a portfolio listed with commas
                if (lw.equals(",") && j > i) {
                    int close = enumerationEnd(words, i, j, blocked);
                    if (close > j) { j = close; continue; }
                }
                if (!CONNECTORS.contains(lw) || j + 1 >= n || blocked.test(j + 1)) break;
                boolean headSoFar = false;
                for (int k = i; k < j; k++) headSoFar |= isHead(words.get(k));
                if (lw.equals("and") && headSoFar && !andJoins(words, j + 1, blocked)) break;
                // "ITU and the Institute of ...": an acronym is a name of its own
                boolean acronymsOnly = true;
                for (int k = i; k < j; k++) acronymsOnly &= acronym(words.get(k));
                if (lw.equals("and") && acronymsOnly) break;
                String next = words.get(j + 1);
                if (Character.isDigit(next.codePointAt(0))) break;
                if (!capitalised(next) && !(CONNECTORS.contains(next.toLowerCase(Locale.ROOT)) && !next.equals("and"))) break;
                j++;
            }
            int e = j;
            while (e > i && !capitalised(words.get(e - 1)) && !isHead(words.get(e - 1))) e--;
            int b = i;
            if (words.get(b).equals("The")) b++;
            // "the 7th China-Sweden Joint Committee": the ordinal numbers a meeting, not the body
            while (b < e && ORDINAL.matcher(words.get(b)).matches()) b++;
            if (b < e && !document(words.get(b))) b = withoutPortfolio(words, b, e);
            boolean head = false;
            for (int k = b; k < e; k++) if (isHead(words.get(k))) head = true;
            if (head && e > b && !generic(words.subList(b, e)) && !document(words.get(b))) out.add(new Span(b, e));
            i = Math.max(j, i + 1);
        }
        return out;
    }

    /**
     * After a comma inside a name at {@code comma}: the end of a list of portfolio words closed by "and"
     * ("..., Science and Innovation"), when the name so far is a ministry or similar body "of" something and
     * the listed words are plain capitalised words (no head word, no acronym); else {@code comma}.
     */
    private static final Set<String> PORTFOLIO_HEADS = Set.of("ministry", "department", "agency", "commission",
            "committee", "council", "office", "secretariat", "administration", "directorate", "bureau");

    static int enumerationEnd(List<String> words, int begin, int comma, IntPredicate blocked) {
        boolean ofHead = false;
        for (int k = begin; k + 1 < comma; k++) {
            if (PORTFOLIO_HEADS.contains(words.get(k).toLowerCase(Locale.ROOT))
                    && (words.get(k + 1).equals("of") || words.get(k + 1).equals("for"))) ofHead = true;
        }
        if (!ofHead) return comma;
        int k = comma + 1;
        boolean and = false;
        int n = words.size();
        while (k < n && !blocked.test(k)) {
            String w = words.get(k);
            boolean afterComma = words.get(k - 1).equals(",");
            if (w.equals(",") && !and && !afterComma) { k++; continue; }
            if (w.equals("and") && !and && !afterComma) { and = true; k++; continue; }
            if (!w.matches("\\p{Lu}[\\p{L}\\-]*") || isHead(w) || acronym(w)) break;
            k++;
            if (and && (k >= n || !capitalised(words.get(k)))) return k;
        }
        return comma;
    }

    /**
     * "International Cooperation of the University of Belgrade": words without a head word before "of" and a
     * name with its own head word are a portfolio or unit, not part of the name; the name starts after them.
     */
    static int withoutPortfolio(List<String> words, int b, int e) {
        for (int k = b; k < e; k++) {
            if (isHead(words.get(k))) return b;
            if (k > b && words.get(k).equals("of")) {
                int m = k + 1;
                if (m < e && words.get(m).equalsIgnoreCase("the")) m++;
                for (int x = m; x < e; x++) if (isHead(words.get(x))) return m;
                return b;
            }
        }
        return b;
    }

    private static final java.util.regex.Pattern ORDINAL = java.util.regex.Pattern.compile("\\d+(st|nd|rd|th)");

    /** Words that begin the name of a document, not of a body: "Memorandum of Understanding on ... Centre". */
    private static final Set<String> DOCUMENTS = Set.of("memorandum", "agreement", "declaration", "treaty", "charter",
            "protocol", "convention", "statement", "plan", "mou");

    static boolean document(String first) { return DOCUMENTS.contains(first.toLowerCase(Locale.ROOT)); }

    /**
     * A phrase that only names a kind of organisation: a bare head word ("Centre", "the association"), or a lower
     * case head after fewer than two capitalised words or in the plural ("R&D alliance", "Chinese and UK institutes").
     */
    static boolean generic(List<String> phrase) {
        if (phrase.size() == 1) return isHead(phrase.get(0)) || !capitalised(phrase.get(0));
        String last = phrase.get(phrase.size() - 1);
        if (!isHead(last) || capitalised(last)) return false;
        long named = phrase.stream().filter(w -> capitalised(w) && !isHead(w)).count();
        return named < 2 || last.endsWith("s") && !last.endsWith("ss");
    }

    /** After "and": the name goes on unless a new name (with its own head word or an acronym) starts. */
    private static boolean andJoins(List<String> words, int k, IntPredicate blocked) {
        if (k >= words.size() || !capitalised(words.get(k)) || acronym(words.get(k))) return false;
        for (int m = k; m < words.size() && !blocked.test(m); m++) {
            String w = words.get(m);
            if (!capitalised(w)) return true;
            if (isHead(w)) return false;
        }
        return true;
    }
}
