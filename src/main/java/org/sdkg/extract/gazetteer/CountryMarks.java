package org.sdkg.extract.gazetteer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Words naming a country (its name, aliases and demonyms, as normalised keys) at the start or end of an
 * organisation's name: "Chinese Ministry of S&T", "China's Ministry of Science and Technology",
 * "Ministry of Science and Technology, PRC", "Pakistan Ministry of Science and Technology".
 */
final class CountryMarks {
    /** The longest country name, in words. */
    private static final int MAX_WORDS = 8;

    /** A key with the words naming one country removed from its start and end. */
    record Stripped(String country, String core) {}

    /** Names, aliases and demonyms: "Chinese Ministry of ...", "China's Ministry of ...". */
    private final Map<String, String> before = new HashMap<>();
    /** Names and aliases only: "Ministry of ... of China", "Ministry of ..., PRC" (never "..., the Chinese"). */
    private final Map<String, String> after = new HashMap<>();

    CountryMarks(List<CountryEntry> countries) {
        for (CountryEntry c : countries) {
            put(before, c.name(), c);
            put(after, c.name(), c);
            c.aliases().forEach(a -> { put(before, a, c); put(after, a, c); });
            c.demonyms().forEach(d -> put(before, d, c));
        }
    }

    private static void put(Map<String, String> map, String name, CountryEntry c) {
        String key = Names.normalise(name);
        if (!key.isEmpty()) map.putIfAbsent(key, c.name());
    }

    /**
     * The key without the words naming a country at its start and/or end (both must name the same country);
     * empty when no country is named there or nothing else is left.
     */
    Optional<Stripped> strip(String key) {
        List<String> words = Names.words(key);
        String country = null;
        int from = 0;
        int to = words.size();
        for (int k = Math.min(MAX_WORDS, words.size() - 1); k >= 1; k--) {
            String c = before.get(String.join(" ", words.subList(0, k)));
            if (c != null) { country = c; from = k; break; }
        }
        for (int k = Math.min(MAX_WORDS, to - from - 1); k >= 1; k--) {
            String c = after.get(String.join(" ", words.subList(to - k, to)));
            if (c != null && (country == null || country.equals(c))) { country = c; to -= k; break; }
        }
        if (country == null || from >= to) return Optional.empty();
        return Optional.of(new Stripped(country, String.join(" ", words.subList(from, to))));
    }

    /** The key without the words naming this country at its start and end, or the key itself. */
    String stripOwn(String key, String country) {
        return strip(key).filter(s -> s.country().equals(country)).map(Stripped::core).orElse(key);
    }
}
