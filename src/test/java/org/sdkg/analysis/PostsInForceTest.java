package org.sdkg.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.sdkg.ontology.Iris;

/**
 * Posts in force at an event, and one signing as one tie, on a small hand-made graph:
 * Wang Fang was President of University A (seen 2024-03-01) and then Minister at Ministry B (seen 2025-06-10);
 * Tom Reed was Director of Institute C (seen 2024-03-01).
 * A meeting on 2024-03-05 (Wang Fang, Tom Reed) ties University A and Institute C, not Ministry B;
 * an agreement signed at a signing event on 2025-06-10 by Wang Fang and Tom Reed ties Ministry B and
 * Institute C (Tom Reed's only post) and counts once in the people network.
 */
class PostsInForceTest {
    static final String TTL = """
        PREFIX sdkg: <https://w3id.org/sdkg/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX xsd:  <http://www.w3.org/2001/XMLSchema#>
        PREFIX id:   <https://w3id.org/sdkg/id/>
        id:person\\/wang-fang a sdkg:Person ; rdfs:label "Wang Fang" ;
            sdkg:hasPost id:post\\/wang-fang\\/president\\/university-a, id:post\\/wang-fang\\/minister\\/ministry-b .
        id:post\\/wang-fang\\/president\\/university-a a sdkg:Post ; sdkg:postIn id:org\\/university-a ;
            sdkg:validOn "2024-03-01"^^xsd:date .
        id:post\\/wang-fang\\/minister\\/ministry-b a sdkg:Post ; sdkg:postIn id:org\\/ministry-b ;
            sdkg:validOn "2025-06-10"^^xsd:date .
        id:person\\/tom-reed a sdkg:Person ; rdfs:label "Tom Reed" ; sdkg:hasPost id:post\\/tom-reed\\/director\\/institute-c .
        id:post\\/tom-reed\\/director\\/institute-c a sdkg:Post ; sdkg:postIn id:org\\/institute-c ;
            sdkg:validOn "2024-03-01"^^xsd:date .
        id:org\\/university-a a sdkg:University ; rdfs:label "University A" .
        id:org\\/ministry-b a sdkg:GovernmentBody ; rdfs:label "Ministry B" .
        id:org\\/institute-c a sdkg:ResearchInstitute ; rdfs:label "Institute C" .
        id:event\\/2024-03-05\\/meeting-wang-fang a sdkg:Meeting ; rdfs:label "Meeting of Wang Fang and Tom Reed" ;
            sdkg:participant id:person\\/wang-fang, id:person\\/tom-reed ; sdkg:date "2024-03-05"^^xsd:date .
        id:event\\/2025-06-10\\/signing-wang-fang a sdkg:Signing ; rdfs:label "Signing" ;
            sdkg:participant id:person\\/wang-fang, id:person\\/tom-reed ; sdkg:date "2025-06-10"^^xsd:date .
        id:agreement\\/2025-06-10\\/mou a sdkg:MemorandumOfUnderstanding ; rdfs:label "MoU" ;
            sdkg:signatory id:person\\/wang-fang, id:person\\/tom-reed ; sdkg:date "2025-06-10"^^xsd:date ;
            sdkg:signedAt id:event\\/2025-06-10\\/signing-wang-fang .
        """;

    final Model model = ModelFactory.createDefaultModel().read(new StringReader(TTL), null, "TTL");
    final String wang = Iris.person("Wang Fang"), tom = Iris.person("Tom Reed");
    final String uniA = Iris.organisation("University A"), minB = Iris.organisation("Ministry B"),
            instC = Iris.organisation("Institute C");

    @Test
    void thePostsSeenNearestToTheDateAreInForce() {
        var person = model.getResource(wang);
        assertThat(PostsInForce.at(person, "2024-03-05")).containsExactly(Iris.ID + "post/wang-fang/president/university-a");
        assertThat(PostsInForce.at(person, "2025")).containsExactly(Iris.ID + "post/wang-fang/minister/ministry-b");
        assertThat(PostsInForce.at(person, null)).hasSize(2);
    }

    @Test
    void organisationsOfThePeopleAtAnEventAreThoseOfTheirPostsThen() {
        var g = GatheringReader.read(model, NetworkKind.ORGANISATIONS).network().graph();
        assertThat(g.getEdge(uniA, instC)).isNotNull();
        assertThat(g.getEdge(minB, instC)).isNotNull();
        assertThat(g.getEdge(uniA, minB)).as("affiliation: one person's two organisations").isNotNull();
        assertThat(g.getEdge(uniA, instC).ties()).extracting(Tie::date).containsExactly("2024-03-05");
        assertThat(g.getEdge(minB, instC).ties()).extracting(Tie::date).containsExactly("2025-06-10");
    }

    @Test
    void anAgreementAndItsSigningAreOneTie() {
        Gatherings people = GatheringReader.read(model, NetworkKind.PEOPLE);
        assertThat(people.list()).extracting(x -> x.tie().label()).containsExactly("Meeting of Wang Fang and Tom Reed", "MoU");
        assertThat(people.network().graph().getEdge(wang, tom).weight()).isEqualTo(2);
    }
}
