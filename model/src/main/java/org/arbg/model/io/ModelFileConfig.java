package org.arbg.model.io;

import java.util.List;
import org.arbg.model.ModelConfig;

/**
 * The JSON content of {@code config.json} in a model directory.
 *
 * @param format            file format version ({@link ModelFiles#FORMAT})
 * @param arbgVersion       arbg version that wrote it
 * @param specDigest        digest of the coordinate spec, as passed in by the caller
 * @param dataDigest        digest of the training data, as passed in by the caller
 * @param model             architecture and discretisation
 * @param tokens            the tokens the model was trained for, in order
 * @param lower             lower bin range per token, nm / rad
 * @param upper             upper (exclusive) bin range per token, nm / rad
 * @param roles             atom-role vocabulary ("ALA:CB"), index = embedding row
 * @param parametersSha256  SHA-256 (hex) of the parameter file, to detect corruption
 */
public record ModelFileConfig(int format, String arbgVersion, String specDigest, String dataDigest,
                              ModelConfig model, List<TokenEntry> tokens, double[] lower, double[] upper,
                              List<String> roles, String parametersSha256) {
}
