"""Independent reference files for the internal-coordinate tests (run with Debian's /usr/bin/python3).

Uses only OpenMM 7.7's app layer (bond templates, Modeller.addHydrogens) and numpy; no arbg code.
"""
import numpy as np
from openmm import app
import openmm.unit as u

ROOT = "../"


def write_bonds(topology, path, header):
    with open(path, "w") as f:
        f.write("# " + header + "\n# atom1 atom2 (0-based indices, OpenMM Topology.bonds())\n")
        for b in sorted((min(a.index, c.index), max(a.index, c.index)) for a, c in topology.bonds()):
            f.write("%d %d\n" % b)


# 1. chignolin CLN025 with hydrogens: 5AWL heavy atoms, waters removed, hydrogens added at pH 7 by OpenMM
pdb = app.PDBFile(ROOT + "structures/5awl-cln025-heavy-atoms.pdb")
mod = app.Modeller(pdb.topology, pdb.positions)
mod.deleteWater()
ff = app.ForceField("amber14/protein.ff14SB.xml")
mod.addHydrogens(ff, pH=7.0)
with open("cln025-hydrogens.pdb", "w") as f:
    app.PDBFile.writeFile(mod.topology, mod.positions, f, keepIds=True)
write_bonds(mod.topology, "cln025-hydrogens.bonds", "cln025-hydrogens.pdb, bonds from OpenMM residue templates")

# 2. bonds of the frame0 alanine dipeptide (mdtraj test trajectory), from OpenMM's templates
f0 = app.PDBFile(ROOT + "trajectories/frame0.pdb")
write_bonds(f0.topology, "frame0.bonds", "trajectories/frame0.pdb, bonds from OpenMM residue templates")

# 3. phi/psi/selected geometry of all 501 frame0 frames, numpy only (nm, radians)
names = {(a.residue.index, a.name): a.index for a in f0.topology.atoms()}
C0, N1, CA1, C1, N2, O1 = (names[(0, "C")], names[(1, "N")], names[(1, "CA")], names[(1, "C")],
                           names[(2, "N")], names[(1, "O")])


def dihedral(p0, p1, p2, p3):
    b0, b1, b2 = p0 - p1, p2 - p1, p3 - p2
    b1n = b1 / np.linalg.norm(b1, axis=-1, keepdims=True)
    v = b0 - np.sum(b0 * b1n, axis=-1, keepdims=True) * b1n
    w = b2 - np.sum(b2 * b1n, axis=-1, keepdims=True) * b1n
    x = np.sum(v * w, axis=-1)
    y = np.sum(np.cross(b1n, v) * w, axis=-1)
    return np.arctan2(y, x)


def angle(p0, p1, p2):
    a, b = p0 - p1, p2 - p1
    return np.arccos(np.sum(a * b, -1) / np.linalg.norm(a, axis=-1) / np.linalg.norm(b, axis=-1))


xyz = np.array([f.value_in_unit(u.nanometer) for f in
                (f0.getPositions(asNumpy=True, frame=i) for i in range(f0.getNumFrames()))])
phi = dihedral(xyz[:, C0], xyz[:, N1], xyz[:, CA1], xyz[:, C1])
psi = dihedral(xyz[:, N1], xyz[:, CA1], xyz[:, C1], xyz[:, N2])
r_ca_c = np.linalg.norm(xyz[:, C1] - xyz[:, CA1], axis=-1)
a_n_ca_c = angle(xyz[:, N1], xyz[:, CA1], xyz[:, C1])
a_ca_c_o = angle(xyz[:, CA1], xyz[:, C1], xyz[:, O1])
np.savetxt("frame0-geometry.tsv", np.column_stack([np.arange(len(phi)), phi, psi, r_ca_c, a_n_ca_c, a_ca_c_o]),
           fmt=["%d", "%.10f", "%.10f", "%.10f", "%.10f", "%.10f"], delimiter="\t",
           header="frame\tphi(C0,N1,CA1,C1) rad\tpsi(N1,CA1,C1,N2) rad\t|CA1-C1| nm\tangle N1-CA1-C1 rad"
                  "\tangle CA1-C1-O1 rad  (numpy, from trajectories/frame0.pdb)")
print(mod.topology.getNumAtoms(), "atoms in cln025-hydrogens.pdb;", len(phi), "frame0 frames")

# 4. bonds of two more peptides: uncapped LSDE with hydrogens, zwitterionic tri-alanine with CHARMM names
for src, out in (("structures/lsde-tetrapeptide.pdb", "lsde-tetrapeptide.bonds"),
                 ("structures/ala-ala-ala-charmm-names.pdb", "ala-ala-ala-charmm-names.bonds")):
    p = app.PDBFile(ROOT + src)
    write_bonds(p.topology, out, src + ", bonds from OpenMM residue templates (%d atoms)" % p.topology.getNumAtoms())
