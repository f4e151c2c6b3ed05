package org.sdkg.extract.gazetteer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Organisation names: canonical names, aliases and acronyms; names without the words naming the organisation's
 * own country ("Chinese", "China's", "PRC", "Pakistan", "UK"), found only when the surface form names that same
 * country; and the names of units under their parent ("Institute of Automation" under the Chinese
 * Academy of Sciences), found when written as "{unit} of {parent}", "{unit}, {parent}" or "{unit} under {parent}".
 */
final class OrgIndex {
    private static final Set<String> LINK_WORDS = Set.of("of", "the", "under", "at", "in", ",", "-", "(", ")");

    private final Map<String, OrgEntry> byName = new HashMap<>();
    private final NameIndex<OrgEntry> names = new NameIndex<>("organisation");
    private final CountryMarks marks;
    private final NameIndex<OrgEntry> cores = new NameIndex<>("organisation (without its country)");
    private final Map<String, OrgEntry> units = new HashMap<>();
    private final List<String> conflicts = new ArrayList<>();

    OrgIndex(List<OrgEntry> orgs, List<CountryEntry> countries) {
        this.marks = new CountryMarks(countries);
        for (OrgEntry o : orgs) {
            if (byName.putIfAbsent(o.name(), o) != null) conflicts.add("organisation '" + o.name() + "' is listed twice");
            names.add(o.name(), o);
            o.aliases().forEach(a -> names.add(a, o));
            o.acronyms().forEach(a -> names.addAcronym(a, o));
        }
        // A name without its country words yields to another organisation's full name ("Chinese University of
        // Hong Kong" without "Chinese" is the University of Hong Kong's name).
        Set<String> full = new HashSet<>();
        for (OrgEntry o : orgs) {
            if (o.country().isEmpty()) continue;
            for (String n : allNames(o)) {
                String key = o.country() + "\u0000" + Names.normalise(n);
                full.add(key);
                cores.addKey(key, o, n);
            }
        }
        for (OrgEntry o : orgs) {
            if (o.country().isEmpty()) continue;
            for (String n : allNames(o)) {
                String key = o.country() + "\u0000" + marks.stripOwn(Names.normalise(n), o.country());
                if (!full.contains(key)) cores.addKey(key, o, n);
            }
        }
        for (OrgEntry o : orgs) {
            List<OrgEntry> ancestors = ancestors(o);
            for (String n : allNames(o)) {
                String key = Names.normalise(n);
                for (OrgEntry a : ancestors) {
                    addUnit(a, key, o);
                    for (OrgEntry b : ancestors) {
                        for (String p : allNames(b)) {
                            String pk = Names.normalise(p);
                            if (key.endsWith(" " + pk)) addUnit(a, key.substring(0, key.length() - pk.length() - 1), o);
                        }
                    }
                }
            }
        }
    }

    /** Parent, grandparent and so on (a cycle in the data ends the walk). */
    private List<OrgEntry> ancestors(OrgEntry o) {
        List<OrgEntry> out = new ArrayList<>();
        OrgEntry cur = byName.get(o.parent());
        while (cur != null && !out.contains(cur) && cur != o) {
            out.add(cur);
            cur = byName.get(cur.parent());
        }
        return out;
    }

    private void addUnit(OrgEntry parent, String key, OrgEntry unit) {
        OrgEntry old = units.putIfAbsent(parent.name() + "\u0000" + key, unit);
        if (old != null && old != unit) {
            conflicts.add("unit name '" + key + "' under '" + parent.name() + "' names both '" + old.name()
                    + "' and '" + unit.name() + "'");
        }
    }

    private static List<String> allNames(OrgEntry o) {
        List<String> all = new ArrayList<>();
        all.add(o.name());
        all.addAll(o.aliases());
        return all;
    }

    Optional<OrgEntry> named(String canonicalName) { return Optional.ofNullable(byName.get(canonicalName)); }

    Optional<OrgEntry> find(String surface) {
        if (surface == null || surface.isBlank()) return Optional.empty();
        Optional<OrgEntry> hit = direct(surface);
        if (hit.isPresent()) return hit;
        return asUnit(surface);
    }

    /** By name, alias or acronym, then by the name without the words naming the organisation's country. */
    private Optional<OrgEntry> direct(String surface) {
        Optional<OrgEntry> hit = names.find(surface);
        if (hit.isPresent()) return hit;
        return marks.strip(Names.normalise(surface))
                .flatMap(s -> cores.byKey(s.country() + "\u0000" + s.core()));
    }

    /** "{unit} of/under/, {parent}" where the unit is known under that parent. */
    private Optional<OrgEntry> asUnit(String surface) {
        List<String> tokens = Arrays.asList(surface.strip().replace(",", " , ").split("\\s+"));
        for (int k = tokens.size() - 1; k >= 1; k--) {
            int from = k;
            while (from < tokens.size() && LINK_WORDS.contains(tokens.get(from).toLowerCase())) from++;
            if (from == k || from >= tokens.size()) continue;
            Optional<OrgEntry> parent = find(String.join(" ", tokens.subList(from, tokens.size())));
            if (parent.isEmpty()) continue;
            String left = String.join(" ", tokens.subList(0, k)).replaceAll("(\\([^)]*\\)|-LRB-.*?-RRB-)", " ");
            String unitKey = Names.normalise(left);
            OrgEntry unit = units.get(parent.get().name() + "\u0000" + unitKey);
            if (unit != null) return Optional.of(unit);
        }
        return Optional.empty();
    }

    List<String> conflicts() {
        List<String> all = new ArrayList<>(conflicts);
        all.addAll(names.conflicts());
        all.addAll(cores.conflicts());
        return all;
    }
}
