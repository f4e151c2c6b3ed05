package org.sdkg.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Name normalisation used when comparing extracted labels with gold names. Two names match when their keys
 * are equal: case, diacritics, punctuation, hyphens and spaces, a leading or inner "the", the spellings
 * Centre/Center, Organisation/Organization, Programme/Program and the abbreviation "S&T" are ignored; for
 * people, leading titles (Prof., Dr., Sir, Ms. ...) are ignored as well.
 */
public final class Names {
    private Names() {}

    private static final Set<String> TITLES = Set.of("prof", "professor", "dr", "doctor", "mr", "mrs", "ms",
            "miss", "sir", "dame", "lord", "lady", "madam", "academician", "hon", "honourable", "honorable");
    private static final Map<String, String> SPELLINGS = Map.of("centre", "center", "organisation",
            "organization", "organisations", "organizations", "programme", "program", "centres", "centers");
    private static final Map<String, String> COUNTRY_ALIASES = loadCountryAliases();

    /** Lower case ASCII words, punctuation removed, "S&amp;T" expanded, British spellings unified. */
    public static List<String> words(String text) {
        if (text == null) {
            return List.of();
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[’'`´]", "")
                .replaceAll("\\bs\\s*&\\s*t\\b", " science and technology ")
                .replace("&", " and ")
                .replaceAll("[^a-z0-9]+", " ").trim();
        List<String> out = new ArrayList<>();
        for (String w : s.split(" ")) {
            if (!w.isEmpty() && !w.equals("the")) {
                out.add(SPELLINGS.getOrDefault(w, w));
            }
        }
        return out;
    }

    /** The comparison key of an organisation, place or other name. */
    public static String key(String text) {
        return String.join("", words(text));
    }

    /** The comparison key of a person's name: {@link #key} without leading titles. */
    public static String personKey(String text) {
        List<String> w = new ArrayList<>(words(text));
        while (w.size() > 1 && TITLES.contains(w.get(0))) {
            w.remove(0);
        }
        return String.join("", w);
    }

    /** The comparison key of a role name: words joined by single spaces, so "Director-General" = "director general". */
    public static String roleKey(String text) {
        return String.join(" ", words(text));
    }

    /** The comparison key of a country name, other names ("UK", "PRC") mapped to the canonical one first. */
    public static String countryKey(String text) {
        if (text == null) {
            return "";
        }
        String canonical = COUNTRY_ALIASES.get(key(text));
        return canonical != null ? canonical : key(text);
    }

    /** Content words of a name (no "of", "and", "for" ...), for fuzzy comparison of descriptive names. */
    public static Set<String> contentWords(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : words(text)) {
            if (!Set.of("of", "and", "for", "on", "in", "a", "an", "to", "at", "between").contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    private static Map<String, String> loadCountryAliases() {
        Map<String, String> map = new HashMap<>();
        try (InputStream in = Names.class.getResourceAsStream("country-aliases.tsv")) {
            if (in == null) {
                throw new IllegalStateException("country-aliases.tsv is missing from the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length == 2) {
                    map.put(key(cols[0]), key(cols[1]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return map;
    }
}
