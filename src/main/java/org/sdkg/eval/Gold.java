package org.sdkg.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The gold annotation of one review: what a careful reader says the review states.
 * Mirrors the JSON files described in {@code src/test/resources/gold/README.md}; parse one with
 * {@link GoldParser#parse(String)}. References between entries use canonical names.
 */
public record Gold(String review, String issue, List<Person> people, List<Organisation> organisations,
                   List<String> countries, List<Place> places, List<Event> events, List<Agreement> agreements,
                   List<Launch> launches, List<Research> research) {

    /** Event kinds allowed in gold files. */
    public static final List<String> EVENT_KINDS = List.of("Meeting", "Talks", "CommitteeMeeting", "Forum",
            "Conference", "Workshop", "Launch", "Signing", "Visit");
    /** Agreement kinds allowed in gold files. */
    public static final List<String> AGREEMENT_KINDS = List.of("MemorandumOfUnderstanding", "Agreement",
            "Declaration", "ActionPlan", "JointStatement");
    /** Organisation types allowed in gold files. */
    public static final List<String> ORGANISATION_TYPES = List.of("GovernmentBody", "Academy", "University",
            "ResearchInstitute", "Company", "InternationalOrganisation", "Association", "JointLab");

    /** A named person; {@code name} carries no titles. */
    public record Person(String name, List<String> aliases, List<Post> posts, List<String> affiliations,
                         boolean optional) {
        public Stream<String> names() { return Stream.concat(Stream.of(name), aliases.stream()); }
    }

    /** A role held by a person; {@code organisation} is null when none is named or implied. */
    public record Post(String role, List<String> roleAliases, String organisation, String unit, String country,
                       boolean former) {
        public Stream<String> roles() { return Stream.concat(Stream.of(role), roleAliases.stream()); }
    }

    /** A named organisation; {@code optional} ones are neither required nor false positives. */
    public record Organisation(String name, List<String> aliases, String type, String country, String parent,
                               boolean optional) {
        public Stream<String> names() { return Stream.concat(Stream.of(name), aliases.stream()); }
    }

    /** A named place (city, province, site) and the country it lies in. */
    public record Place(String name, String country, boolean optional) {}

    /** An interaction; {@code historical} ones are only recalled by the review and are not scored. */
    public record Event(String kind, String name, List<String> participants, List<String> coChairs,
                        List<String> organisations, String date, String endDate, String place, boolean virtual,
                        boolean historical, String evidence) {
        /** Participants and co-chairs, without repetition. */
        public List<String> people() {
            List<String> all = new ArrayList<>(participants);
            coChairs.stream().filter(c -> !all.contains(c)).forEach(all::add);
            return all;
        }
    }

    /** A signed or adopted document. */
    public record Agreement(String kind, String name, List<String> parties, List<String> signatories, String date,
                            String place, String topic, boolean historical, String evidence) {}

    /** The founding of an organisation. */
    public record Launch(String organisation, String type, List<String> founders, List<String> hosts,
                         List<String> partnerCountries, String date, String place, boolean historical,
                         String evidence) {}

    /** A research result of the breakthroughs section. */
    public record Research(List<String> institutions, List<String> researchers, String field, String date,
                           String evidence) {}

    public Optional<Person> person(String name) {
        return people.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public Optional<Organisation> organisation(String name) {
        return organisations.stream().filter(o -> o.name().equals(name)).findFirst();
    }

    public Optional<Place> place(String name) {
        return places.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
