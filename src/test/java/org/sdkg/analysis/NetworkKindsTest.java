package org.sdkg.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;

import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.Test;
import org.sdkg.ontology.Iris;

/**
 * The organisations, countries and mixed networks of the fixture.
 * <pre>
 * organisations: meeting (posts of Li Wei, Anna Berg, Zhang Min): MOST, SRC, NSFC; talks: MOST (organiser and
 *   post), SRC; MoU: parties NSFC, MCTI; forum (posts): MCTI, CNPq, CAS; launch (post of Omar Haddad): ASRT;
 *   the joint lab founded by CAS and ASRT: CAS, ASRT, the lab. 8 nodes, 10 edges, MOST-SRC weight 2, connected.
 * countries: meeting and talks: China, Sweden (weight 2); MoU and forum: China, Brazil (weight 2); the joint lab
 *   (CAS in China, ASRT in Egypt, partner Egypt): China, Egypt. China lies between all 3 pairs: betweenness 1.
 * </pre>
 */
class NetworkKindsTest {
    final Dataset ds = Fixture.dataset();

    @Test
    void organisations() {
        NetworkAnalysis a = Analysis.over(ds).network(NetworkKind.ORGANISATIONS).run().get(0);
        var g = a.network().graph();
        assertThat(g.vertexSet().stream().map(v -> a.network().actor(v).label()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("Ministry of Science and Technology", "Swedish Research Council",
                        "National Natural Science Foundation of China", "Ministry of Science, Technology and Innovation",
                        "National Council for Scientific and Technological Development", "Chinese Academy of Sciences",
                        "Academy of Scientific Research and Technology", "China-Egypt Joint Laboratory on Renewable Energy");
        assertThat(g.edgeSet()).hasSize(10);
        assertThat(g.getEdge(Iris.organisation("Ministry of Science and Technology"),
                Iris.organisation("Swedish Research Council")).weight()).isEqualTo(2);
        assertThat(a.components()).hasSize(1);
        assertThat(a.closenessMeasure()).isEqualTo(NetworkAnalysis.CLOSENESS);
    }

    @Test
    void countries() {
        NetworkAnalysis a = Analysis.over(ds).network(NetworkKind.COUNTRIES).run().get(0);
        var g = a.network().graph();
        String china = Iris.country("China");
        assertThat(g.vertexSet()).containsExactlyInAnyOrder(china, Iris.country("Sweden"), Iris.country("Brazil"),
                Iris.country("Egypt"));
        assertThat(g.edgeSet()).hasSize(3);
        assertThat(g.getEdge(china, Iris.country("Sweden")).weight()).isEqualTo(2);
        assertThat(g.getEdge(china, Iris.country("Brazil")).weight()).isEqualTo(2);
        assertThat(g.getEdge(china, Iris.country("Egypt")).weight()).isEqualTo(1);
        assertThat(a.metrics(china).betweenness()).isEqualTo(1.0);
        assertThat(a.ranking().get(0)).isEqualTo(china);
    }

    @Test
    void mixed() {
        NetworkAnalysis a = Analysis.over(ds).network(NetworkKind.MIXED).run().get(0);
        var g = a.network().graph();
        assertThat(g.vertexSet().stream().map(v -> a.network().actor(v).kind()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(NodeKind.values());
        assertThat(g.getEdge(Fixture.LI_WEI, Iris.organisation("Ministry of Science and Technology")))
                .as("affiliation").isNotNull();
        assertThat(g.getEdge(Fixture.CARLOS_SOUZA, Iris.country("Brazil"))).as("signatory and party").isNotNull();
        assertThat(g.getEdge(Iris.organisation("Chinese Academy of Sciences"), Iris.country("Egypt")))
                .as("founder and partner country").isNotNull();
        assertThat(g.getEdge(Fixture.LI_WEI, Fixture.ANNA_BERG).weight()).isEqualTo(2);
    }
}
