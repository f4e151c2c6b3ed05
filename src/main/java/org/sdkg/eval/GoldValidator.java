package org.sdkg.eval;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Self-consistency of gold annotations: every reference resolves to an entry of the same file, kinds and
 * types are from the allowed lists, dates are valid ISO dates, no two entries share a name or alias, and
 * a name means the same organisation or person in every file.
 */
public final class GoldValidator {
    private GoldValidator() {}

    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    public static List<String> check(GoldSet set) {
        List<String> problems = new ArrayList<>();
        Map<String, String> orgCanonical = new HashMap<>();
        Map<String, String> personCanonical = new HashMap<>();
        for (Gold g : set.all().values()) {
            check(g, problems);
            crossReview(g.review(), "organisation", orgCanonical, problems,
                    g.organisations().stream().flatMap(o -> o.names().map(n -> Map.entry(Names.key(n), o.name()))).toList());
            crossReview(g.review(), "person", personCanonical, problems,
                    g.people().stream().flatMap(p -> p.names().map(n -> Map.entry(Names.personKey(n), p.name()))).toList());
        }
        return problems;
    }

    /** Problems of one file. */
    public static List<String> check(Gold g) {
        List<String> problems = new ArrayList<>();
        check(g, problems);
        return problems;
    }

    private static void check(Gold g, List<String> out) {
        String r = g.review() + ": ";
        Set<String> people = new HashSet<>();
        g.people().forEach(p -> people.add(p.name()));
        Set<String> orgs = new HashSet<>();
        g.organisations().forEach(o -> orgs.add(o.name()));
        Set<String> places = new HashSet<>();
        g.places().forEach(p -> places.add(p.name()));
        Set<String> countries = new HashSet<>(g.countries());

        unique(r, "person", g.people().stream().flatMap(p -> p.names().map(n -> Map.entry(Names.personKey(n), p.name()))).toList(), out);
        unique(r, "organisation", g.organisations().stream().flatMap(o -> o.names().map(n -> Map.entry(Names.key(n), o.name()))).toList(), out);
        for (Gold.Person p : g.people()) {
            for (Gold.Post post : p.posts()) {
                ref(r + "post of " + p.name(), post.organisation(), orgs, out);
                refCountry(r + "post of " + p.name(), post.country(), countries, out);
            }
            p.affiliations().forEach(a -> ref(r + "affiliation of " + p.name(), a, orgs, out));
        }
        for (Gold.Organisation o : g.organisations()) {
            if (!Gold.ORGANISATION_TYPES.contains(o.type())) {
                out.add(r + "organisation " + o.name() + " has unknown type " + o.type());
            }
            refCountry(r + "organisation " + o.name(), o.country(), countries, out);
        }
        for (Gold.Event e : g.events()) {
            String what = r + "event \"" + e.evidence() + "\"";
            if (!Gold.EVENT_KINDS.contains(e.kind())) {
                out.add(what + " has unknown kind " + e.kind());
            }
            e.participants().forEach(p -> ref(what + " participant", p, people, out));
            e.coChairs().forEach(p -> ref(what + " co-chair", p, people, out));
            e.coChairs().stream().filter(c -> !e.participants().contains(c))
                    .forEach(c -> out.add(what + ": co-chair " + c + " is not a participant"));
            e.organisations().forEach(o -> ref(what + " organisation", o, orgs, out));
            ref(what + " place", e.place(), places, out);
            dates(what, e.date(), e.endDate(), out);
        }
        for (Gold.Agreement a : g.agreements()) {
            String what = r + "agreement \"" + a.evidence() + "\"";
            if (!Gold.AGREEMENT_KINDS.contains(a.kind())) {
                out.add(what + " has unknown kind " + a.kind());
            }
            Set<String> any = new HashSet<>(orgs);
            any.addAll(people);
            any.addAll(countries);
            a.parties().forEach(p -> ref(what + " party", p, any, out));
            a.signatories().forEach(p -> ref(what + " signatory", p, people, out));
            ref(what + " place", a.place(), places, out);
            dates(what, a.date(), null, out);
            if (a.parties().isEmpty() && !a.historical()) {
                out.add(what + " has no parties");
            }
        }
        for (Gold.Launch l : g.launches()) {
            String what = r + "launch of " + l.organisation();
            ref(what, l.organisation(), orgs, out);
            l.founders().forEach(f -> ref(what + " founder", f, orgs, out));
            l.hosts().forEach(h -> ref(what + " host", h, orgs, out));
            l.partnerCountries().forEach(c -> refCountry(what + " partner", c, countries, out));
            ref(what + " place", l.place(), places, out);
            dates(what, l.date(), null, out);
        }
        for (Gold.Research x : g.research()) {
            String what = r + "research \"" + x.evidence() + "\"";
            if (x.institutions().isEmpty()) {
                out.add(what + " has no institution");
            }
            x.institutions().forEach(i -> ref(what + " institution", i, orgs, out));
            x.researchers().forEach(p -> ref(what + " researcher", p, people, out));
            dates(what, x.date(), null, out);
        }
    }

    private static void ref(String what, String name, Set<String> known, List<String> out) {
        if (name != null && !known.contains(name)) {
            out.add(what + ": \"" + name + "\" is not listed");
        }
    }

    private static void refCountry(String what, String country, Set<String> countries, List<String> out) {
        if (country != null && !countries.contains(country)) {
            out.add(what + ": country \"" + country + "\" is not in countries");
        }
    }

    private static void unique(String r, String what, List<Map.Entry<String, String>> keys, List<String> out) {
        Map<String, String> seen = new HashMap<>();
        for (Map.Entry<String, String> e : keys) {
            String before = seen.putIfAbsent(e.getKey(), e.getValue());
            if (before != null && !before.equals(e.getValue())) {
                out.add(r + what + " name \"" + e.getKey() + "\" is used by both " + before + " and " + e.getValue());
            }
        }
    }

    private static void crossReview(String review, String what, Map<String, String> canonical, List<String> out,
                                    List<Map.Entry<String, String>> keys) {
        for (Map.Entry<String, String> e : keys) {
            String before = canonical.putIfAbsent(e.getKey(), e.getValue());
            if (before != null && !before.equals(e.getValue())) {
                out.add(review + ": " + what + " name \"" + e.getKey() + "\" means " + e.getValue()
                        + " here but " + before + " in another review");
            }
        }
    }

    /** Accepts YYYY, YYYY-MM and YYYY-MM-DD; an end date must not precede the start. */
    static void dates(String what, String date, String end, List<String> out) {
        if (date != null && !validDate(date)) {
            out.add(what + ": invalid date " + date);
        }
        if (end != null && !validDate(end)) {
            out.add(what + ": invalid end date " + end);
        }
        if (end != null && date == null) {
            out.add(what + ": end date without a date");
        }
        if (date != null && end != null && validDate(date) && validDate(end) && end.compareTo(date) < 0) {
            out.add(what + ": end date " + end + " before " + date);
        }
    }

    static boolean validDate(String s) {
        try {
            switch (s.length()) {
                case 4 -> { return YEAR.matcher(s).matches(); }
                case 7 -> { YearMonth.parse(s); return true; }
                case 10 -> { LocalDate.parse(s); return true; }
                default -> { return false; }
            }
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
