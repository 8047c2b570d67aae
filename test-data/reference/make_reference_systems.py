"""Independent references for arbg's force-field XML builder (documentation only; tests never run Python).

Builds each benchmark System with OpenMM 7.7's own Python layer (Debian python3-openmm), serializes it,
writes the topology's bonds, and the per-force-group potential energies at the PDB positions on the
Reference platform. Run from the repository root:  /usr/bin/python3 test-data/reference/make_reference_systems.py
"""
import json
import openmm
import openmm.app as app
import openmm.unit as unit

FF = 'test-data/forcefields/'
ST = 'test-data/structures/'
OUT = 'test-data/reference/systems/'

CASES = [
    ('aldp-amber99sbildn-obc', 'aldp-modern-names.pdb', ['amber99sbildn.xml', 'amber99_obc.xml'],
     app.NoCutoff, None),
    ('lsde-ff14sb-obc1', 'lsde-tetrapeptide.pdb', ['amber14/protein.ff14SB.xml', 'implicit/obc1.xml'],
     app.CutoffNonPeriodic, 2.0),
    ('ala3-charmm-names-ff14sb-obc1', 'ala-ala-ala-charmm-names.pdb',
     ['amber14/protein.ff14SB.xml', 'implicit/obc1.xml'], app.CutoffNonPeriodic, 2.0),
]

for name, pdbName, ffFiles, method, cutoff in CASES:
    pdb = app.PDBFile(ST + pdbName)
    ff = app.ForceField(*[FF + f for f in ffFiles])
    kwargs = dict(nonbondedMethod=method)
    if cutoff is not None:
        kwargs['nonbondedCutoff'] = cutoff * unit.nanometer
    system = ff.createSystem(pdb.topology, **kwargs)
    for i, f in enumerate(system.getForces()):
        f.setForceGroup(i)
    with open(OUT + name + '.system.xml', 'w') as out:
        out.write(openmm.XmlSerializer.serialize(system))
    integrator = openmm.VerletIntegrator(0.001)
    context = openmm.Context(system, integrator, openmm.Platform.getPlatformByName('Reference'))
    context.setPositions(pdb.positions)
    energies = []
    for i, f in enumerate(system.getForces()):
        e = context.getState(getEnergy=True, groups={i}).getPotentialEnergy().value_in_unit(unit.kilojoule_per_mole)
        energies.append({'group': i, 'force': f.__class__.__name__, 'energyKJPerMol': e})
    total = context.getState(getEnergy=True).getPotentialEnergy().value_in_unit(unit.kilojoule_per_mole)
    bonds = [[a.index, b.index] for a, b in pdb.topology.bonds()]
    residues = [[r.name, r.id, r.chain.id] for r in pdb.topology.residues()]
    with open(OUT + name + '.json', 'w') as out:
        json.dump({'pdb': 'structures/' + pdbName, 'forcefields': ffFiles,
                   'nonbondedMethod': repr(method), 'cutoffNm': cutoff, 'openmm': openmm.__version__,
                   'platform': 'Reference', 'energies': energies, 'totalKJPerMol': total,
                   'residues': residues, 'bonds': bonds}, out, indent=1)
    print(name, system.getNumParticles(), total)
