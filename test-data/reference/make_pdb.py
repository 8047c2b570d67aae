# Writes the first 3 models of mdtraj's frame0.pdb (plus a box) with OpenMM's own PDBFile writer,
# as a format reference for arbg's PDB writer (run with Debian's /usr/bin/python3, OpenMM 7.7).
import openmm.app as app
import openmm.unit as unit
import openmm as mm
pdb = app.PDBFile("../../trajectories/frame0.pdb")
top = pdb.topology
top.setPeriodicBoxVectors([mm.Vec3(2.5, 0, 0), mm.Vec3(0, 2.6, 0), mm.Vec3(0, 0, 2.7)] * unit.nanometer)
with open("openmm_frame0_3models.pdb", "w") as f:
    app.PDBFile.writeHeader(top, f)
    for i in range(3):
        app.PDBFile.writeModel(top, pdb.getPositions(frame=i), f, modelIndex=i + 1, keepIds=True)
    app.PDBFile.writeFooter(top, f)
