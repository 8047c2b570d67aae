package org.arbg.workflows.report;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.HeatMapStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The report's charts, drawn with XChart and encoded as PNG. Needs no display: AWT runs headless (the
 * property is set here unless the caller chose otherwise).
 */
public final class ReportPlots {
    /** Size of a Ramachandran map, pixels. */
    public static final int MAP_WIDTH = 480;
    public static final int MAP_HEIGHT = 420;
    /** Size of the other charts, pixels. */
    public static final int CHART_WIDTH = 720;
    public static final int CHART_HEIGHT = 420;

    /** viridis at 6 stops: low free energy dark, high bright. */
    private static final Color[] VIRIDIS = {new Color(68, 1, 84), new Color(65, 68, 135), new Color(42, 120, 142),
        new Color(34, 168, 132), new Color(122, 209, 81), new Color(253, 231, 37)};

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private ReportPlots() {
    }

    /** A line of an XY chart; NaN points are left out. */
    public record Line(String name, double[] x, double[] y) {
    }

    /**
     * A Ramachandran free-energy map as a heat map.
     *
     * @param map  −ln p in kT, [φ bin][ψ bin], NaN for empty bins (see {@link Histograms#freeEnergyMap})
     * @param maxKT top of the colour scale; higher values are drawn at the top colour
     */
    public static byte[] freeEnergyMap(String title, double[][] map, double maxKT) throws IOException {
        int bins = map.length;
        HeatMapChart chart = new HeatMapChartBuilder().width(MAP_WIDTH).height(MAP_HEIGHT).title(title)
                .xAxisTitle("phi (deg)").yAxisTitle("psi (deg)").build();
        HeatMapStyler s = chart.getStyler();
        common(s);
        s.setPlotGridLinesVisible(false);
        s.setShowValue(false);
        s.setDrawBorder(false);
        s.setRangeColors(VIRIDIS);
        s.setMin(0);
        s.setMax(maxKT);
        s.setPlotContentSize(1.0);
        s.setHeatMapValueDecimalPattern("0.#");
        s.setxAxisTickLabelsFormattingFunction(v -> degreeLabel(v, bins));
        s.setyAxisTickLabelsFormattingFunction(v -> degreeLabel(v, bins));
        List<Integer> index = new ArrayList<>();
        for (int k = 0; k < bins; k++) {
            index.add(k);
        }
        List<Number[]> cells = new ArrayList<>();
        for (int i = 0; i < bins; i++) {
            for (int j = 0; j < bins; j++) {
                if (!Double.isNaN(map[i][j])) {
                    cells.add(new Number[] {i, j, Math.min(map[i][j], maxKT)});
                }
            }
        }
        if (cells.isEmpty()) {
            throw new IllegalArgumentException("an empty free-energy map: " + title);
        }
        chart.addSeries("-ln p (kT)", index, index, cells);
        return png(chart);
    }

    /** The label of bin k (centre −180° + k·360°/bins): the multiple of 60° within half a bin, else none. */
    static String degreeLabel(double k, int bins) {
        double width = 360.0 / bins;
        double centre = -180 + k * width;
        long m = Math.round(centre / 60) * 60;
        return centre - width / 2 <= m && m < centre + width / 2 && m < 180 ? Long.toString(m) : "";
    }

    /** Densities as step lines on shared axes. */
    public static byte[] densities(String title, String xTitle, List<Histograms.Density> densities,
                                   List<String> names) throws IOException {
        List<Line> lines = new ArrayList<>();
        for (int k = 0; k < densities.size(); k++) {
            Histograms.Density d = densities.get(k);
            int bins = d.density().length;
            double[] x = new double[2 * bins];
            double[] y = new double[2 * bins];
            for (int b = 0; b < bins; b++) {
                x[2 * b] = d.lo() + b * d.binWidth();
                x[2 * b + 1] = d.lo() + (b + 1) * d.binWidth();
                y[2 * b] = d.density()[b];
                y[2 * b + 1] = d.density()[b];
            }
            lines.add(new Line(names.get(k), x, y));
        }
        return lines(title, xTitle, "density", lines, false, true);
    }

    /**
     * An XY chart of lines.
     *
     * @param logX    logarithmic x axis
     * @param steps   lines without markers (histograms) rather than with circles at the points (curves)
     */
    public static byte[] lines(String title, String xTitle, String yTitle, List<Line> lines, boolean logX,
                               boolean steps) throws IOException {
        XYChart chart = new XYChartBuilder().width(CHART_WIDTH).height(CHART_HEIGHT).title(title)
                .xAxisTitle(xTitle).yAxisTitle(yTitle).build();
        common(chart.getStyler());
        chart.getStyler().setXAxisLogarithmic(logX);
        if (!logX) {
            chart.getStyler().setXAxisDecimalPattern("0.##");
        }
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        int added = 0;
        for (Line l : lines) {
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            for (int i = 0; i < l.x().length; i++) {
                if (Double.isFinite(l.x()[i]) && Double.isFinite(l.y()[i]) && (!logX || l.x()[i] > 0)) {
                    xs.add(l.x()[i]);
                    ys.add(l.y()[i]);
                }
            }
            if (xs.isEmpty()) {
                continue;
            }
            XYSeries series = chart.addSeries(l.name(), xs, ys);
            series.setMarker(steps ? SeriesMarkers.NONE : SeriesMarkers.CIRCLE);
            added++;
        }
        if (added == 0) {
            throw new IllegalArgumentException("nothing to plot in " + title);
        }
        return png(chart);
    }

    private static void common(Styler s) {
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setLegendBorderColor(Color.LIGHT_GRAY);
        s.setAntiAlias(true);
    }

    private static byte[] png(Chart<?, ?> chart) throws IOException {
        return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
    }
}
