package org.sdkg.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Resolves extracted nodes of one review to gold entries by name: people by {@link Names#personKey},
 * organisations and places by {@link Names#key}, countries by {@link Names#countryKey}. A match on the
 * extracted {@code rdfs:label} is preferred to a match on another name (altLabel, acronym).
 */
final class EntityIndex {
    private final Gold gold;
    private final ExtractedGraph graph;
    private final Map<String, Gold.Person> people = new HashMap<>();
    private final Map<String, Gold.Organisation> orgs = new HashMap<>();
    private final Map<String, Gold.Place> places = new HashMap<>();
    private final Map<String, String> countries = new HashMap<>();

    EntityIndex(Gold gold, ExtractedGraph graph) {
        this.gold = gold;
        this.graph = graph;
        for (Gold.Person p : gold.people()) {
            p.names().forEach(n -> people.putIfAbsent(Names.personKey(n), p));
        }
        for (Gold.Organisation o : gold.organisations()) {
            orgs.putIfAbsent(Names.key(o.name()), o);
        }
        for (Gold.Organisation o : gold.organisations()) {
            o.aliases().forEach(a -> orgs.putIfAbsent(Names.key(a), o));
        }
        gold.places().forEach(p -> places.putIfAbsent(Names.key(p.name()), p));
        gold.countries().forEach(c -> countries.put(Names.countryKey(c), c));
    }

    Gold gold() { return gold; }

    ExtractedGraph graph() { return graph; }

    Gold.Person person(String iri) { return resolve(iri, Names::personKey, people); }

    Gold.Organisation organisation(String iri) { return resolve(iri, Names::key, orgs); }

    Gold.Place place(String iri) { return resolve(iri, Names::key, places); }

    /** The gold country an extracted node names, or null. */
    String country(String iri) { return resolve(iri, Names::countryKey, countries); }

    /** The canonical key of the country an extracted country node names, whether or not it is in the gold. */
    String countryKeyOf(String iri) {
        ExtractedGraph.Node n = graph.node(iri);
        return Names.countryKey(n.label());
    }

    /** Gold organisation whose canonical name or alias has this key. */
    Gold.Organisation organisationByName(String name) { return orgs.get(Names.key(name)); }

    /** Label of an extracted node, for listings. */
    String label(String iri) { return graph.node(iri).label(); }

    private <T> T resolve(String iri, Function<String, String> key, Map<String, T> index) {
        ExtractedGraph.Node n = graph.node(iri);
        T hit = index.get(key.apply(n.label()));
        if (hit != null) {
            return hit;
        }
        List<String> names = n.names();
        for (String name : names) {
            hit = index.get(key.apply(name));
            if (hit != null) {
                return hit;
            }
        }
        return null;
    }

    /** The country of a gold party: itself when a country, an organisation's country, a person's post country. */
    String goldCountryOf(String party) {
        if (gold.countries().contains(party)) {
            return party;
        }
        return gold.organisation(party).map(Gold.Organisation::country)
                .orElseGet(() -> gold.person(party).flatMap(p -> p.posts().stream()
                        .map(Gold.Post::country).filter(c -> c != null).findFirst()).orElse(null));
    }

    /** What an extracted party names, as a gold canonical name (person, organisation or country), or null. */
    String goldNameOf(String iri) {
        if (graph.countries().containsKey(iri)) {
            return country(iri);
        }
        if (graph.people().containsKey(iri)) {
            Gold.Person p = person(iri);
            return p == null ? null : p.name();
        }
        Gold.Organisation o = organisation(iri);
        if (o != null) {
            return o.name();
        }
        Gold.Person p = person(iri);
        if (p != null) {
            return p.name();
        }
        return country(iri);
    }
}
