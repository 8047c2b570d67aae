package org.arbg.adapters.ic;

import java.util.Objects;

import org.arbg.adapters.BadInputException;

/**
 * Batched, float64 conversion between Cartesian positions and the internal coordinates of a {@link ZMatrix},
 * with the exact log-Jacobian.
 *
 * <p>Conventions. Positions are nm, x y z per atom in topology order, frames one after another. Internal
 * coordinates are in token order (see {@link ZMatrix}): bonds in nm, angles in radians in [0, π], torsions in
 * radians in [−π, π). {@link #toCartesian} puts the first placed atom at the origin, the second on +x and the
 * third in the xy plane (y &gt; 0): the six rigid-motion degrees of freedom are dropped.
 *
 * <p>Jacobian. With that frame, the Cartesian volume element modulo translation and rotation is
 * r₂² dr₂ · r₃² sin θ₃ dr₃ dθ₃ · Π_{i≥4} r_i² sin θ_i dr_i dθ_i dφ_i, so
 * log J = 2 log r₂ + 2 log r₃ + log sin θ₃ + Σ_{i≥4} (2 log r_i + log sin θ_i): the log|det| of the
 * internal → Cartesian map. Both directions report this same quantity, named
 * {@code logDetInternalToCartesian}; the Cartesian → internal log-det is its negative.
 *
 * <p>Threads. Instances are immutable and the range methods write only to the caller's arrays, so several
 * threads may convert disjoint frame ranges of one batch at once; no per-frame allocation.
 */
public final class InternalCoordinateTransform {
    private final ZMatrix zMatrix;
    private final int numAtoms;
    private final int numTokens;
    /** Per row: 3 × atom index of the atom and its references (−3 where absent): offsets into a frame. */
    private final int[] atom3;
    private final int[] bond3;
    private final int[] angle3;
    private final int[] torsion3;

    public InternalCoordinateTransform(ZMatrix zMatrix) {
        this.zMatrix = Objects.requireNonNull(zMatrix, "zMatrix");
        this.numAtoms = zMatrix.numAtoms();
        this.numTokens = zMatrix.numTokens();
        atom3 = new int[numAtoms];
        bond3 = new int[numAtoms];
        angle3 = new int[numAtoms];
        torsion3 = new int[numAtoms];
        for (int k = 0; k < numAtoms; k++) {
            ZMatrixRow r = zMatrix.row(k);
            atom3[k] = 3 * r.atom();
            bond3[k] = 3 * r.bond();
            angle3[k] = 3 * r.angle();
            torsion3[k] = 3 * r.torsion();
        }
    }

    public ZMatrix zMatrix() {
        return zMatrix;
    }

    public int numAtoms() {
        return numAtoms;
    }

    /** 3N − 6. */
    public int numTokens() {
        return numTokens;
    }

    /**
     * Cartesian → internal for a whole batch.
     *
     * @param xyzNm     numFrames × N × 3 positions in nm
     * @param numFrames number of frames
     * @throws BadInputException when the array does not hold numFrames frames of N atoms, a coordinate is
     *                           NaN or infinite (the message names frame and atom), or two bonded atoms coincide
     */
    public InternalFrames toInternal(double[] xyzNm, int numFrames) {
        requireLength(xyzNm, numFrames, 3 * numAtoms, "coordinates", "positions of " + numAtoms + " atoms");
        double[] ic = new double[numFrames * numTokens];
        double[] logDet = new double[numFrames];
        toInternal(xyzNm, 0, numFrames, ic, logDet);
        return new InternalFrames(ic, logDet, numFrames, numTokens);
    }

    /**
     * Cartesian → internal for frames [fromFrame, toFrame) of a batch, written at the same frame offsets of
     * the output arrays; safe to call from several threads on disjoint ranges.
     *
     * @param xyzNm                       positions in nm, N × 3 per frame
     * @param icOut                       receives numTokens values per frame
     * @param logDetInternalToCartesianOut receives one log-Jacobian (internal → Cartesian) per frame
     */
    public void toInternal(double[] xyzNm, int fromFrame, int toFrame, double[] icOut,
                           double[] logDetInternalToCartesianOut) {
        checkRange(fromFrame, toFrame, xyzNm.length / (3 * numAtoms), icOut.length / numTokens,
                logDetInternalToCartesianOut.length);
        for (int f = fromFrame; f < toFrame; f++) {
            int x0 = f * 3 * numAtoms;
            requireFinitePositions(xyzNm, x0, f);
            int o = f * numTokens;
            double logJ = 0;
            for (int k = 1; k < numAtoms; k++) {
                int i = x0 + atom3[k];
                int b = x0 + bond3[k];
                double ux = xyzNm[i] - xyzNm[b];
                double uy = xyzNm[i + 1] - xyzNm[b + 1];
                double uz = xyzNm[i + 2] - xyzNm[b + 2];
                double r = Math.sqrt(ux * ux + uy * uy + uz * uz);
                if (!(r > 0)) {
                    throw new BadInputException("coordinates", "frame " + f + ", atom " + atom3[k] / 3 + " ("
                            + zMatrix.atomNames().get(atom3[k] / 3) + ")", "coincides with its bonded neighbour "
                            + bond3[k] / 3 + " (" + zMatrix.atomNames().get(bond3[k] / 3) + ")");
                }
                icOut[o++] = r;
                logJ += 2 * Math.log(r);
                if (k == 1) {
                    continue;
                }
                int a = x0 + angle3[k];
                double vx = xyzNm[a] - xyzNm[b];
                double vy = xyzNm[a + 1] - xyzNm[b + 1];
                double vz = xyzNm[a + 2] - xyzNm[b + 2];
                double cx = uy * vz - uz * vy;
                double cy = uz * vx - ux * vz;
                double cz = ux * vy - uy * vx;
                double cross = Math.sqrt(cx * cx + cy * cy + cz * cz);
                double dot = ux * vx + uy * vy + uz * vz;
                // atan2 of |u×v| and u·v stays accurate near 0 and π, unlike acos
                icOut[o++] = Math.atan2(cross, dot);
                logJ += Math.log(cross / (r * Math.sqrt(vx * vx + vy * vy + vz * vz)));
                if (k == 2) {
                    continue;
                }
                int t = x0 + torsion3[k];
                icOut[o++] = dihedral(xyzNm, i, b, a, t);
            }
            logDetInternalToCartesianOut[f] = logJ;
        }
    }

    /**
     * Internal → Cartesian for a whole batch.
     *
     * @param ic        numFrames × numTokens internal coordinates (nm, radians) in token order
     * @param numFrames number of frames
     * @throws BadInputException when the array does not hold numFrames × numTokens values or a value is not
     *                           finite (the message names frame and token)
     */
    public CartesianFrames toCartesian(double[] ic, int numFrames) {
        requireLength(ic, numFrames, numTokens, "internal coordinates", numTokens + " internal coordinates");
        double[] xyz = new double[numFrames * 3 * numAtoms];
        double[] logDet = new double[numFrames];
        toCartesian(ic, 0, numFrames, xyz, logDet);
        return new CartesianFrames(xyz, logDet, numFrames, numAtoms);
    }

    /**
     * Internal → Cartesian for frames [fromFrame, toFrame), written at the same frame offsets; safe to call
     * from several threads on disjoint ranges. Bonds should be &gt; 0 and angles in (0, π) for the map to be a
     * bijection; the log-Jacobian uses |r| and |sin θ|.
     *
     * @param xyzOut                       receives N × 3 positions (nm) per frame, topology atom order
     * @param logDetInternalToCartesianOut receives one log-Jacobian per frame
     */
    public void toCartesian(double[] ic, int fromFrame, int toFrame, double[] xyzOut,
                            double[] logDetInternalToCartesianOut) {
        checkRange(fromFrame, toFrame, ic.length / numTokens, xyzOut.length / (3 * numAtoms),
                logDetInternalToCartesianOut.length);
        for (int f = fromFrame; f < toFrame; f++) {
            int o = f * numTokens;
            requireFiniteInternal(ic, o, f);
            int x0 = f * 3 * numAtoms;
            int p0 = x0 + atom3[0];
            xyzOut[p0] = 0;
            xyzOut[p0 + 1] = 0;
            xyzOut[p0 + 2] = 0;
            double r2 = ic[o];
            int p1 = x0 + atom3[1];
            xyzOut[p1] = r2;
            xyzOut[p1 + 1] = 0;
            xyzOut[p1 + 2] = 0;
            double r3 = ic[o + 1];
            double theta3 = ic[o + 2];
            int p2 = x0 + atom3[2];
            // the third atom hangs on the first (at the origin) or on the second (on +x)
            double along = r3 * Math.cos(theta3);
            xyzOut[p2] = bond3[2] == atom3[0] ? along : r2 - along;
            xyzOut[p2 + 1] = r3 * Math.sin(theta3);
            xyzOut[p2 + 2] = 0;
            double logJ = 2 * Math.log(Math.abs(r2)) + 2 * Math.log(Math.abs(r3))
                    + Math.log(Math.abs(Math.sin(theta3)));
            int q = o + 3;
            for (int k = 3; k < numAtoms; k++, q += 3) {
                double r = ic[q];
                double theta = ic[q + 1];
                double phi = ic[q + 2];
                place(xyzOut, x0 + atom3[k], x0 + bond3[k], x0 + angle3[k], x0 + torsion3[k], r, theta, phi);
                logJ += 2 * Math.log(Math.abs(r)) + Math.log(Math.abs(Math.sin(theta)));
            }
            logDetInternalToCartesianOut[f] = logJ;
        }
    }

    /**
     * The log-Jacobian of internal → Cartesian from internal coordinates alone (no geometry built).
     *
     * @param ic numFrames × numTokens internal coordinates
     * @return one log|det| per frame, as {@link #toCartesian} reports it
     */
    public double[] logDetInternalToCartesian(double[] ic, int numFrames) {
        requireLength(ic, numFrames, numTokens, "internal coordinates", numTokens + " internal coordinates");
        double[] out = new double[numFrames];
        for (int f = 0; f < numFrames; f++) {
            int o = f * numTokens;
            double logJ = 2 * Math.log(Math.abs(ic[o]));
            for (int q = o + 1; q < o + numTokens; q += q == o + 1 ? 2 : 3) {
                logJ += 2 * Math.log(Math.abs(ic[q])) + Math.log(Math.abs(Math.sin(ic[q + 1])));
            }
            out[f] = logJ;
        }
        return out;
    }

    /** Torsion i–b–a–t in radians, in [−π, π) (IUPAC sign: the angle from t to i looking along a→b). */
    static double dihedral(double[] x, int i, int b, int a, int t) {
        // b0 = i − b, b1 = a − b, b2 = t − a; project b0 and b2 onto the plane normal to b1
        double b0x = x[i] - x[b], b0y = x[i + 1] - x[b + 1], b0z = x[i + 2] - x[b + 2];
        double b1x = x[a] - x[b], b1y = x[a + 1] - x[b + 1], b1z = x[a + 2] - x[b + 2];
        double b2x = x[t] - x[a], b2y = x[t + 1] - x[a + 1], b2z = x[t + 2] - x[a + 2];
        double inv = 1 / Math.sqrt(b1x * b1x + b1y * b1y + b1z * b1z);
        b1x *= inv;
        b1y *= inv;
        b1z *= inv;
        double d0 = b0x * b1x + b0y * b1y + b0z * b1z;
        double vx = b0x - d0 * b1x, vy = b0y - d0 * b1y, vz = b0z - d0 * b1z;
        double d2 = b2x * b1x + b2y * b1y + b2z * b1z;
        double wx = b2x - d2 * b1x, wy = b2y - d2 * b1y, wz = b2z - d2 * b1z;
        double xx = vx * wx + vy * wy + vz * wz;
        double yy = (b1y * vz - b1z * vy) * wx + (b1z * vx - b1x * vz) * wy + (b1x * vy - b1y * vx) * wz;
        double phi = Math.atan2(yy, xx);
        return phi >= Math.PI ? -Math.PI : phi;
    }

    /** NeRF: puts atom i at distance r from b, angle i–b–a = theta and torsion i–b–a–t = phi. */
    private static void place(double[] x, int i, int b, int a, int t, double r, double theta, double phi) {
        // unit vector e1 along a→b, normal n to the plane (t, a, b), m = n × e1 completes the frame
        double e1x = x[b] - x[a], e1y = x[b + 1] - x[a + 1], e1z = x[b + 2] - x[a + 2];
        double inv = 1 / Math.sqrt(e1x * e1x + e1y * e1y + e1z * e1z);
        e1x *= inv;
        e1y *= inv;
        e1z *= inv;
        double tax = x[a] - x[t], tay = x[a + 1] - x[t + 1], taz = x[a + 2] - x[t + 2];
        double nx = tay * e1z - taz * e1y, ny = taz * e1x - tax * e1z, nz = tax * e1y - tay * e1x;
        inv = 1 / Math.sqrt(nx * nx + ny * ny + nz * nz);
        nx *= inv;
        ny *= inv;
        nz *= inv;
        double mx = ny * e1z - nz * e1y, my = nz * e1x - nx * e1z, mz = nx * e1y - ny * e1x;
        double c = -r * Math.cos(theta);
        double s = r * Math.sin(theta);
        double sc = s * Math.cos(phi);
        double ss = s * Math.sin(phi);
        x[i] = x[b] + c * e1x + sc * mx + ss * nx;
        x[i + 1] = x[b + 1] + c * e1y + sc * my + ss * ny;
        x[i + 2] = x[b + 2] + c * e1z + sc * mz + ss * nz;
    }

    private void requireFinitePositions(double[] xyz, int x0, int frame) {
        for (int j = 0; j < 3 * numAtoms; j++) {
            if (!Double.isFinite(xyz[x0 + j])) {
                int atom = j / 3;
                throw new BadInputException("coordinates", "frame " + frame + ", atom " + atom + " ("
                        + zMatrix.atomNames().get(atom) + ")", "position is " + xyz[x0 + j]
                        + "; the frame is corrupt or the simulation blew up");
            }
        }
    }

    private void requireFiniteInternal(double[] ic, int o, int frame) {
        for (int j = 0; j < numTokens; j++) {
            if (!Double.isFinite(ic[o + j])) {
                int row = zMatrix.rowOfToken(j);
                int atom = zMatrix.row(row).atom();
                throw new BadInputException("internal coordinates", "frame " + frame + ", token " + j + " ("
                        + zMatrix.kindOfToken(j) + " of atom " + atom + " " + zMatrix.atomNames().get(atom) + ")",
                        "value is " + ic[o + j]);
            }
        }
    }

    private static void requireLength(double[] values, int numFrames, int perFrame, String source, String what) {
        Objects.requireNonNull(values, source);
        if (numFrames < 0 || values.length != (long) numFrames * perFrame) {
            throw new BadInputException(source, "", "expected " + numFrames + " frames of " + what + " ("
                    + (long) numFrames * perFrame + " values), got " + values.length + " values"
                    + (numFrames > 0 && values.length % numFrames == 0 ? " (" + values.length / numFrames
                    + " per frame: a different molecule?)" : ""));
        }
    }

    private static void checkRange(int from, int to, int... capacities) {
        for (int c : capacities) {
            Objects.checkFromToIndex(from, to, c);
        }
    }
}
