package org.sdkg.extract.gazetteer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds gazetteer entries over a token list (e.g. CoreNLP tokens): from left to right, at each token the longest
 * span naming an entry wins, and matching resumes after it. For one span the kinds are tried in the order
 * organisation, country, demonym, region, city, province, title. Spans start with a capitalised word (titles may
 * be lower case: "senior engineer"), never with "the", and end with a word. A title that is both an honorific and
 * a role ("Professor") is an honorific before a capitalised word and a role otherwise.
 */
final class TokenMatcher {
    /** Words that never begin or end a match. */
    private static final Set<String> EDGE_WORDS = Set.of("the", "of", "and", "for", "in", "at", "on", "to", "a",
            "an", "'s", "\u2019s", "by", "with", "from", "under");

    /** Tokens a match never spans. */
    private static final Set<String> SENTENCE_ENDS = Set.of(".", ";", ":", "!", "?", "\"", "\u201c", "\u201d");

    /** Longest span tried, in tokens. */
    static final int MAX_SPAN = 20;

    private final Gazetteer g;
    private final GazetteerData d;

    TokenMatcher(Gazetteer g) {
        this.g = g;
        this.d = g.data();
    }

    List<Match> findAll(List<String> tokens) {
        List<Match> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Match m = longestAt(tokens, i);
            if (m == null) {
                i++;
            } else {
                out.add(m);
                i = m.end();
            }
        }
        return out;
    }

    private Match longestAt(List<String> tokens, int start) {
        String first = tokens.get(start);
        if (!isWord(first) || EDGE_WORDS.contains(first.toLowerCase(Locale.ROOT))) return null;
        boolean capitalised = !Character.isLowerCase(first.codePointAt(0));
        int limit = Math.min(tokens.size(), start + MAX_SPAN);
        for (int k = start + 1; k < limit; k++) {
            if (SENTENCE_ENDS.contains(tokens.get(k))) { limit = k; break; }
        }
        for (int end = limit; end > start; end--) {
            String last = tokens.get(end - 1);
            if (!isWord(last) || EDGE_WORDS.contains(last.toLowerCase(Locale.ROOT))) continue;
            String span = String.join(" ", tokens.subList(start, end));
            Match m = capitalised ? named(span, start, end) : null;
            if (m != null && tokens.subList(start, end).contains(",") && !writtenWithComma(m.entry())) m = null;
            if (m == null) m = title(span, start, end, end < tokens.size() ? tokens.get(end) : "");
            if (m != null) return m;
        }
        return null;
    }

    private Match named(String span, int start, int end) {
        Optional<? extends Entry> e = g.organisation(span);
        if (e.isPresent()) return new Match(start, end, Match.Kind.ORGANISATION, e.get());
        e = d.countries().find(span);
        if (e.isPresent()) return new Match(start, end, Match.Kind.COUNTRY, e.get());
        e = d.demonyms().find(span);
        if (e.isPresent()) return new Match(start, end, Match.Kind.DEMONYM, e.get());
        e = d.regions().find(span);
        if (e.isPresent()) return new Match(start, end, Match.Kind.REGION, e.get());
        e = d.cities().find(span);
        if (e.isPresent()) return new Match(start, end, Match.Kind.CITY, e.get());
        e = d.provinces().find(span);
        if (e.isPresent()) return new Match(start, end, Match.Kind.PROVINCE, e.get());
        return null;
    }

    private Match title(String span, int start, int end, String next) {
        Optional<TitleEntry> honorific = d.honorifics().find(span);
        Optional<TitleEntry> role = d.roles().find(span);
        boolean beforeName = !next.isEmpty() && Character.isUpperCase(next.codePointAt(0));
        if (honorific.isPresent() && (role.isEmpty() || beforeName)) {
            return new Match(start, end, Match.Kind.HONORIFIC, honorific.get());
        }
        return role.map(r -> new Match(start, end, Match.Kind.ROLE, r)).orElse(null);
    }

    /**
     * Whether one of the entry's names has a comma: only such an entry may be matched over a comma, so that
     * "Chinese Society of Astronautics, the Chinese Society of Space Research" stays two names.
     */
    private static boolean writtenWithComma(Entry e) {
        if (e.name().contains(",")) return true;
        return e instanceof OrgEntry o && o.aliases().stream().anyMatch(a -> a.contains(","));
    }

    /** A token that starts with a letter or digit and is not a bracket written as -LRB- etc. */
    private static boolean isWord(String token) {
        return !token.isEmpty() && Character.isLetterOrDigit(token.codePointAt(0));
    }
}
