package org.sdkg.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sdkg.analysis.Fixture.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdkg.ontology.Iris;

/** The measures written into the analysis graph of a TDB2 store and read back with SPARQL. */
class MetricsGraphTest {
    @TempDir Path dir;

    static final String BY_BETWEENNESS = """
            PREFIX sdkg: <https://w3id.org/sdkg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?name ?b WHERE {
              GRAPH <%s> { ?m a sdkg:NetworkMetrics ; sdkg:network "people" ; sdkg:metricsOf ?p ; sdkg:betweenness ?b }
              ?p a sdkg:Person ; rdfs:label ?name .
            } ORDER BY DESC(?b) ?name
            """.formatted(Iris.ANALYSIS_GRAPH);

    static final String COMMUNITY_OF_LI_WEI = """
            PREFIX sdkg: <https://w3id.org/sdkg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?name WHERE {
              <%s> sdkg:memberOfCommunity ?c . ?c sdkg:network "people" .
              ?member sdkg:memberOfCommunity ?c ; rdfs:label ?name .
            } ORDER BY ?name
            """.formatted(LI_WEI);

    @Test
    void writtenToTdb2AndSortedBySparql() {
        Dataset ds = TDB2Factory.connectDataset(dir.toString());
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        Fixture.loadInto(ds);
        NetworkAnalysis people = Analysis.over(ds).run().get(0);
        NetworkAnalysis countries = Analysis.over(ds).network(NetworkKind.COUNTRIES).run().get(0);
        MetricsGraph.write(ds, List.of(people, countries));
        MetricsGraph.write(ds, List.of(people));   // again: replaces the people measures, keeps the countries'

        List<String> rows = select(ds, BY_BETWEENNESS, "name", "b");
        assertThat(rows).hasSize(7);
        assertThat(rows.subList(0, 2)).containsExactly("Carlos Souza 0.4e0", "Zhang Min 0.4e0");  // TDB2 keeps doubles canonical
        assertThat(rows.get(2)).startsWith("Anna Berg 0");
        assertThat(select(ds, COMMUNITY_OF_LI_WEI, "name")).containsExactly("Anna Berg", "Li Wei", "Zhang Min");
        long countryRows = Txn.calculateRead(ds, () -> ds.getNamedModel(Iris.ANALYSIS_GRAPH)
                .listSubjectsWithProperty(org.sdkg.ontology.SDKG.network, "countries").toList().size());
        assertThat(countryRows).as("4 countries + 1 community").isEqualTo(5);
        assertThat(select(ds, """
                PREFIX sdkg: <https://w3id.org/sdkg/ontology#>
                SELECT ?d WHERE { <%s> sdkg:degree ?d }""".formatted(
                MetricsGraph.metricsIri(NetworkKind.PEOPLE, ZHANG_MIN)), "d")).containsExactly("3");
        ds.close();
    }

    private static List<String> select(Dataset ds, String sparql, String... vars) {
        List<String> out = new ArrayList<>();
        Txn.executeRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(sparql).build()) {
                qe.execSelect().forEachRemaining(row -> {
                    List<String> cells = new ArrayList<>();
                    for (String v : vars) {
                        var n = row.get(v);
                        cells.add(n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                    }
                    out.add(String.join(" ", cells));
                });
            }
        });
        return out;
    }
}
