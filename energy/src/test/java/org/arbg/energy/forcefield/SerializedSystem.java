package org.arbg.energy.forcefield;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Test-only view of a System serialized by OpenMM's XmlSerializer, read with the JDK DOM. */
final class SerializedSystem {
    final Element root;

    SerializedSystem(Path xml) throws Exception {
        root = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile()).getDocumentElement();
    }

    double[] masses() {
        return rows(child(root, "Particles"), "Particle").stream().mapToDouble(e -> d(e, "mass")).toArray();
    }

    /** The first force of this type, or null. */
    Element force(String type) {
        for (Element f : XmlNodes.children(child(root, "Forces"), "Force")) {
            if (f.getAttribute("type").equals(type)) {
                return f;
            }
        }
        return null;
    }

    List<String> forceTypes() {
        List<String> out = new ArrayList<>();
        for (Element f : XmlNodes.children(child(root, "Forces"), "Force")) {
            out.add(f.getAttribute("type"));
        }
        return out;
    }

    static Element child(Element e, String tag) {
        List<Element> c = XmlNodes.children(e, tag);
        if (c.isEmpty()) {
            throw new AssertionError("no <" + tag + "> in <" + e.getTagName() + ">");
        }
        return c.get(0);
    }

    static List<Element> rows(Element parent, String tag) {
        return XmlNodes.children(parent, tag);
    }

    static double d(Element e, String attr) {
        return Double.parseDouble(e.getAttribute(attr));
    }

    static int i(Element e, String attr) {
        return Integer.parseInt(e.getAttribute(attr));
    }

    static Map<String, String> attributes(Node e) {
        return XmlNodes.attributes((Element) e);
    }
}
