package org.arbg.model.density;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The sampling temperatures of a proposal: the model tempered at one τ, or an equal-share mixture of the
 * model tempered at several. Each proposal is drawn from one component, chosen uniformly at random, and
 * its log q is the density of the whole mixture, log((1/K) Σ_k q_τk(x)), so importance weights stay exact.
 *
 * <p>Why a mixture: at τ = 1 a trained model slightly under-covers strained configurations, whose weights
 * then dominate and are clipped, biasing reweighted energies low; at τ &gt; 1 it over-covers them and the
 * bias flips. With the mixture, a weight p/q_mix is at most K·p/q_τk for every component k, so no region
 * that one component covers well can carry a runaway weight (defensive importance sampling, Hesterberg
 * 1995; the balance heuristic of multiple importance sampling, Veach and Guibas 1995).
 */
public final class TemperatureMixture {
    private final LogitProcessor[] components;

    private TemperatureMixture(double[] temperatures) {
        if (temperatures.length == 0) {
            throw new IllegalArgumentException("need at least one temperature");
        }
        components = new LogitProcessor[temperatures.length];
        for (int k = 0; k < temperatures.length; k++) {
            for (int i = 0; i < k; i++) {
                if (temperatures[i] == temperatures[k]) {
                    throw new IllegalArgumentException("temperature " + temperatures[k] + " is listed twice");
                }
            }
            components[k] = new LogitProcessor(temperatures[k]);
        }
    }

    /** The model at one temperature τ &gt; 0. */
    public static TemperatureMixture single(double temperature) {
        return new TemperatureMixture(new double[] {temperature});
    }

    /** An equal-share mixture of the model at these distinct temperatures, each &gt; 0. */
    public static TemperatureMixture of(double... temperatures) {
        return new TemperatureMixture(temperatures.clone());
    }

    /**
     * Parses a comma-separated list such as {@code 1} or {@code 1,1.1}.
     *
     * @throws IllegalArgumentException naming the offending entry
     */
    public static TemperatureMixture parse(String text) {
        List<Double> values = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            try {
                values.add(Double.parseDouble(part.strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a temperature: '" + part.strip() + "' in '" + text + "'");
            }
        }
        return of(values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** K, the number of components. */
    public int size() {
        return components.length;
    }

    /** τ of component k. */
    public double temperature(int k) {
        return components[k].temperature();
    }

    /** All τ, in the order given. */
    public double[] temperatures() {
        double[] out = new double[components.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = components[k].temperature();
        }
        return out;
    }

    /** The log-softmax rule of component k. */
    public LogitProcessor component(int k) {
        return components[k];
    }

    /**
     * The mixture's log mass from each component's: log((1/K) Σ_k exp(logMass_k)), computed stably. A
     * dequantisation term common to all components may be added before or after.
     *
     * @param logMassPerComponent one value per component, nats
     */
    public double mix(double[] logMassPerComponent) {
        if (logMassPerComponent.length != components.length) {
            throw new IllegalArgumentException("expected " + components.length + " values, got "
                    + logMassPerComponent.length);
        }
        if (components.length == 1) {
            return logMassPerComponent[0];
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double v : logMassPerComponent) {
            max = Math.max(max, v);
        }
        if (max == Double.NEGATIVE_INFINITY) {
            return max;
        }
        double sum = 0;
        for (double v : logMassPerComponent) {
            sum += Math.exp(v - max);
        }
        return max + Math.log(sum / components.length);
    }

    /** The temperatures as {@link #parse} reads them, e.g. {@code 1.0,1.1}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < components.length; k++) {
            s.append(k == 0 ? "" : ",").append(components[k].temperature());
        }
        return s.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TemperatureMixture other && Arrays.equals(temperatures(), other.temperatures());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(temperatures());
    }
}
