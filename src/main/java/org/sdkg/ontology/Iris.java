package org.sdkg.ontology;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The IRI scheme of sdkg. The same name always gives the same IRI, in every review,
 * so that a person or organisation named in several reviews is one node.
 */
public final class Iris {
    private Iris() {}

    /** Base of all instance IRIs. */
    public static final String ID = "https://w3id.org/sdkg/id/";
    /** Base of named graph IRIs. */
    public static final String GRAPH = "https://w3id.org/sdkg/graph/";
    /** Named graph holding the ontology and the interaction type scheme. */
    public static final String ONTOLOGY_GRAPH = GRAPH + "ontology";
    /** Named graph holding the network metrics written by {@code analyze}. */
    public static final String ANALYSIS_GRAPH = GRAPH + "analysis";

    public static String person(String canonicalName) { return ID + "person/" + slug(canonicalName); }
    public static String organisation(String canonicalName) { return ID + "org/" + slug(canonicalName); }
    public static String country(String canonicalName) { return ID + "country/" + slug(canonicalName); }
    public static String place(String canonicalName) { return ID + "place/" + slug(canonicalName); }
    public static String role(String roleName) { return ID + "role/" + slug(roleName); }
    public static String rule(String ruleName) { return ID + "rule/" + slug(ruleName); }

    /** A post: one person holding one role in one organisation (or country when no organisation is known). */
    public static String post(String personName, String roleName, String organisationOrCountry) {
        return ID + "post/" + slug(personName) + "/" + slug(roleName) + "/" + slug(organisationOrCountry);
    }

    /** An event, identified by its kind, its (start) date and a key that tells events of one day apart. */
    public static String event(String kind, String isoDateOrUndated, String key) {
        return ID + "event/" + slug(isoDateOrUndated) + "/" + slug(kind) + "-" + slug(key);
    }

    public static String agreement(String kind, String isoDateOrUndated, String key) {
        return ID + "agreement/" + slug(isoDateOrUndated) + "/" + slug(kind) + "-" + slug(key);
    }

    /** A review, identified by its issue month, e.g. {@code 2024-03}. */
    public static String review(String reviewId) { return ID + "review/" + reviewId; }
    public static String reviewGraph(String reviewId) { return GRAPH + "review/" + reviewId; }
    public static String section(String reviewId, int index) { return review(reviewId) + "/section/" + index; }
    /** A sentence of a review, by its character offsets in the review file. */
    public static String sentence(String reviewId, int start, int end) {
        return review(reviewId) + "/sentence/" + start + "-" + end;
    }

    /** Lower case ASCII words joined by hyphens: "Dou Xiankang" gives "dou-xiankang". */
    public static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String s = ascii.toLowerCase(Locale.ROOT)
                .replace("&", " and ")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        return s.isEmpty() ? "unnamed" : s;
    }
}
