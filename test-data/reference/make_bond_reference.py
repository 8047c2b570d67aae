"""Writes OpenMM's own atoms and bonds for a PDB file (PDBFile, which calls createStandardBonds and
createDisulfideBonds). Run with Debian's OpenMM 7.7 Python layer; see README.md."""
import sys
from openmm.app import PDBFile

pdb = PDBFile(sys.argv[1])
top = pdb.topology
print("# OpenMM %s PDBFile(%s)" % (__import__("openmm").__version__, sys.argv[1].split("test-data/")[-1]))
print("# atoms %d residues %d chains %d bonds %d" % (top.getNumAtoms(), top.getNumResidues(),
                                                   top.getNumChains(), top.getNumBonds()))
for a in top.atoms():
    el = a.element.symbol if a.element is not None else "-"
    print("atom\t%d\t%s\t%s\t%s\t%s" % (a.index, a.name, el, a.residue.name, a.residue.id))
bonds = sorted(tuple(sorted((b[0].index, b[1].index))) for b in top.bonds())
atoms = list(top.atoms())
for i, j in bonds:
    print("bond\t%d\t%d\t%s\t%s" % (i, j, atoms[i].name, atoms[j].name))
