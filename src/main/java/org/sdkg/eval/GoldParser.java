package org.sdkg.eval;

import java.util.List;
import java.util.function.Function;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/** Reads a gold JSON file into a {@link Gold} with Jena's JSON parser. */
public final class GoldParser {
    private GoldParser() {}

    /**
     * Parses one gold file.
     *
     * @throws IllegalArgumentException when the text is not JSON or a required field is missing or mistyped
     */
    public static Gold parse(String json) {
        JsonObject o;
        try {
            o = JSON.parse(json);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a JSON object: " + e.getMessage(), e);
        }
        String review = req(o, "review");
        return new Gold(review, str(o, "issue") == null ? review : str(o, "issue"),
                list(o, "people", GoldParser::person), list(o, "organisations", GoldParser::organisation),
                strings(o, "countries"), list(o, "places", GoldParser::place), list(o, "events", GoldParser::event),
                list(o, "agreements", GoldParser::agreement), list(o, "launches", GoldParser::launch),
                list(o, "research", GoldParser::research));
    }

    private static Gold.Person person(JsonObject o) {
        return new Gold.Person(req(o, "name"), strings(o, "aliases"), list(o, "posts", GoldParser::post),
                strings(o, "affiliations"), bool(o, "optional"));
    }

    private static Gold.Post post(JsonObject o) {
        return new Gold.Post(req(o, "role"), strings(o, "roleAliases"), str(o, "organisation"), str(o, "unit"),
                str(o, "country"), bool(o, "former"));
    }

    private static Gold.Organisation organisation(JsonObject o) {
        return new Gold.Organisation(req(o, "name"), strings(o, "aliases"), req(o, "type"), str(o, "country"),
                str(o, "parent"), bool(o, "optional"));
    }

    private static Gold.Place place(JsonObject o) {
        return new Gold.Place(req(o, "name"), str(o, "country"), bool(o, "optional"));
    }

    private static Gold.Event event(JsonObject o) {
        return new Gold.Event(req(o, "kind"), str(o, "name"), strings(o, "participants"), strings(o, "coChairs"),
                strings(o, "organisations"), str(o, "date"), str(o, "endDate"), str(o, "place"), bool(o, "virtual"),
                bool(o, "historical"), req(o, "evidence"));
    }

    private static Gold.Agreement agreement(JsonObject o) {
        return new Gold.Agreement(req(o, "kind"), str(o, "name"), strings(o, "parties"), strings(o, "signatories"),
                str(o, "date"), str(o, "place"), str(o, "topic"), bool(o, "historical"), req(o, "evidence"));
    }

    private static Gold.Launch launch(JsonObject o) {
        return new Gold.Launch(req(o, "organisation"), str(o, "type"), strings(o, "founders"), strings(o, "hosts"),
                strings(o, "partnerCountries"), str(o, "date"), str(o, "place"), bool(o, "historical"),
                req(o, "evidence"));
    }

    private static Gold.Research research(JsonObject o) {
        return new Gold.Research(strings(o, "institutions"), strings(o, "researchers"), str(o, "field"),
                str(o, "date"), req(o, "evidence"));
    }

    private static String req(JsonObject o, String key) {
        String s = str(o, key);
        if (s == null || s.isBlank()) {
            throw new IllegalArgumentException("missing \"" + key + "\" in " + o);
        }
        return s;
    }

    private static String str(JsonObject o, String key) {
        JsonValue v = o.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isString()) {
            throw new IllegalArgumentException("\"" + key + "\" is not a string in " + o);
        }
        return v.getAsString().value();
    }

    private static boolean bool(JsonObject o, String key) {
        JsonValue v = o.get(key);
        if (v == null || v.isNull()) {
            return false;
        }
        if (!v.isBoolean()) {
            throw new IllegalArgumentException("\"" + key + "\" is not a boolean in " + o);
        }
        return v.getAsBoolean().value();
    }

    private static List<String> strings(JsonObject o, String key) {
        return list(o, key, v -> {
            throw new IllegalArgumentException("\"" + key + "\" must hold strings");
        }, true);
    }

    private static <T> List<T> list(JsonObject o, String key, Function<JsonObject, T> item) {
        return list(o, key, item, false);
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> list(JsonObject o, String key, Function<JsonObject, T> item, boolean strings) {
        JsonValue v = o.get(key);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw new IllegalArgumentException("\"" + key + "\" is not an array");
        }
        JsonArray a = v.getAsArray();
        return a.stream().map(e -> {
            if (strings) {
                if (!e.isString()) {
                    throw new IllegalArgumentException("\"" + key + "\" must hold strings, found " + e);
                }
                return (T) e.getAsString().value();
            }
            if (!e.isObject()) {
                throw new IllegalArgumentException("\"" + key + "\" must hold objects, found " + e);
            }
            return item.apply(e.getAsObject());
        }).toList();
    }
}
