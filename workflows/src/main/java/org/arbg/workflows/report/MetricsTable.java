package org.arbg.workflows.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** The rows of the report's tables, from metrics.json of {@code arbg evaluate}. */
final class MetricsTable {
    private MetricsTable() {
    }

    /** A JSON number as a double; NaN for null or missing (metrics.json writes NaN and ±∞ as null). */
    static double value(JsonNode n) {
        return n != null && n.isNumber() ? n.asDouble() : Double.NaN;
    }

    static List<List<String>> rows(JsonNode m) {
        JsonNode md = m.path("md");
        JsonNode beats = m.path("beats_md");
        List<List<String>> rows = new ArrayList<>();
        rows.add(row("E-W2 (kT)", m, md, "e_w2_kT", beats));
        JsonNode spread = m.path("e_w2_resampling");
        if (spread.isObject()) {
            String meanAndSd = HtmlPage.number(value(spread.path("mean_kT"))) + " ± "
                    + HtmlPage.number(value(spread.path("sd_kT")));
            rows.add(List.of("E-W2 over " + spread.path("draws").asText() + " further resamples (kT)", meanAndSd,
                    "", "", ""));
        }
        rows.add(row("T-W2 (rad)", m, md, "t_w2_rad", beats));
        rows.add(row("JS divergence (nats)", m, md, "js_divergence", beats));
        rows.add(List.of("ESS fraction", HtmlPage.number(value(m.path("ess_fraction"))), "", "", ""));
        rows.add(List.of("frames per side (n_eval)", m.path("n_eval").asText("—"),
                md.isObject() ? md.path("n_eval").asText("—") : "", "", ""));
        if (md.isObject()) {
            rows.add(List.of("MD frames used", "", md.path("n_frames_used").asText("—") + " ("
                    + md.path("energy_evaluations_per_frame").asText("1") + " evaluations each)", "", ""));
        }
        JsonNode basins = m.path("basin");
        JsonNode refBasins = m.path("reference").path("basin");
        for (int k = 0; k < basins.size(); k++) {
            JsonNode b = basins.get(k);
            String arbg = withError(b, "bootstrap_se_kT");
            String mdCell = md.isObject() ? withError(md.path("basin").path(k), "block_se_kT") : "";
            String ref = withError(refBasins.path(k), "block_se_kT");
            rows.add(List.of("basin dF " + b.path("angle").asText() + " (kT)", arbg, mdCell, ref,
                    k == 0 ? yesNo(beats.path("basin_delta_f")) : ""));
        }
        JsonNode c = m.path("consistency");
        if (c.isObject()) {
            JsonNode bar = c.path("basin_bar");
            for (int k = 0; k < bar.size(); k++) {
                rows.add(List.of("basin dF " + bar.get(k).path("angle").asText() + " by BAR, proposals + reference"
                        + " frames (kT)", withError(bar.get(k), "bootstrap_se_kT"), "", "", ""));
            }
            double se = value(c.path("log_weight_slope_se"));
            rows.add(List.of("log-weight slope, reference vs proposals (1 when consistent)",
                    HtmlPage.number(value(c.path("log_weight_slope"))) + (Double.isFinite(se) ? " ± "
                            + HtmlPage.number(se) : ""), "", "", ""));
        }
        return rows;
    }

    private static List<String> row(String label, JsonNode m, JsonNode md, String key, JsonNode beats) {
        return List.of(label, HtmlPage.number(value(m.path(key))),
                md.isObject() ? HtmlPage.number(value(md.path(key))) : "", "", yesNo(beats.path(key)));
    }

    private static String withError(JsonNode basin, String seKey) {
        if (!basin.isObject()) {
            return "—";
        }
        double se = value(basin.path(seKey));
        return HtmlPage.number(value(basin.path("delta_f_kT"))) + (Double.isFinite(se) ? " ± " + HtmlPage.number(se) : "");
    }

    private static String yesNo(JsonNode b) {
        return b.isBoolean() ? (b.asBoolean() ? "yes" : "no") : "—";
    }

    static List<List<String>> curveRows(JsonNode curve) {
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode p : curve) {
            JsonNode a = p.path("arbg");
            JsonNode md = p.path("md");
            rows.add(List.of(p.path("energy_evaluations").asText(),
                    HtmlPage.number(value(a.path("e_w2_kT"))), HtmlPage.number(value(md.path("e_w2_kT"))),
                    HtmlPage.number(value(a.path("t_w2_rad"))), HtmlPage.number(value(md.path("t_w2_rad"))),
                    md.isObject() ? md.path("n_frames_used").asText() : "—"));
        }
        return rows;
    }
}
