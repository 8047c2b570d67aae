package org.arbg.energy.forcefield;

/**
 * A CMAP term over two consecutive torsions: (a1, a2, a3, a4) and (a2, a3, a4, a5).
 *
 * @param map   index into {@link CmapParameters#maps()}
 * @param atoms the five particle indices
 */
public record CmapTorsion(int map, int[] atoms) {
    public CmapTorsion {
        if (atoms.length != 5) {
            throw new IllegalArgumentException("a CMAP torsion has 5 atoms");
        }
        atoms = atoms.clone();
    }

    @Override
    public int[] atoms() {
        return atoms.clone();
    }
}
