package org.sdkg.extract;

/**
 * A span of tokens in one sentence naming something: a person, an organisation, a country, a place,
 * a role or an honorific.
 *
 * @param type     what is named
 * @param sentence index of the sentence in the review
 * @param begin    first token (index within the sentence)
 * @param end      token after the last one
 * @param text     the words as written
 * @param key      the canonical name (full person name, gazetteer name of an organisation or country)
 * @param rule     the rule or model that found it
 */
public record Mention(Type type, int sentence, int begin, int end, String text, String key, String rule) {

    /** Kinds of mentions; the names are also the token tags seen by the rule files. */
    public enum Type { PERSON, ORGANIZATION, COUNTRY, DEMONYM, CITY, PROVINCE, ROLE, HONORIFIC }

    public Mention withKey(String newKey) { return new Mention(type, sentence, begin, end, text, newKey, rule); }

    public boolean overlaps(int b, int e) { return b < end && begin < e; }
}
