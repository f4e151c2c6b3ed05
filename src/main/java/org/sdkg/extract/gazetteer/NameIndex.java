package org.sdkg.extract.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Names of one kind of entry: acronyms by their case-sensitive {@link Names#acronymKey key}, other names by
 * their {@link Names#normalise normalised key}. A key claimed by two different entries is kept for the first
 * and reported in {@link #conflicts()}.
 */
final class NameIndex<T extends Entry> {
    private final String label;
    private final Map<String, T> exact = new HashMap<>();
    private final Map<String, T> normalised = new HashMap<>();
    private final List<String> conflicts = new ArrayList<>();

    NameIndex(String label) { this.label = label; }

    /** Adds a name: as an acronym when written in capitals, otherwise by its normalised key. */
    void add(String name, T entry) {
        if (Names.isAcronym(name)) addAcronym(name, entry);
        else addKey(Names.normalise(name), entry, name);
    }

    /** Adds an acronym, matched case-sensitively ("MOST", "KazNU"). */
    void addAcronym(String acronym, T entry) {
        put(exact, Names.acronymKey(acronym), entry, acronym);
    }

    void addKey(String key, T entry, String source) {
        if (!key.isEmpty()) put(normalised, key, entry, source);
    }

    private void put(Map<String, T> map, String key, T entry, String source) {
        T old = map.putIfAbsent(key, entry);
        if (old != null && !old.equals(entry)) {
            conflicts.add(label + " name '" + source + "' (key '" + key + "') names both '" + old.name()
                    + "' and '" + entry.name() + "'");
        }
    }

    /** The entry with this surface form: first as a case-sensitive acronym, then by normalised key. */
    Optional<T> find(String surface) {
        if (surface == null || surface.isBlank()) return Optional.empty();
        T hit = exact.get(Names.acronymKey(surface));
        if (hit != null) return Optional.of(hit);
        return byKey(Names.normalise(surface));
    }

    Optional<T> byKey(String key) { return Optional.ofNullable(normalised.get(key)); }

    List<String> conflicts() { return conflicts; }
}
