package org.arbg.model;

/**
 * Where a model came from, stored beside its parameters.
 *
 * @param specDigest   digest of the coordinate spec (Z-matrix and token order) the caller trained for
 * @param dataDigest   digest of the training data
 * @param arbgVersion  arbg version that trained it
 */
public record ModelProvenance(String specDigest, String dataDigest, String arbgVersion) {
    public ModelProvenance {
        specDigest = specDigest == null ? "" : specDigest;
        dataDigest = dataDigest == null ? "" : dataDigest;
        arbgVersion = arbgVersion == null ? "" : arbgVersion;
    }
}
