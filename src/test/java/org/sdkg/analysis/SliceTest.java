package org.sdkg.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sdkg.analysis.Fixture.*;

import java.util.List;

import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.Test;

/**
 * Time and ego slices of the fixture's people network (see {@link NetworkAnalysisTest} for its shape):
 * 2024 holds the meeting and talks of Li Wei, Anna Berg and Zhang Min; 2025 the MoU of Zhang Min and Carlos
 * Souza, the forum of Carlos Souza, Maria Lima and Chen Hong, and the launch attended by Omar Haddad alone.
 */
class SliceTest {
    final Dataset ds = Fixture.dataset();

    @Test
    void from() {
        NetworkAnalysis a = single(Analysis.over(ds).from("2025"));
        assertThat(a.network().graph().vertexSet())
                .containsExactlyInAnyOrder(ZHANG_MIN, CARLOS_SOUZA, MARIA_LIMA, CHEN_HONG, OMAR_HADDAD);
        assertThat(a.network().graph().edgeSet()).hasSize(4);
        // Z - C - {M, H}: C lies between Z and M, Z and H: 2 of the (5-1)(5-2)/2 = 6 pairs of other nodes
        assertThat(a.metrics(CARLOS_SOUZA).betweenness()).isEqualTo(2.0 / 6);
    }

    @Test
    void to() {
        // the meeting of 12 March only; the talks of 20 March are after the bound
        NetworkAnalysis a = single(Analysis.over(ds).to("2024-03-15"));
        assertThat(a.network().graph().vertexSet()).containsExactlyInAnyOrder(LI_WEI, ANNA_BERG, ZHANG_MIN);
        assertThat(a.network().graph().getEdge(LI_WEI, ANNA_BERG).weight()).isEqualTo(1);
        // a connected triangle: plain closeness, (n-1)/sum of distances = 2/2 = 1
        assertThat(a.closenessMeasure()).isEqualTo(NetworkAnalysis.CLOSENESS);
        assertThat(a.metrics(LI_WEI).closeness()).isEqualTo(1.0);
    }

    @Test
    void monthBoundsIncludeTheWholeMonth() {
        NetworkAnalysis a = single(Analysis.over(ds).from("2024-03").to("2024-03"));
        assertThat(a.network().graph().getEdge(LI_WEI, ANNA_BERG).weight()).isEqualTo(2);
    }

    @Test
    void byYear() {
        List<NetworkAnalysis> years = Analysis.over(ds).byYear(true).run();
        assertThat(years).extracting(NetworkAnalysis::year).containsExactly("2024", "2025");
        assertThat(years.get(0).network().graph().vertexSet()).containsExactlyInAnyOrder(LI_WEI, ANNA_BERG, ZHANG_MIN);
        assertThat(years.get(0).network().graph().getEdge(LI_WEI, ANNA_BERG).weight()).isEqualTo(2);
        assertThat(years.get(1).network().graph().vertexSet())
                .containsExactlyInAnyOrder(ZHANG_MIN, CARLOS_SOUZA, MARIA_LIMA, CHEN_HONG, OMAR_HADDAD);
        assertThat(years.get(0).label()).isEqualTo("people 2024");
    }

    @Test
    void ego() {
        NetworkAnalysis one = single(Analysis.over(ds).ego("Li Wei", 1));
        assertThat(one.network().graph().vertexSet()).containsExactlyInAnyOrder(LI_WEI, ANNA_BERG, ZHANG_MIN);
        assertThat(one.network().graph().edgeSet()).hasSize(3);
        NetworkAnalysis two = single(Analysis.over(ds).ego("li wei", 2));
        assertThat(two.network().graph().vertexSet()).containsExactlyInAnyOrder(LI_WEI, ANNA_BERG, ZHANG_MIN, CARLOS_SOUZA);
        assertThat(two.network().graph().edgeSet()).hasSize(4);
        // in L-A-Z + Z-C, Zhang Min lies between C and L, C and A: 2 of the 3 pairs of other nodes
        assertThat(two.metrics(ZHANG_MIN).betweenness()).isEqualTo(2.0 / 3);
        NetworkAnalysis three = single(Analysis.over(ds).ego(LI_WEI, 3));
        assertThat(three.network().graph().vertexSet()).hasSize(6).doesNotContain(OMAR_HADDAD);
    }

    @Test
    void egoByYearSkipsYearsWithoutTheEgo() {
        List<NetworkAnalysis> years = Analysis.over(ds).ego("Li Wei", 2).byYear(true).run();
        assertThat(years).extracting(NetworkAnalysis::year).containsExactly("2024");
    }

    @Test
    void unknownEgoOrBadDateIsOneSentence() {
        assertThatThrownBy(() -> Analysis.over(ds).ego("Nobody Known", 1).run())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No person, organisation or country named \"Nobody Known\" is in the people network.");
        assertThatThrownBy(() -> Analysis.over(ds).from("March 2024").run())
                .hasMessageContaining("\"March 2024\" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD");
        assertThatThrownBy(() -> Analysis.over(ds).from("2025").to("2024").run()).hasMessageContaining("is empty");
    }

    private static NetworkAnalysis single(Analysis analysis) {
        List<NetworkAnalysis> results = analysis.run();
        assertThat(results).hasSize(1);
        return results.get(0);
    }
}
