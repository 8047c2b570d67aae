package org.arbg.workflows.bench;

import java.util.List;

/**
 * A power law cost = prefactor · size^exponent fitted by least squares on log(cost) against log(size).
 *
 * @param quantity  what was fitted, e.g. "energy µs/frame, Reference"
 * @param against   the size variable: "atoms" or "tokens"
 * @param exponent  fitted exponent (slope in log-log)
 * @param prefactor cost at size 1, in the quantity's unit
 * @param points    number of (size, cost) points
 * @param sizes     the sizes used
 * @param costs     the costs used (medians)
 */
public record PowerLaw(String quantity, String against, double exponent, double prefactor, int points,
                       List<Double> sizes, List<Double> costs) {
    /** Fits at least two points with distinct sizes and positive costs; null otherwise. */
    public static PowerLaw fit(String quantity, String against, List<Double> sizes, List<Double> costs) {
        int n = sizes.size();
        if (n < 2 || costs.size() != n) {
            return null;
        }
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            if (!(sizes.get(i) > 0) || !(costs.get(i) > 0)) {
                return null;
            }
            mx += Math.log(sizes.get(i)) / n;
            my += Math.log(costs.get(i)) / n;
        }
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            double dx = Math.log(sizes.get(i)) - mx;
            sxy += dx * (Math.log(costs.get(i)) - my);
            sxx += dx * dx;
        }
        if (sxx == 0) {
            return null;
        }
        double b = sxy / sxx;
        return new PowerLaw(quantity, against, b, Math.exp(my - b * mx), n, List.copyOf(sizes), List.copyOf(costs));
    }
}
