package org.arbg.adapters.amber;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.arbg.adapters.BadInputException;

/** Splits a prmtop file into its %FLAG sections, following each section's %FORMAT (as OpenMM's PrmtopLoader). */
final class PrmtopReader {
    private PrmtopReader() {
    }

    static PrmtopFile read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new BadInputException(file, "", "cannot read prmtop file: " + e.getMessage(), e);
        }
        return parse(text, file.toString());
    }

    static PrmtopFile parse(String text, String source) {
        Map<String, PrmtopSection> sections = new LinkedHashMap<>();
        String version = "";
        String flag = null;
        int flagLine = 0;
        PrmtopFormat format = null;
        List<String> items = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        int lineNo = 0;
        try (BufferedReader in = new BufferedReader(new StringReader(text))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNo++;
                if (line.startsWith("%VERSION")) {
                    version = line.substring(8).trim();
                } else if (line.startsWith("%FLAG")) {
                    close(sections, source, flag, flagLine, format, items, lines);
                    flag = line.substring(5).trim();
                    if (flag.isEmpty()) {
                        throw new BadInputException(source, "line " + lineNo, "%FLAG without a name");
                    }
                    flagLine = lineNo;
                    format = null;
                    items = new ArrayList<>();
                    lines = new ArrayList<>();
                } else if (line.startsWith("%FORMAT")) {
                    if (flag == null) {
                        throw new BadInputException(source, "line " + lineNo, "%FORMAT before any %FLAG");
                    }
                    format = PrmtopFormat.parse(line.substring(7));
                    if (format == null) {
                        // mixed formats such as CHAMBER's (i2,a78): keep each line as one text item
                        format = new PrmtopFormat(1, 'a', 80);
                    }
                } else if (line.startsWith("%")) {
                    continue; // %COMMENT and friends
                } else if (flag != null) {
                    if (format == null) {
                        throw new BadInputException(source, "line " + lineNo + " (%FLAG " + flag + ")",
                                "data before the section's %FORMAT line");
                    }
                    String data = stripTrailing(line);
                    for (int i = 0; i < data.length(); i += format.width()) {
                        items.add(data.substring(i, Math.min(data.length(), i + format.width())).trim());
                        lines.add(lineNo);
                    }
                } else if (!line.isBlank()) {
                    throw new BadInputException(source, "line " + lineNo, "data before the first %FLAG: not a prmtop file");
                }
            }
        } catch (IOException e) {
            throw new BadInputException(source, "line " + lineNo, "cannot read: " + e.getMessage(), e);
        }
        close(sections, source, flag, flagLine, format, items, lines);
        if (sections.isEmpty()) {
            throw new BadInputException(source, "", "no %FLAG sections: not an AMBER prmtop file");
        }
        return new PrmtopFile(source, version, sections);
    }

    private static void close(Map<String, PrmtopSection> sections, String source, String flag, int flagLine,
                              PrmtopFormat format, List<String> items, List<Integer> lines) {
        if (flag == null) {
            return;
        }
        if (format == null) {
            throw new BadInputException(source, "line " + flagLine + " (%FLAG " + flag + ")", "section has no %FORMAT line");
        }
        if (sections.containsKey(flag)) {
            throw new BadInputException(source, "line " + flagLine, "%FLAG " + flag + " appears twice");
        }
        int[] lineArray = lines.stream().mapToInt(Integer::intValue).toArray();
        sections.put(flag, new PrmtopSection(flag, format, flagLine, items, lineArray));
    }

    private static String stripTrailing(String s) {
        int end = s.length();
        while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }
}
