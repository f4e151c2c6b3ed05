// SPARQL queries of the network page. Each network lists, for every event, agreement, founded organisation
// or post ("group"), its members; members of one group are tied pairwise (as `sdkg analyze` does, with the
// same queries as its members-*.rq). Members reached through a person's post carry ?holder and ?post: the page
// keeps only the posts in force at the group's date, and folds a signing event into the agreement signed at it.
"use strict";

const SDKG_QUERIES = (() => {
  const ID = "https://w3id.org/sdkg/id/";
  const PREFIXES = `PREFIX sdkg: <https://w3id.org/sdkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
`;
  const NOT_RESEARCH = "FILTER NOT EXISTS { ?group a sdkg:ResearchResult }";

  const MEMBERS = {
    people: `
      { ?group sdkg:participant|sdkg:coChair ?member . ${NOT_RESEARCH} }
      UNION { ?group sdkg:signatory ?member }`,
    organisations: `
      { ?group sdkg:party ?member }
      UNION { ?group sdkg:foundedBy ?member }
      UNION { ?group sdkg:foundedBy ?founder . BIND(?group AS ?member) }
      UNION { ?group sdkg:organiser|sdkg:participant|sdkg:coChair ?member . ${NOT_RESEARCH} }
      UNION { ?group sdkg:participant|sdkg:coChair|sdkg:signatory ?holder .
              ?holder sdkg:hasPost ?post . ?post sdkg:postIn ?member . ${NOT_RESEARCH} }
      UNION { ?group sdkg:hasPost/sdkg:postIn ?member }`,
    countries: `
      { { ?group sdkg:participant|sdkg:coChair|sdkg:signatory|sdkg:organiser|sdkg:party|sdkg:place ?x }
        UNION { ?group sdkg:foundedBy|sdkg:partnerCountry ?x }
        UNION { ?group sdkg:foundedBy|sdkg:partnerCountry ?any . BIND(?group AS ?x) }
        ${NOT_RESEARCH} }
      { ?x a sdkg:Country . BIND(?x AS ?member) }
      UNION { ?x sdkg:country ?member }
      UNION { ?x sdkg:hasPost ?post . ?post sdkg:country ?member . BIND(?x AS ?holder) }
      UNION { ?x sdkg:hasPost ?post . ?post sdkg:postIn/sdkg:country ?member . BIND(?x AS ?holder) }`,
    mixed: `
      { ?group sdkg:participant|sdkg:coChair|sdkg:organiser ?member . ${NOT_RESEARCH} }
      UNION { ?group sdkg:signatory|sdkg:party ?member }
      UNION { ?group sdkg:foundedBy|sdkg:partnerCountry ?member }
      UNION { ?group sdkg:foundedBy|sdkg:partnerCountry ?any . BIND(?group AS ?member) }
      UNION { ?group sdkg:postIn ?member }
      UNION { ?group sdkg:postIn ?org . ?member sdkg:hasPost ?group }`
  };

  const KINDS = { people: ["person"], organisations: ["organisation"], countries: ["country"],
                  mixed: ["person", "organisation", "country"] };

  const ORG_CLASSES = "sdkg:Organisation sdkg:GovernmentBody sdkg:Academy sdkg:University sdkg:ResearchInstitute " +
      "sdkg:Company sdkg:InternationalOrganisation sdkg:Association sdkg:JointLab";

  /** Groups and members of a network, with labels, kinds, dates and source sentences. */
  function groups(network) {
    const kinds = KINDS[network].map(k => `"${k}"`).join(", ");
    return PREFIXES + `SELECT ?group ?groupLabel ?date ?text ?sentence ?reviewOf ?member ?memberLabel ?kind ?holder ?post WHERE {
  { SELECT DISTINCT ?group ?member ?holder ?post WHERE { ${MEMBERS[network]} } }
  BIND(IF(EXISTS { ?member a sdkg:Person } || STRSTARTS(STR(?member), "${ID}person/"), "person",
       IF(EXISTS { ?member a sdkg:Country } || STRSTARTS(STR(?member), "${ID}country/"), "country",
       IF(EXISTS { VALUES ?c { ${ORG_CLASSES} } ?member a ?c } || STRSTARTS(STR(?member), "${ID}org/"),
          "organisation", "other"))) AS ?kind)
  FILTER(?kind IN (${kinds}))
  OPTIONAL { ?member rdfs:label ?memberLabel }
  OPTIONAL { ?group rdfs:label ?groupLabel }
  OPTIONAL { ?group sdkg:date ?d1 }
  OPTIONAL { ?launch sdkg:launched ?group ; sdkg:date ?d2 }
  OPTIONAL { ?group sdkg:validOn ?d3 }
  OPTIONAL { ?group sdkg:hasPost/sdkg:validOn ?d4 }
  BIND(COALESCE(?d1, ?d2, ?d3, ?d4) AS ?date)
  OPTIONAL { ?group sdkg:sourceSentence ?sentence . OPTIONAL { ?sentence sdkg:text ?text }
             OPTIONAL { ?sentence sdkg:inReview ?reviewOf } }
}`;
  }

  /** Every post of every person, with the dates it was seen on. */
  function posts() {
    return PREFIXES + `SELECT ?holder ?post ?seen WHERE { ?holder sdkg:hasPost ?post . OPTIONAL { ?post sdkg:validOn ?seen } }`;
  }

  /** Agreements and the signing events they were signed at. */
  function signings() {
    return PREFIXES + `SELECT ?agreement ?event WHERE { ?agreement sdkg:signedAt ?event }`;
  }

  /** The measures `sdkg analyze` stored for a network, if any. */
  function metrics(network) {
    return PREFIXES + `SELECT ?node ?degree ?weightedDegree ?betweenness ?closeness ?pageRank ?clustering ?community WHERE {
  GRAPH <https://w3id.org/sdkg/graph/analysis> {
    ?m a sdkg:NetworkMetrics ; sdkg:network "${network}" ; sdkg:metricsOf ?node ;
       sdkg:degree ?degree ; sdkg:betweenness ?betweenness ; sdkg:pageRank ?pageRank .
    OPTIONAL { ?m sdkg:weightedDegree ?weightedDegree } OPTIONAL { ?m sdkg:closeness ?closeness }
    OPTIONAL { ?m sdkg:clustering ?clustering } OPTIONAL { ?m sdkg:community ?community }
  }
}`;
  }

  return { groups, posts, signings, metrics, ID };
})();
