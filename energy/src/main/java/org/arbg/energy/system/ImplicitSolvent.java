package org.arbg.energy.system;

/** Generalized Born implicit-solvent models, as OpenMM's app layer names them (AMBER igb in brackets). */
public enum ImplicitSolvent {
    /** Vacuum: no GB force. */
    NONE,
    /** Hawkins-Cramer-Truhlar (igb=1). */
    HCT,
    /** Onufriev-Bashford-Case I (igb=2). */
    OBC1,
    /** Onufriev-Bashford-Case II (igb=5); OpenMM's native GBSAOBCForce when there is no salt. */
    OBC2,
    /** GBn (igb=7). */
    GBN,
    /** GBn2 (igb=8). */
    GBN2
}
