package org.arbg.workflows.evaluate;

/** The torsion angle of four atoms, IUPAC sign convention, from Cartesian positions (any length unit). */
public final class Dihedral {
    private Dihedral() {
    }

    /**
     * The dihedral a–b–c–d in radians, in [−π, π): atan2(|b₁| b₀·(b₁×b₂), (b₀×b₁)·(b₁×b₂)) with
     * b₀ = b − a, b₁ = c − b, b₂ = d − c (the same formula as mdtraj's compute_dihedrals).
     *
     * @param xyz one frame, x, y, z per atom (atom i at [3i, 3i+3))
     */
    public static double angle(double[] xyz, int a, int b, int c, int d) {
        double b0x = xyz[3 * b] - xyz[3 * a];
        double b0y = xyz[3 * b + 1] - xyz[3 * a + 1];
        double b0z = xyz[3 * b + 2] - xyz[3 * a + 2];
        double b1x = xyz[3 * c] - xyz[3 * b];
        double b1y = xyz[3 * c + 1] - xyz[3 * b + 1];
        double b1z = xyz[3 * c + 2] - xyz[3 * b + 2];
        double b2x = xyz[3 * d] - xyz[3 * c];
        double b2y = xyz[3 * d + 1] - xyz[3 * c + 1];
        double b2z = xyz[3 * d + 2] - xyz[3 * c + 2];
        // n1 = b0 × b1, n2 = b1 × b2
        double n1x = b0y * b1z - b0z * b1y;
        double n1y = b0z * b1x - b0x * b1z;
        double n1z = b0x * b1y - b0y * b1x;
        double n2x = b1y * b2z - b1z * b2y;
        double n2y = b1z * b2x - b1x * b2z;
        double n2z = b1x * b2y - b1y * b2x;
        double b1Norm = Math.sqrt(b1x * b1x + b1y * b1y + b1z * b1z);
        double y = b1Norm * (b0x * n2x + b0y * n2y + b0z * n2z);
        double x = n1x * n2x + n1y * n2y + n1z * n2z;
        return halfOpen(Math.atan2(y, x));
    }

    /** atan2 gives (−π, π]; the torus convention of the metrics is [−π, π). */
    static double halfOpen(double rad) {
        return rad >= Math.PI ? rad - 2 * Math.PI : rad;
    }
}
