// Helpers that let Java move whole frames across JNI as flat double arrays (positions in nm,
// energies in kJ/mol, forces in kJ/mol/nm) and read/write OpenMM's XML without iostreams.
#ifndef ARBG_OPENMM_H
#define ARBG_OPENMM_H

#include <chrono>
#include <cmath>
#include <limits>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "openmm/Context.h"
#include "openmm/State.h"
#include "openmm/System.h"
#include "openmm/Vec3.h"
#include "openmm/serialization/XmlSerializer.h"

namespace arbg {

/** Serializes a System to OpenMM's XML format (the same text as XmlSerializer.serialize in Python). */
inline std::string serializeSystem(const OpenMM::System& system) {
    std::stringstream out;
    OpenMM::XmlSerializer::serialize<OpenMM::System>(&system, "System", out);
    return out.str();
}

/** Parses a System from OpenMM's XML format; the caller owns the result. */
inline std::unique_ptr<OpenMM::System> deserializeSystem(const std::string& xml) {
    std::stringstream in(xml);
    return std::unique_ptr<OpenMM::System>(OpenMM::XmlSerializer::deserialize<OpenMM::System>(in));
}

/** Serializes a State (positions, velocities, forces, energies, parameters as requested). */
inline std::string serializeState(const OpenMM::State& state) {
    std::stringstream out;
    OpenMM::XmlSerializer::serialize<OpenMM::State>(&state, "State", out);
    return out.str();
}

/** Parses a State from OpenMM's XML format; the caller owns the result. */
inline std::unique_ptr<OpenMM::State> deserializeState(const std::string& xml) {
    std::stringstream in(xml);
    return std::unique_ptr<OpenMM::State>(OpenMM::XmlSerializer::deserialize<OpenMM::State>(in));
}

inline std::vector<OpenMM::Vec3> toVec3(const double* xyz, int numAtoms) {
    std::vector<OpenMM::Vec3> v(numAtoms);
    for (int i = 0; i < numAtoms; i++)
        v[i] = OpenMM::Vec3(xyz[3 * i], xyz[3 * i + 1], xyz[3 * i + 2]);
    return v;
}

inline void fromVec3(const std::vector<OpenMM::Vec3>& v, double* xyz) {
    for (size_t i = 0; i < v.size(); i++) {
        xyz[3 * i] = v[i][0];
        xyz[3 * i + 1] = v[i][1];
        xyz[3 * i + 2] = v[i][2];
    }
}

/** Sets positions (nm) from a flat array of numAtoms*3 doubles. */
inline void setPositions(OpenMM::Context& context, const double* xyzNm, int numAtoms) {
    context.setPositions(toVec3(xyzNm, numAtoms));
}

/** Sets velocities (nm/ps) from a flat array of numAtoms*3 doubles. */
inline void setVelocities(OpenMM::Context& context, const double* xyzNmPerPs, int numAtoms) {
    context.setVelocities(toVec3(xyzNmPerPs, numAtoms));
}

/** Copies the positions (nm) held by a State into a flat array of numAtoms*3 doubles. */
inline void getPositions(const OpenMM::State& state, double* xyzNm) { fromVec3(state.getPositions(), xyzNm); }

/** Copies the velocities (nm/ps) held by a State into a flat array. */
inline void getVelocities(const OpenMM::State& state, double* xyzNmPerPs) { fromVec3(state.getVelocities(), xyzNmPerPs); }

/** Copies the forces (kJ/mol/nm) held by a State into a flat array. */
inline void getForces(const OpenMM::State& state, double* forces) { fromVec3(state.getForces(), forces); }

/**
 * Evaluates the potential energy (kJ/mol) of numFrames frames, each numAtoms*3 doubles in nm, in one call.
 * forcesOut may be null; otherwise it receives numFrames*numAtoms*3 doubles (kJ/mol/nm). A frame that OpenMM
 * rejects (NaN positions, say) gets NaN energy and forces instead of aborting the batch. Returns the number
 * of such frames.
 */
inline int evaluateFrames(OpenMM::Context& context, const double* framesNm, int numFrames, int numAtoms,
                          double* energiesOut, double* forcesOut, int groups) {
    int failed = 0;
    const int types = OpenMM::State::Energy | (forcesOut != nullptr ? OpenMM::State::Forces : 0);
    std::vector<OpenMM::Vec3> positions(numAtoms);
    for (int f = 0; f < numFrames; f++) {
        const double* xyz = framesNm + (size_t) f * numAtoms * 3;
        for (int i = 0; i < numAtoms; i++)
            positions[i] = OpenMM::Vec3(xyz[3 * i], xyz[3 * i + 1], xyz[3 * i + 2]);
        try {
            context.setPositions(positions);
            OpenMM::State state = context.getState(types, false, groups);
            energiesOut[f] = state.getPotentialEnergy();
            if (forcesOut != nullptr)
                fromVec3(state.getForces(), forcesOut + (size_t) f * numAtoms * 3);
        } catch (const std::exception&) {
            failed++;
            energiesOut[f] = std::numeric_limits<double>::quiet_NaN();
            if (forcesOut != nullptr)
                for (int i = 0; i < 3 * numAtoms; i++)
                    forcesOut[(size_t) f * numAtoms * 3 + i] = std::numeric_limits<double>::quiet_NaN();
        }
    }
    return failed;
}

/**
 * The same loop as evaluateFrames, energies only, timed inside C++: the baseline against which the
 * cost of crossing JNI is measured. Returns the wall time in seconds.
 */
inline double timeNativeEnergyLoop(OpenMM::Context& context, const double* framesNm, int numFrames, int numAtoms,
                                   double* energiesOut) {
    auto start = std::chrono::steady_clock::now();
    evaluateFrames(context, framesNm, numFrames, numAtoms, energiesOut, nullptr, -1);
    std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
    return elapsed.count();
}

/**
 * One report's worth of state in one JNI call: positions (nm) and, when velocitiesOut is not null, velocities
 * (nm/ps); scalarsOut receives {time (ps), potential energy (kJ/mol), kinetic energy (kJ/mol), step count}.
 */
inline void snapshot(OpenMM::Context& context, double* positionsOut, double* velocitiesOut, double* scalarsOut) {
    int types = OpenMM::State::Positions | OpenMM::State::Energy
            | (velocitiesOut != nullptr ? OpenMM::State::Velocities : 0);
    OpenMM::State state = context.getState(types);
    fromVec3(state.getPositions(), positionsOut);
    if (velocitiesOut != nullptr)
        fromVec3(state.getVelocities(), velocitiesOut);
    scalarsOut[0] = state.getTime();
    scalarsOut[1] = state.getPotentialEnergy();
    scalarsOut[2] = state.getKineticEnergy();
    scalarsOut[3] = (double) state.getStepCount();
}

/**
 * Context::createCheckpoint into a byte string: the platform's exact restart data (positions, velocities, time,
 * step, and on the Reference platform the random number generator), not portable across platforms or versions.
 * The size is written to sizeOut because the bytes may contain NULs.
 */
inline std::string createCheckpoint(OpenMM::Context& context, long long* sizeOut) {
    std::stringstream out;
    context.createCheckpoint(out);
    std::string bytes = out.str();
    *sizeOut = (long long) bytes.size();
    return bytes;
}

/** Context::loadCheckpoint from size bytes made by createCheckpoint on the same platform. */
inline void loadCheckpoint(OpenMM::Context& context, const char* bytes, long long size) {
    std::stringstream in(std::string(bytes, (size_t) size));
    context.loadCheckpoint(in);
}

/** Context::setState from a State serialized by serializeState (positions, velocities, time, step, ...). */
inline void setStateXml(OpenMM::Context& context, const std::string& xml) {
    std::unique_ptr<OpenMM::State> state = deserializeState(xml);
    context.setState(*state);
}

}  // namespace arbg

#endif  // ARBG_OPENMM_H
