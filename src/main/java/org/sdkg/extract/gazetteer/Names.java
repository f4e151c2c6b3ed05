package org.sdkg.extract.gazetteer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Key functions for name lookups. Two names that differ only in case, accents, punctuation, "the", "of",
 * possessive "'s", "&" for "and", "S&T" or "sci-tech" for "Science and Technology" or British and American
 * spelling ("Centre"/"Center", "Organisation"/"Organization") have the same {@link #normalise(String) key}.
 */
public final class Names {
    private Names() {}

    private static final Pattern ACRONYM = Pattern.compile("[A-Z0-9][A-Z0-9&\\-]*");
    private static final Pattern BRACKET_TOKEN = Pattern.compile("-[lr][rsc]b-");
    private static final Set<String> DROPPED = Set.of("the", "of");
    private static final Map<String, String> SPELLING = Map.ofEntries(
            Map.entry("centre", "center"), Map.entry("centres", "centers"),
            Map.entry("organisation", "organization"), Map.entry("organisations", "organizations"),
            Map.entry("programme", "program"), Map.entry("programmes", "programs"),
            Map.entry("defence", "defense"), Map.entry("labour", "labor"),
            Map.entry("sceince", "science"), Map.entry("intl", "international"),
            Map.entry("dept", "department"), Map.entry("govt", "government"));

    /**
     * The lookup key of a name: lower case ASCII words without punctuation, with "the" and "of" dropped and
     * spelling variants unified.
     */
    public static String normalise(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        s = s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'').replace('`', '\'');
        s = BRACKET_TOKEN.matcher(s).replaceAll(" ");
        s = s.replaceAll("\\bs\\s*&\\s*t\\b", " science and technology ")
                .replaceAll("\\bsci\\s*-?\\s*tech\\b", " science and technology ")
                .replace("&", " and ")
                .replaceAll("'s\\b", " ")
                .replace("'", "")
                .replaceAll("[^\\p{L}\\p{N}]+", " ");
        List<String> words = new ArrayList<>();
        for (String w : s.trim().split(" ")) {
            if (w.isEmpty() || DROPPED.contains(w)) continue;
            words.add(SPELLING.getOrDefault(w, w));
        }
        return String.join(" ", words);
    }

    /** True for an acronym written in capitals ("UK", "U.S.", "CAS", "R&D"), matched case-sensitively. */
    public static boolean isAcronym(String text) {
        return ACRONYM.matcher(acronymKey(text)).matches();
    }

    /** The case-sensitive key of an acronym: dots and spaces removed, "the " dropped ("U.S." gives "US"). */
    public static String acronymKey(String text) {
        String s = text.strip();
        if (s.regionMatches(true, 0, "the ", 0, 4)) s = s.substring(4);
        return s.replace(".", "").replace(" ", "");
    }

    /** Splits a key into its words. */
    static List<String> words(String key) {
        return key.isEmpty() ? List.of() : Arrays.asList(key.split(" "));
    }
}
