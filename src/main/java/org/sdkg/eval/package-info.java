/**
 * Evaluation of extracted review graphs against gold annotations ({@code src/test/resources/gold}).
 *
 * <p>{@link org.sdkg.eval.GoldSet#load} reads the gold files, {@link org.sdkg.eval.Evaluator#evaluate} compares
 * them with extracted graphs read through the sdkg vocabulary only, and {@link org.sdkg.eval.EvalReport} gives
 * TP, FP, FN, precision, recall and F1 per category, micro-averaged over reviews and per review.
 *
 * <h2>Matching rules</h2>
 * <ul>
 * <li><b>people</b>: {@code sdkg:Person} nodes; a node matches a gold person when its label, {@code sdkg:name}
 *     or {@code skos:altLabel} equals the gold name or an alias after {@link org.sdkg.eval.Names#personKey}
 *     (case, diacritics, punctuation, hyphens, spaces and leading titles ignored).</li>
 * <li><b>organisations</b>: nodes of {@code sdkg:Organisation} or a subclass; label, altLabel or acronym equal
 *     to the gold name or an alias after {@link org.sdkg.eval.Names#key} ("the", Centre/Center,
 *     Organisation/Organization, "S&amp;T" ignored).</li>
 * <li><b>countries</b>: {@code sdkg:Country} labels, other names such as "UK" or "PRC" mapped first;
 *     <b>places</b>: other {@code sdkg:Place}/{@code sdkg:City} nodes by key.</li>
 * <li>Several extracted nodes matching one gold entry count once; extracted nodes matching an optional gold
 *     entry count for nothing; the others are false positives.</li>
 * <li><b>events</b>: events that are not {@code sdkg:ResearchResult}, whatever their class; matched one to one
 *     when the dates agree (if the gold has a date; precision and ranges are tolerated) and they share a
 *     participant, or, for gold events without people, the place, or without place an organisation
 *     (participant, organiser, launched organisation). Recalled foundings (historical launches) are optional
 *     events, anchored by place or organisation.</li>
 * <li><b>pairs</b>: unordered pairs of people who are participants or co-chairs of one event that is
 *     not a research result, or signatories of one agreement; gold pairs come from the gold events.</li>
 * <li><b>posts</b>: (holder, {@code sdkg:roleName} or the role's label, {@code sdkg:postIn}); the holder must be
 *     the gold person, the role one of the gold role names, the organisation the gold one or its unit (not
 *     checked when the gold has none).</li>
 * <li><b>agreements</b>: kind = the most specific agreement class; matched when the kind is equal and every gold
 *     party matches an extracted party and vice versa (a country matches an organisation or person of that
 *     country), or the gold names no party and the names are equal. <b>agreements-relaxed</b>: kind equal and at least one party shared, or the same name.</li>
 * <li><b>launches</b>: organisations that are {@code sdkg:launched} by a {@code sdkg:Launch}; matched by name,
 *     or for descriptive names by content-word similarity. Historical gold launches, events and agreements are
 *     optional.</li>
 * <li><b>research</b>: {@code sdkg:ResearchResult} events matched one to one by shared institutions.</li>
 * <li><b>duplicates</b>: gold people and organisations matched by two or more extracted IRIs over all reviews.</li>
 * </ul>
 */
package org.sdkg.eval;
