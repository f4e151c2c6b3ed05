package org.sdkg.extract;

import org.sdkg.extract.gazetteer.CountryEntry;
import org.sdkg.extract.gazetteer.Gazetteer;
import org.sdkg.extract.gazetteer.OrgEntry;

import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Set;

/**
 * Agreements: those signed at the signing events of rule files with {@code @agreement yes}, and named
 * documents or agreements between organisations from the {@code @stage agreement} files (groups
 * {@code $title}, {@code $a}, {@code $b}). Parties are the organisations that signed, else the signatories'
 * organisations, else their countries.
 */
public final class AgreementStage implements Stage {
    private final RuleBook book;
    private final Gazetteer gaz;

    public AgreementStage(RuleBook book, Gazetteer gaz) {
        this.book = book;
        this.gaz = gaz;
    }

    @Override public String name() { return "agreements"; }
    @Override public Set<String> requires() { return Set.of(Doc.EVENTS, Doc.POSTS); }
    @Override public Set<String> provides() { return Set.of(Doc.AGREEMENTS); }

    @Override
    public void apply(Doc doc) {
        for (Facts.Event e : List.copyOf(doc.events)) {
            RuleFile rf = book.files().stream().filter(f -> f.name().equals(e.rule)).findFirst().orElse(null);
            if (rf == null || !rf.setting("agreement", "no").equals("yes")) continue;
            signed(doc, e, rf);
        }
        for (int s = 0; s < doc.sentences.size(); s++) {
            for (RuleFile rf : book.forStage("agreement")) {
                for (RuleMatcher.Hit h : RuleMatcher.match(rf, s, doc.tokens.get(s))) {
                    Facts.Agreement a = new Facts.Agreement();
                    a.sentence = s;
                    a.rule = rf.name();
                    a.when = DateStage.dateFor(doc, s);
                    if (h.group("title") != null) {
                        int[] t = h.group("title");
                        a.title = doc.span(s, t[0], t[1]).replaceFirst("^The ", "");
                        a.kind = kind(a.title);
                        partiesFromTitle(doc, s, a);
                        if (a.partyOrgs.isEmpty() && a.partyCountries.isEmpty()) forumParties(doc, s, h.begin(), a);
                    } else {
                        a.kind = kind(doc.span(s, h.begin(), h.end()));
                    }
                    for (String g : List.of("a", "b")) {
                        int[] x = h.group(g);
                        if (x != null && doc.mentionAt[s][x[0]] != null) a.partyOrgs.add(doc.mentionAt[s][x[0]].key());
                    }
                    if (rf.setting("parties", "").equals("after-by")) {
                        byParties(doc, s, h.end(), a);
                        if (a.partyOrgs.isEmpty() && a.partyCountries.isEmpty() && a.signatories.isEmpty()
                                && String.join(" ", doc.words(s).subList(h.end(), doc.words(s).size())).matches(TWO_SIDES)) bothSides(doc, s, a);
                        a.topic = topic(doc, s, h.begin());
                        for (Facts.Event e : doc.events) if (e.sentence == s && a.signedAt == null) a.signedAt = e;
                        Facts.Agreement earlier = definite(doc, s, h) ? earlier(doc, s) : null;
                        if (earlier != null) {
                            earlier.signatories.addAll(a.signatories);
                            if (earlier.partyOrgs.isEmpty() && earlier.partyCountries.isEmpty()) {
                                earlier.partyOrgs.addAll(a.partyOrgs);
                                earlier.partyCountries.addAll(a.partyCountries);
                            }
                            if (earlier.signedAt == null) earlier.signedAt = a.signedAt;
                            continue;
                        }
                    }
                    final Facts.Agreement fa = a;
                    if (doc.agreements.stream().noneMatch(o -> o.title != null && o.title.equals(fa.title) && o.partyOrgs.equals(fa.partyOrgs))) doc.agreements.add(a);
                }
            }
        }
        shareParties(doc);
    }

    /**
     * Named documents adopted together share their parties ("The Beijing Declaration and China-CELAC Joint Action Plan"),
     * and so does a named document issued in the sentence where the same sides sign another ("the two sides issued a
     * Joint Statement ..., and A and B put their signatures to an action plan").
     */
    private static void shareParties(Doc doc) {
        for (Facts.Agreement a : doc.agreements) {
            if (a.title == null || !a.partyOrgs.isEmpty() || !a.partyCountries.isEmpty()) continue;
            for (Facts.Agreement sib : doc.agreements) {
                if (sib != a && sib.sentence == a.sentence) {
                    a.partyOrgs.addAll(sib.partyOrgs);
                    a.partyCountries.addAll(sib.partyCountries);
                }
            }
        }
    }

    /**
     * Whether an organisation stands between a person and the signing verb that is not the organisation of a post of
     * someone named in the sentence: then that organisation, not the person, is who signed ("On the sidelines of
     * President A and President B's summit, the Ministry X and the Ministry Y signed ...").
     */
    static boolean otherSubject(Doc doc, int s, Mention person, int verb) {
        java.util.Set<String> named = new java.util.HashSet<>();
        for (Mention m : doc.mentions(s, Mention.Type.PERSON)) named.add(m.key());
        java.util.Set<String> postOrgs = new java.util.HashSet<>();
        for (Facts.Post p : doc.posts) if (p.organisation() != null && named.contains(p.person())) postOrgs.add(p.organisation());
        for (Mention o : doc.mentions(s, Mention.Type.ORGANIZATION))
            if (o.begin() >= person.end() && o.end() <= verb && !postOrgs.contains(o.key())) return true;
        return false;
    }

    private void signed(Doc doc, Facts.Event e, RuleFile rf) {
        int s = e.sentence;
        List<String> w = doc.words(s);
        int verb = -1;
        for (int k = 0; k < w.size(); k++) if (w.get(k).toLowerCase(Locale.ROOT).matches("signed|signs|sign|inked|signing|renewed|concluded|exchanged|signatures")) { verb = k; break; }
        if (verb > 0 && unsigned(w, verb)) return;
        Facts.Agreement a = new Facts.Agreement();
        a.sentence = s;
        a.rule = rf.name();
        a.when = e.when;
        a.place = e.place;
        a.signedAt = e;
        int from = verb < 0 ? 0 : verb;
        a.kind = kind(String.join(" ", w.subList(from, Math.min(w.size(), from + 8))));
        // the title: a capitalised "Memorandum of Understanding on ..." after the verb
        for (int k = from; k < w.size(); k++) {
            if (w.get(k).matches("Memorandum|Agreement|Declaration|Joint|Action")) {
                int j = k;
                while (j < w.size() && (Character.isUpperCase(w.get(j).charAt(0)) || w.get(j).matches("of|on|for|and|the|in") && j + 1 < w.size() && Character.isUpperCase(w.get(j + 1).charAt(0)))) j++;
                // "the China-Laos Joint Laboratory for ...": a capitalised name without a document noun is no title
                if (!isDocumentName(w.subList(k, j))) { k = j; continue; }
                if (j - k >= 3) a.title = doc.span(s, k, j);
                break;
            }
        }
        a.topic = topic(doc, s, from);
        if (verb >= 0) {
            for (Mention m : doc.mentions(s, Mention.Type.PERSON)) {
                boolean with = m.begin() > verb && w.subList(Math.max(verb, m.begin() - 5), m.begin()).contains("with");
                if (m.begin() < verb && !otherSubject(doc, s, m, verb) || with) a.signatories.add(m.key());
            }
            for (Mention m : doc.mentions(s, Mention.Type.ORGANIZATION)) {
                String prev = m.begin() > 0 ? w.get(m.begin() - 1) : "";
                String prev2 = m.begin() > 1 ? w.get(m.begin() - 2) : "";
                if (m.begin() < verb && a.signatories.isEmpty() && !prev.equals("of") && !prev.equals("(") && !(prev.equals("the") && prev2.equals("of"))) a.partyOrgs.add(m.key());
            }
            if (!a.signatories.isEmpty()) {
                boolean allOrgs = true;
                for (String p : a.signatories) {
                    Facts.Post post = doc.posts.stream().filter(x -> x.person().equals(p) && x.organisation() != null).findFirst().orElse(null);
                    if (post == null) allOrgs = false;
                }
                if (allOrgs && a.signatories.stream().anyMatch(p -> minister(doc, p))) allOrgs = false;
                if (allOrgs) {
                    for (String p : a.signatories) doc.posts.stream().filter(x -> x.person().equals(p) && x.organisation() != null).findFirst().ifPresent(x -> a.partyOrgs.add(x.organisation()));
                } else {
                    for (String p : a.signatories) doc.posts.stream().filter(x -> x.person().equals(p) && x.country() != null).findFirst().ifPresent(x -> a.partyCountries.add(x.country()));
                    for (Mention m : doc.mentions(s, Mention.Type.DEMONYM)) a.partyCountries.add(m.key());
                    for (Mention m : doc.mentions(s, Mention.Type.COUNTRY)) if (m.begin() < verb + 10) a.partyCountries.add(m.key());
                }
            }
        }
        if (a.partyOrgs.isEmpty() && a.partyCountries.isEmpty() && a.signatories.isEmpty()
                && String.join(" ", w).matches(TWO_SIDES)) {
            bothSides(doc, s, a);
        }
        doc.agreements.add(a);
    }

    /**
     * "The two sides signed an agreement": the sides are the participants of the latest earlier event of the
     * paragraph; their organisations are the parties when every one has a post in one, else their countries.
     */
    static void bothSides(Doc doc, int s, Facts.Agreement a) {
        Facts.Event last = null;
        for (Facts.Event e : doc.events) {
            if (e.sentence < s && doc.paragraph[e.sentence] == doc.paragraph[s] && e.everyone().size() >= 2
                    && (last == null || e.sentence > last.sentence)) last = e;
        }
        if (last == null) return;
        List<String> orgs = new java.util.ArrayList<>();
        List<String> countries = new java.util.ArrayList<>();
        for (String p : last.everyone()) {
            doc.posts.stream().filter(x -> x.person().equals(p) && x.organisation() != null).findFirst().ifPresent(x -> orgs.add(x.organisation()));
            doc.posts.stream().filter(x -> x.person().equals(p) && x.country() != null).findFirst().ifPresent(x -> countries.add(x.country()));
        }
        boolean ministers = last.everyone().stream().anyMatch(p -> minister(doc, p));
        if (orgs.size() == last.everyone().size() && !ministers) a.partyOrgs.addAll(orgs);
        else a.partyCountries.addAll(countries);
    }

    /** "the two sides", "both ministers", "the two co-chairs": the sides of the event just told. */
    static final String TWO_SIDES = "(?i).*\\b(the two|both) (sides|parties|ministers|co-chairs|delegations|officials|heads|presidents|leaders|academies|universities|institutions|agencies|organi[sz]ations)\\b.*";

    /** Whether a person holds a government post (minister, secretary of state ...): they sign for their country. */
    static boolean minister(Doc doc, String person) {
        return doc.posts.stream().anyMatch(x -> x.person().equals(person) && x.country() != null
                && x.roleName().matches("(?i).*\\b(minister|secretary of state|state secretary|cabinet secretary|commissioner|premier|president)\\b.*")
                && (x.organisation() == null || x.organisation().matches(".*\\b(Ministry|Department|Secretariat|Government|Commission|Council)\\b.*")));
    }

    /** Words that end the list of signers after "by". */
    private static final Set<String> BY_END = Set.of("in", "at", "during", "on", "which", "who", "while", "presence",
            "witnessed", "to", "for", "with", "under", ";", ".", ":");

    /**
     * Signers named after "by" (from token {@code from} to the end of the clause): people are signatories,
     * organisations (not those named only as the parent "of the ..." of another, nor acronyms in brackets)
     * and countries are parties; when only people are named, their organisations are.
     */
    static void byParties(Doc doc, int s, int from, Facts.Agreement a) {
        List<String> w = doc.words(s);
        int end = from;
        while (end < w.size() && (doc.mentionAt[s][end] != null || !BY_END.contains(w.get(end).toLowerCase(Locale.ROOT)))) end++;
        Mention last = null;
        for (int k = from; k < end; k++) {
            Mention m = doc.mentionAt[s][k];
            if (m == null || m == last) continue;
            last = m;
            String prev = m.begin() > 0 ? w.get(m.begin() - 1) : "";
            String prev2 = m.begin() > 1 ? w.get(m.begin() - 2) : "";
            switch (m.type()) {
                case PERSON -> a.signatories.add(m.key());
                case COUNTRY -> a.partyCountries.add(m.key());
                case ORGANIZATION -> {
                    if (!prev.equals("of") && !prev.equals("(") && !(prev.equals("the") && prev2.equals("of"))) a.partyOrgs.add(m.key());
                }
                default -> { }
            }
        }
        if (a.partyOrgs.isEmpty() && a.partyCountries.isEmpty()) {
            for (String p : a.signatories) {
                doc.posts.stream().filter(x -> x.person().equals(p) && x.organisation() != null).findFirst().ifPresent(x -> a.partyOrgs.add(x.organisation()));
            }
        }
    }

    /** Whether the agreement word of a hit is "the/this agreement": one spoken of before. */
    private static boolean definite(Doc doc, int s, RuleMatcher.Hit h) {
        int[] o = h.group("object");
        return o != null && o[0] > 0 && doc.words(s).get(o[0] - 1).matches("(?i)the|this|that|these");
    }

    /** The latest agreement of the paragraph found before sentence {@code s}, within three sentences. */
    private static Facts.Agreement earlier(Doc doc, int s) {
        Facts.Agreement found = null;
        for (Facts.Agreement x : doc.agreements) {
            if (x.sentence < s && x.sentence >= s - 3 && doc.paragraph[x.sentence] == doc.paragraph[s]) found = x;
        }
        return found;
    }

    private static final java.util.regex.Pattern GROUP = java.util.regex.Pattern.compile(
            "(?i).*\\b(?:the\\s+)?(ministers|delegations|delegates|participants|members|leaders|parties|heads)\\b"
            + "(?:\\s+of\\s+the\\s+(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d+)\\s+countries)?.*");
    private static final List<String> NUMBERS = List.of("one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve");

    /**
     * A document adopted by a group ("the ministers adopted a Joint Statement", "the delegations of the six countries
     * adopted the Almaty Declaration"): the forum's members. "Of the N countries" takes the N countries named in the
     * section so far when there are exactly N; otherwise an international organisation named in the sentence or the
     * paragraph (the forum whose ministers met) is the party.
     */
    void forumParties(Doc doc, int s, int verb, Facts.Agreement a) {
        if (verb <= 0) return;
        java.util.regex.Matcher m = GROUP.matcher(doc.span(s, 0, verb));
        if (!m.matches()) return;
        if (m.group(2) != null) {
            String n = m.group(2).toLowerCase(Locale.ROOT);
            int want = n.matches("\\d+") ? Integer.parseInt(n) : NUMBERS.indexOf(n) + 1;
            java.util.Set<String> named = new java.util.LinkedHashSet<>();
            for (int k = 0; k <= s; k++) {
                if (doc.section(k) != doc.section(s)) continue;
                for (Mention c : doc.mentions(k, Mention.Type.COUNTRY)) named.add(c.key());
                for (Mention c : doc.mentions(k, Mention.Type.DEMONYM)) if (gaz.country(c.key()).isPresent()) named.add(gaz.country(c.key()).get().name());
            }
            if (named.size() == want) a.partyCountries.addAll(named);
            return;
        }
        for (int k = s; k >= 0 && doc.paragraph[k] == doc.paragraph[s]; k--) {
            for (Mention o : doc.mentions(k, Mention.Type.ORGANIZATION)) {
                Facts.Org org = doc.orgs.get(o.key());
                if (org != null && "InternationalOrganisation".equals(org.type)) { a.partyOrgs.add(o.key()); return; }
            }
        }
    }

    /**
     * A signing still to come: "are expected to sign an agreement later this year", "will sign", "plan to conclude".
     * Such an agreement does not exist yet.
     */
    static boolean unsigned(List<String> w, int verb) {
        String before = w.get(verb - 1).toLowerCase(Locale.ROOT);
        if (before.matches("will|would|shall|could|may|might|can|'ll")) return true;
        return before.equals("to") && verb >= 2
                && w.get(verb - 2).toLowerCase(Locale.ROOT).matches("expected|set|due|plan|plans|planned|planning|intend|intends|"
                        + "intended|hope|hopes|hoped|aim|aims|aimed|going|wish|wishes|likely|about|ready|prepared|agreed|agree");
    }

    /** Document nouns: a title names a memorandum, agreement, plan, statement ..., not a laboratory or a committee. */
    static boolean isDocumentName(List<String> words) {
        return words.stream().anyMatch(x -> x.matches("Memorandum|Agreement|Declaration|Statement|Communiqu[eé]|Plan|"
                + "Protocol|Programme|Program|Roadmap|Letter|Treaty|Charter|Accord|Arrangement|Framework|Convention|Initiative|"
                + "Minutes|Contract|Understanding|Intent"));
    }

    /** "China-CELAC Joint Action Plan": the parties named in the title's hyphenated word. */
    private void partiesFromTitle(Doc doc, int s, Facts.Agreement a) {
        for (String word : a.title.split("\\s+")) {
            if (!word.contains("-")) continue;
            String[] parts = word.split("-");
            int found = 0;
            for (String part : parts) {
                Optional<CountryEntry> c = gaz.country(part).or(() -> gaz.demonym(part));
                if (c.isPresent()) { a.partyCountries.add(c.get().name()); found++; continue; }
                String acr = doc.acronyms.get(part);
                Optional<OrgEntry> o = gaz.organisation(part);
                if (acr != null) { a.partyOrgs.add(acr); found++; }
                else if (o.isPresent()) {
                    MentionStage.addOrgFact(doc, s, o.get());
                    a.partyOrgs.add(o.get().name());
                    found++;
                }
            }
            if (found >= 2) return;
            a.partyOrgs.clear();
            a.partyCountries.clear();
        }
    }

    static String kind(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        if (t.matches("(?s).*\\b(memorandum|memoranda|mou|mous)\\b.*")) return "MemorandumOfUnderstanding";
        if (t.matches("(?s).*\\b(action plans?|plans? of action|work plans?|implementation plans?|roadmaps?|road maps?)\\b.*")) return "ActionPlan";
        if (t.matches("(?s).*\\bjoint statements?\\b.*")) return "JointStatement";
        if (t.matches("(?s).*\\bdeclarations?\\b.*")) return "Declaration";
        return "Agreement";
    }

    private static final Set<String> TOPIC_END = Set.of("during", "with", "at", "which", "that", "by", "between",
            "among", "under", "while", "who", "as", "to");

    /**
     * The topic: the words after the first "on" following {@code from} ("an agreement on science popularisation
     * and exchanges of young scientists"), up to a verb, a punctuation mark, or a place or date.
     */
    static String topic(Doc doc, int s, int from) {
        var t = doc.tokens.get(s);
        for (int k = from + 1; k + 1 < t.size(); k++) {
            if (!t.get(k).word().equals("on")) continue;
            int b = k + 1;
            while (b < t.size() && t.get(b).word().matches("(?i)the|a|an")) b++;
            int j = b;
            while (j < t.size() && j - b < 14) {
                String w = t.get(j).word();
                String tag = t.get(j).tag() == null ? "" : t.get(j).tag();
                String next = j + 1 < t.size() ? t.get(j + 1).ner() + " " + t.get(j + 1).word() : "";
                if (TOPIC_END.contains(w.toLowerCase(Locale.ROOT)) || tag.matches("VB[DPZ]?|MD|CD") || !Character.isLetter(w.codePointAt(0))) break;
                if (w.equals("period") || w.matches("in|on|from") && next.matches("(DATE|CITY|COUNTRY|PROVINCE) .*|O the|O \\d.*")
                        || w.matches("for|of") && next.matches("(DATE|CITY|COUNTRY|PROVINCE) .*|O \\d.*")) break;
                j++;
            }
            while (j > b && t.get(j - 1).word().matches("(?i)the|a|an|and|of|in|on|for")) j--;
            return j > b ? doc.span(s, b, j) : null;
        }
        return null;
    }

}
