package org.arbg.energy.openmm.presets;

import org.bytedeco.javacpp.annotation.Platform;
import org.bytedeco.javacpp.annotation.Properties;
import org.bytedeco.javacpp.tools.Info;
import org.bytedeco.javacpp.tools.InfoMap;
import org.bytedeco.javacpp.tools.InfoMapper;

/**
 * The JavaCPP preset for Debian's OpenMM 7.7 C++ API. The javacpp Maven plugin parses the headers listed
 * here into {@code org.arbg.energy.openmm.OpenMMNative} and compiles its JNI library at build time.
 * Only the classes arbg needs are bound; {@code arbg_openmm.h} adds batched frame I/O and XML helpers.
 */
@Properties(
        target = "org.arbg.energy.openmm.OpenMMNative",
        value = @Platform(
                compiler = "cpp17",
                include = {
                    "openmm/internal/windowsExport.h",
                    "openmm/Vec3.h",
                    "openmm/Force.h",
                    "openmm/TabulatedFunction.h",
                    "openmm/HarmonicBondForce.h",
                    "openmm/HarmonicAngleForce.h",
                    "openmm/PeriodicTorsionForce.h",
                    "openmm/NonbondedForce.h",
                    "openmm/GBSAOBCForce.h",
                    "openmm/CustomGBForce.h",
                    "openmm/CustomExternalForce.h",
                    "openmm/CMAPTorsionForce.h",
                    "openmm/CMMotionRemover.h",
                    "openmm/System.h",
                    "openmm/Integrator.h",
                    "openmm/VerletIntegrator.h",
                    "openmm/LangevinIntegrator.h",
                    "openmm/LangevinMiddleIntegrator.h",
                    "openmm/State.h",
                    "openmm/Platform.h",
                    "openmm/Context.h",
                    "openmm/LocalEnergyMinimizer.h",
                    "arbg_openmm.h"
                },
                link = "OpenMM"))
public class OpenMMPreset implements InfoMapper {
    @Override
    public void map(InfoMap infoMap) {
        infoMap.put(new Info("OPENMM_EXPORT").cppTypes().annotations())
                .put(new Info("OPENMM_WINDOWSEXPORT_H_").define(false))
                // java.lang.System must stay visible to Java code that uses the bindings
                .put(new Info("OpenMM::System").pointerTypes("OpenMMSystemNative"))
                .put(new Info("std::unique_ptr<OpenMM::System>").annotations("@UniquePtr").pointerTypes("OpenMMSystemNative"))
                .put(new Info("std::unique_ptr<OpenMM::State>").annotations("@UniquePtr").pointerTypes("State"))
                .put(new Info("std::vector<OpenMM::Vec3>").pointerTypes("Vec3Vector").define())
                .put(new Info("std::vector<std::string>").pointerTypes("StringVector").define())
                .put(new Info("std::vector<int>").pointerTypes("IntVector").define())
                .put(new Info("std::vector<double>").pointerTypes("DoubleVector").define())
                .put(new Info("std::vector<std::pair<int,int> >", "std::vector<std::pair<int, int> >")
                        .pointerTypes("IntPairVector").define())
                .put(new Info("std::map<std::string,double>", "std::map<std::string, double>")
                        .pointerTypes("StringDoubleMap").define())
                .put(new Info("std::map<std::string,std::string>", "std::map<std::string, std::string>")
                        .pointerTypes("StringStringMap").define())
                // private bookkeeping classes nested in the forces; never used from Java
                .put(new Info(
                        "OpenMM::HarmonicBondForce::BondInfo",
                        "OpenMM::HarmonicAngleForce::AngleInfo",
                        "OpenMM::PeriodicTorsionForce::PeriodicTorsionInfo",
                        "OpenMM::NonbondedForce::ParticleInfo",
                        "OpenMM::NonbondedForce::ExceptionInfo",
                        "OpenMM::NonbondedForce::GlobalParameterInfo",
                        "OpenMM::NonbondedForce::ParticleOffsetInfo",
                        "OpenMM::NonbondedForce::ExceptionOffsetInfo",
                        "OpenMM::GBSAOBCForce::ParticleInfo",
                        "OpenMM::CustomGBForce::ParticleInfo",
                        "OpenMM::CustomGBForce::PerParticleParameterInfo",
                        "OpenMM::CustomGBForce::GlobalParameterInfo",
                        "OpenMM::CustomGBForce::ExclusionInfo",
                        "OpenMM::CustomGBForce::FunctionInfo",
                        "OpenMM::CustomGBForce::ComputationInfo",
                        "OpenMM::CustomExternalForce::ParticleInfo",
                        "OpenMM::CustomExternalForce::ParticleParameterInfo",
                        "OpenMM::CustomExternalForce::GlobalParameterInfo",
                        "OpenMM::CMAPTorsionForce::MapInfo",
                        "OpenMM::CMAPTorsionForce::CMAPTorsionInfo",
                        "OpenMM::System::ConstraintInfo").skip())
                // abstract bases whose pure virtual methods are skipped below
                .put(new Info("OpenMM::Force", "OpenMM::Integrator", "OpenMM::TabulatedFunction").purify())
                .put(new Info("arbg::toVec3", "arbg::fromVec3").skip())
                .put(new Info("std::vector<OpenMM::Platform*>").skip())
                .put(new Info("OpenMM::Vec3::operator []").skip())
                .put(new Info("OpenMM::Force::createImpl", "OpenMM::Force::getForceImpl",
                        "OpenMM::Force::getContextImpl", "OpenMM::Integrator::initialize",
                        "OpenMM::Integrator::cleanup", "OpenMM::Integrator::stateChanged",
                        "OpenMM::Integrator::getKernelNames", "OpenMM::Integrator::computeKineticEnergy",
                        "OpenMM::Integrator::kineticEnergyRequiresForce",
                        "OpenMM::Platform::createKernel", "OpenMM::Platform::contextCreated",
                        "OpenMM::Platform::linkedContextCreated", "OpenMM::Platform::contextDestroyed",
                        "OpenMM::Platform::getDefaultKernelFactory", "OpenMM::Platform::registerKernelFactory",
                        "OpenMM::Platform::findPlatform", "OpenMM::Platform::supportsKernels",
                        "OpenMM::Platform::setPropertyValue", "OpenMM::Platform::getPropertyValue",
                        "OpenMM::Context::getImpl", "OpenMM::Context::getConstImpl",
                        "OpenMM::Context::createCheckpoint", "OpenMM::Context::loadCheckpoint",
                        "OpenMM::State::StateBuilder", "OpenMM::State::getEnergyParameterDerivatives").skip());
    }
}
