package org.sdkg.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.sdkg.analysis.Fixture.*;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The people network of the fixture, measured by hand.
 * <pre>
 * Nodes: L = Li Wei, A = Anna Berg, Z = Zhang Min, C = Carlos Souza, M = Maria Lima, H = Chen Hong,
 *        O = Omar Haddad (alone at a launch). n = 7.
 * Edges: L-A weight 2 (meeting 2024-03-12 and talks 2024-03-20), L-Z 1, A-Z 1 (meeting),
 *        Z-C 1 (MoU signed 2025-05-13), C-M 1, C-H 1, M-H 1 (forum 2025-05-14; C is a co-chair).
 *        L and H share only a research result: no edge.
 * So: triangle L-A-Z, bridge Z-C, triangle C-M-H, and O isolated.
 *
 * degree:          L 2, A 2, Z 3, C 3, M 2, H 2, O 0
 * weighted degree: L 3 (2+1), A 3, Z 3 (1+1+1), C 3, M 2, H 2, O 0
 * betweenness: every shortest path between {L, A} and {C, M, H} goes through Z (6 pairs), every one between
 *   {L, A, Z} and {M, H} goes through C (6 pairs); no other node lies inside a shortest path.
 *   Normalised over the (n-1)(n-2)/2 = 15 pairs of other nodes: Z = C = 6/15 = 0.4, all others 0.
 * closeness: the network has two components, so harmonic centrality, sum over others of 1/distance, / (n-1):
 *   L: 1/1 (A) + 1/1 (Z) + 1/2 (C) + 1/3 (M) + 1/3 (H) = 19/6, / 6 = 19/36 = 0.52778; A, M, H the same
 *   Z: 1 + 1 + 1 + 1/2 + 1/2 = 4, / 6 = 2/3; C the same; O: 0.
 * clustering: L: its neighbours A, Z are tied: 1/1 = 1; A, M, H likewise 1;
 *   Z: neighbours L, A, C, one tie among three pairs: 1/3; C likewise 1/3; O (no neighbours) 0.
 * PageRank (d = 0.85, weighted, a dangling node spreads its rank evenly):
 *   O: PR = 0.15/7 + 0.85 PR/7, so PR = 0.15 / 6.15 = 0.024390.
 *   The others solve PR(v) = 0.15/7 + 0.85 PR(O)/7 + 0.85 sum_u PR(u) w(u,v) / wdeg(u):
 *   L = A = 0.170399, Z = 0.174527, C = 0.189095, M = H = 0.135595; the sum is 1.
 * components: {L, A, Z, C, M, H} and {O}.
 * communities: the two triangles and O: {L, A, Z}, {C, M, H}, {O}; modularity (m = 8, weighted):
 *   sum over communities of (inner weight / m - (total degree / 2m)^2)
 *   = (4/8 - (9/16)^2) + (3/8 - (7/16)^2) + 0 = 0.5 - 0.31641 + 0.375 - 0.19141 = 0.36719.
 * </pre>
 */
class NetworkAnalysisTest {
    static NetworkAnalysis people;

    @BeforeAll
    static void analyse() {
        people = NetworkAnalysis.of(GatheringReader.read(Fixture.dataset(), NetworkKind.PEOPLE).network(), "people");
    }

    @Test
    void nodesAndEdges() {
        assertThat(people.network().graph().vertexSet()).containsExactlyInAnyOrder(
                LI_WEI, ANNA_BERG, ZHANG_MIN, CARLOS_SOUZA, MARIA_LIMA, CHEN_HONG, OMAR_HADDAD);
        assertThat(people.network().graph().edgeSet()).hasSize(7);
        assertThat(people.network().graph().getEdge(LI_WEI, CHEN_HONG)).as("research results tie no one").isNull();
        Link la = people.network().graph().getEdge(LI_WEI, ANNA_BERG);
        assertThat(la.weight()).isEqualTo(2);
        assertThat(la.ties()).extracting(Tie::date).containsExactly("2024-03-12", "2024-03-20");
        assertThat(la.ties()).extracting(Tie::review).containsExactly("2024-03", "2024-03");
        assertThat(la.ties().get(1).sentence()).startsWith("On 20 March, Li Wei held talks with Anna Berg");
    }

    @Test
    void degrees() {
        assertThat(m(LI_WEI).degree()).isEqualTo(2);
        assertThat(m(ZHANG_MIN).degree()).isEqualTo(3);
        assertThat(m(CARLOS_SOUZA).degree()).isEqualTo(3);
        assertThat(m(OMAR_HADDAD).degree()).isZero();
        assertThat(m(LI_WEI).weightedDegree()).isEqualTo(3.0);
        assertThat(m(ANNA_BERG).weightedDegree()).isEqualTo(3.0);
        assertThat(m(ZHANG_MIN).weightedDegree()).isEqualTo(3.0);
        assertThat(m(MARIA_LIMA).weightedDegree()).isEqualTo(2.0);
    }

    @Test
    void betweenness() {
        assertThat(m(ZHANG_MIN).betweenness()).isCloseTo(0.4, within(1e-9));
        assertThat(m(CARLOS_SOUZA).betweenness()).isCloseTo(0.4, within(1e-9));
        for (String v : List.of(LI_WEI, ANNA_BERG, MARIA_LIMA, CHEN_HONG, OMAR_HADDAD))
            assertThat(m(v).betweenness()).isZero();
        // equal betweenness and weighted degree: PageRank (C 0.189 > Z 0.175) ranks Carlos Souza first
        assertThat(people.ranking().subList(0, 2)).containsExactly(CARLOS_SOUZA, ZHANG_MIN);
    }

    @Test
    void harmonicClosenessOnADisconnectedNetwork() {
        assertThat(people.closenessMeasure()).isEqualTo(NetworkAnalysis.HARMONIC);
        assertThat(m(LI_WEI).closeness()).isCloseTo(19.0 / 36, within(1e-9));
        assertThat(m(MARIA_LIMA).closeness()).isCloseTo(19.0 / 36, within(1e-9));
        assertThat(m(ZHANG_MIN).closeness()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(m(OMAR_HADDAD).closeness()).isZero();
    }

    @Test
    void pageRank() {
        double sum = people.metrics().values().stream().mapToDouble(NodeMetrics::pageRank).sum();
        assertThat(sum).isCloseTo(1.0, within(1e-6));
        assertThat(m(OMAR_HADDAD).pageRank()).isCloseTo(0.15 / 6.15, within(1e-4));
        assertThat(m(LI_WEI).pageRank()).isCloseTo(0.170399, within(1e-4));
        assertThat(m(ZHANG_MIN).pageRank()).isCloseTo(0.174527, within(1e-4));
        assertThat(m(CARLOS_SOUZA).pageRank()).isCloseTo(0.189095, within(1e-4));
        assertThat(m(CHEN_HONG).pageRank()).isCloseTo(0.135595, within(1e-4));
    }

    @Test
    void clustering() {
        assertThat(m(LI_WEI).clustering()).isEqualTo(1.0);
        assertThat(m(CHEN_HONG).clustering()).isEqualTo(1.0);
        assertThat(m(ZHANG_MIN).clustering()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(m(CARLOS_SOUZA).clustering()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(m(OMAR_HADDAD).clustering()).isZero();
    }

    @Test
    void componentsAndCommunities() {
        assertThat(people.components()).containsExactly(
                Set.of(LI_WEI, ANNA_BERG, ZHANG_MIN, CARLOS_SOUZA, MARIA_LIMA, CHEN_HONG), Set.of(OMAR_HADDAD));
        assertThat(m(CHEN_HONG).component()).isEqualTo(1);
        assertThat(m(OMAR_HADDAD).component()).isEqualTo(2);
        assertThat(people.communities().list()).containsExactlyInAnyOrder(
                Set.of(LI_WEI, ANNA_BERG, ZHANG_MIN), Set.of(CARLOS_SOUZA, MARIA_LIMA, CHEN_HONG), Set.of(OMAR_HADDAD));
        assertThat(people.communities().modularity()).isCloseTo(0.5 - 81.0 / 256 + 0.375 - 49.0 / 256, within(1e-9));
        assertThat(m(LI_WEI).community()).isEqualTo(m(ZHANG_MIN).community()).isNotEqualTo(m(CARLOS_SOUZA).community());
        assertThat(m(OMAR_HADDAD).community()).isEqualTo(3);
    }

    private static NodeMetrics m(String node) { return people.metrics(node); }
}
