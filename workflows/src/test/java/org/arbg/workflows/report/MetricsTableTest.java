package org.arbg.workflows.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.arbg.workflows.reweight.JsonOutput;
import org.junit.jupiter.api.Test;

/** The report's metrics table reads metrics.json's consistency and E-W2 spread objects when there are some. */
class MetricsTableTest {
    private static final String BASE = "\"e_w2_kT\": 0.3, \"t_w2_rad\": 0.2, \"js_divergence\": 0.01,"
            + " \"ess_fraction\": 0.14, \"n_eval\": 100, \"md\": null, \"beats_md\": null,"
            + " \"basin\": [{\"angle\": \"phi ALA 2\", \"delta_f_kT\": 4.1, \"bootstrap_se_kT\": 0.06}],"
            + " \"reference\": {\"basin\": [{\"angle\": \"phi ALA 2\", \"delta_f_kT\": 3.7, \"block_se_kT\": 0.1}]}";

    @Test
    void consistencyRowsAppearOnlyWithTheCheck() {
        List<List<String>> without = MetricsTable.rows(JsonOutput.parse("{" + BASE + ", \"consistency\": null}"));
        List<List<String>> with = MetricsTable.rows(JsonOutput.parse("{" + BASE + ", \"consistency\": {"
                + "\"log_weight_slope\": 0.98, \"log_weight_slope_se\": 0.01, \"basin_bar\": [{\"angle\": \"phi ALA 2\","
                + " \"delta_f_kT\": 3.86, \"bootstrap_se_kT\": 0.05}]}}"));
        assertEquals(without.size() + 2, with.size());
        List<String> bar = with.get(without.size());
        assertTrue(bar.get(0).contains("BAR") && bar.get(0).contains("phi ALA 2"), bar.get(0));
        assertEquals(HtmlPage.number(3.86) + " ± " + HtmlPage.number(0.05), bar.get(1));
        List<String> slope = with.get(without.size() + 1);
        assertTrue(slope.get(0).startsWith("log-weight slope"), slope.get(0));
        assertEquals(HtmlPage.number(0.98) + " ± " + HtmlPage.number(0.01), slope.get(1));
    }

    @Test
    void theResamplingSpreadOfEw2FollowsItsRow() {
        List<List<String>> rows = MetricsTable.rows(JsonOutput.parse("{" + BASE + ", \"e_w2_resampling\": "
                + "{\"draws\": 20, \"mean_kT\": 0.24, \"sd_kT\": 0.06}}"));
        assertEquals("E-W2 (kT)", rows.get(0).get(0));
        assertEquals("E-W2 over 20 further resamples (kT)", rows.get(1).get(0));
        assertEquals(HtmlPage.number(0.24) + " ± " + HtmlPage.number(0.06), rows.get(1).get(1));
        assertEquals(rows.size() - 1, MetricsTable.rows(JsonOutput.parse("{" + BASE + "}")).size());
    }
}
