package org.arbg.plugin.commands;

import org.arbg.adapters.topology.Topology;
import org.arbg.plugin.cli.UsageException;
import org.arbg.workflows.evaluate.BackboneDihedrals;
import org.arbg.workflows.evaluate.Dihedral;

/**
 * Keeps the frames whose backbone dihedral (radians, [−π, π)) lies in [lo, hi); when lo &gt; hi the range wraps
 * through ±π, so {@code 2.5:-2.5} keeps |angle| ≥ 2.5. Used to pull one basin's frames out of a trajectory, e.g.
 * the φ &gt; 0 frames of alanine dipeptide to weight them up in training data.
 *
 * @param label  the dihedral as the metrics name it, e.g. "phi ALA 2"
 * @param atoms  its four atom indices in the output topology
 * @param loRad  lower end of the range, inclusive (radians)
 * @param hiRad  upper end of the range, exclusive (radians)
 */
record AngleRangeFilter(String label, int[] atoms, double loRad, double hiRad) {
    /**
     * Finds {@code label} among the backbone dihedrals of {@code topology} and parses {@code range} ("LO:HI").
     *
     * @throws UsageException for an unknown label (the message lists the known ones) or a malformed range
     */
    static AngleRangeFilter of(Topology topology, String label, String range) {
        BackboneDihedrals dihedrals = BackboneDihedrals.of(topology);
        int[] atoms = dihedrals.torsions().stream().filter(t -> t.label().equals(label)).findFirst()
                .map(BackboneDihedrals.Torsion::atoms)
                .orElseThrow(() -> new UsageException("--angle '" + label + "' is not a backbone dihedral of the "
                        + "topology; it has " + (dihedrals.count() == 0 ? "none" : String.join(", ",
                        dihedrals.labels()))));
        String[] ends = range.split(":", -1);
        if (ends.length != 2) {
            throw new UsageException("--angle-range takes LO:HI in radians, got '" + range + "'");
        }
        double lo = parse(ends[0], range);
        double hi = parse(ends[1], range);
        if (lo == hi) {
            throw new UsageException("--angle-range " + range + " is empty");
        }
        return new AngleRangeFilter(label, atoms, lo, hi);
    }

    private static double parse(String value, String range) {
        try {
            double v = Double.parseDouble(value.trim());
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below with the whole range
        }
        throw new UsageException("--angle-range takes LO:HI in radians, got '" + range + "'");
    }

    /** Whether this frame's dihedral lies in the range. */
    boolean accepts(double[] xyz) {
        double angle = Dihedral.angle(xyz, atoms[0], atoms[1], atoms[2], atoms[3]);
        return loRad < hiRad ? angle >= loRad && angle < hiRad : angle >= loRad || angle < hiRad;
    }
}
