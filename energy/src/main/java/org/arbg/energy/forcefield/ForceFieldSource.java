package org.arbg.energy.forcefield;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.arbg.adapters.BadInputException;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Finds and parses one force-field XML file. A name resolves as in OpenMM: first as a path on disk, then
 * as one of the files shipped with arbg ({@code amber99sbildn.xml}, {@code amber14/protein.ff14SB.xml},
 * {@code implicit/obc1.xml}, ...).
 *
 * @param name     the name the caller gave, used in messages
 * @param document the parsed XML
 */
record ForceFieldSource(String name, Document document) {
    static final String RESOURCE_ROOT = "/org/arbg/energy/forcefields/";

    /** The bundled force-field files, for messages. */
    static final List<String> BUNDLED = List.of("amber99sbildn.xml", "amber99_obc.xml", "amber96.xml",
            "amber96_obc.xml", "amber14/protein.ff14SB.xml", "implicit/obc1.xml", "implicit/obc2.xml");

    static ForceFieldSource open(String name) {
        try {
            if (isFile(name)) {
                Path path = Path.of(name);
                try (InputStream in = Files.newInputStream(path)) {
                    return new ForceFieldSource(name, parse(in, name));
                }
            }
            try (InputStream in = ForceFieldSource.class.getResourceAsStream(RESOURCE_ROOT + name)) {
                if (in == null) {
                    throw new BadInputException(name, "", "no such force-field file on disk, and not one arbg ships "
                            + "(bundled: " + String.join(", ", BUNDLED) + ")");
                }
                return new ForceFieldSource(name, parse(in, name));
            }
        } catch (IOException e) {
            throw new BadInputException(name, "", "cannot read the force-field file: " + e.getMessage(), e);
        }
    }

    private static boolean isFile(String name) {
        try {
            return Files.isRegularFile(Path.of(name));
        } catch (InvalidPathException e) {
            return false; // not a path on this system; may still name a bundled file
        }
    }

    private static Document parse(InputStream in, String name) throws IOException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            // force-field files are plain data: no DTDs, no external entities
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(new DefaultHandler()); // report through exceptions, never stderr
            Document d = b.parse(in);
            if (!"ForceField".equals(d.getDocumentElement().getTagName())) {
                throw new BadInputException(name, "root element",
                        "expected <ForceField>, found <" + d.getDocumentElement().getTagName() + ">");
            }
            return d;
        } catch (SAXException e) {
            throw new BadInputException(name, "", "not well-formed XML: " + e.getMessage(), e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK XML parser cannot be configured", e);
        }
    }
}
