package org.sdkg.analysis;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.sdkg.ontology.SDKG;

/**
 * The posts a person held at a date, as far as the graph tells: a post is seen on the dates of its
 * {@code sdkg:validOn}, so the posts in force at an event are those seen nearest to the event's date
 * (all of them when they were seen on the same day). Undated posts count only when the person has no dated
 * post or the event is undated; then every post of the person counts.
 * A partial date ({@code YYYY}, {@code YYYY-MM}) stands for its first day.
 */
public final class PostsInForce {
    private PostsInForce() {}

    /** IRIs of the posts of {@code person} in force at {@code date} (null: undated, every post). */
    public static Set<String> at(Resource person, String date) {
        Map<String, Long> distance = new LinkedHashMap<>();
        Set<String> all = new TreeSet<>();
        LocalDate when = day(date);
        for (Statement s : person.listProperties(SDKG.hasPost).toList()) {
            if (!s.getObject().isURIResource()) continue;
            Resource post = s.getResource();
            all.add(post.getURI());
            if (when == null) continue;
            for (Statement v : post.listProperties(SDKG.validOn).toList()) {
                LocalDate seen = v.getObject().isLiteral() ? day(v.getLiteral().getLexicalForm()) : null;
                if (seen == null) continue;
                long d = Math.abs(ChronoUnit.DAYS.between(seen, when));
                distance.merge(post.getURI(), d, Math::min);
            }
        }
        if (distance.isEmpty()) return all;
        long nearest = distance.values().stream().min(Long::compare).orElseThrow();
        Set<String> inForce = new TreeSet<>();
        distance.forEach((post, d) -> { if (d == nearest) inForce.add(post); });
        return inForce;
    }

    /** The first day of a date of the graph, or null when it is not one. */
    static LocalDate day(String date) {
        if (date == null) return null;
        try {
            String t = date.length() > 10 ? date.substring(0, 10) : date;
            return TimeRange.bounds(t, "date")[0];
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
