package org.arbg.adapters.amber;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A prmtop {@code %FORMAT} descriptor such as {@code 10I8}, {@code 5E16.8} or {@code 20a4}: items per line, item
 * type (a, I, E, F) and field width in characters.
 *
 * @param perLine items per line
 * @param type    'a' (text), 'I' (integer), 'E' or 'F' (real), upper case except 'a'
 * @param width   characters per item
 */
public record PrmtopFormat(int perLine, char type, int width) {
    private static final Pattern FORMAT = Pattern.compile("^\\s*\\(\\s*([0-9]*)\\s*([a-zA-Z])([0-9]+)(?:\\.[0-9]*)?\\s*\\)");

    public PrmtopFormat {
        if (perLine < 1 || width < 1) {
            throw new IllegalArgumentException("bad format " + perLine + type + width);
        }
    }

    /**
     * Parses the text after {@code %FORMAT}, e.g. "(10I8)".
     *
     * @return the format, or null when the text is not a format this reader understands
     */
    public static PrmtopFormat parse(String text) {
        Matcher m = FORMAT.matcher(text);
        if (!m.find()) {
            return null;
        }
        int count = m.group(1).isEmpty() ? 1 : Integer.parseInt(m.group(1));
        char t = m.group(2).charAt(0);
        char type = t == 'a' || t == 'A' ? 'a' : Character.toUpperCase(t);
        if ("aIEF".indexOf(type) < 0) {
            return null;
        }
        return new PrmtopFormat(count, type, Integer.parseInt(m.group(3)));
    }

    public boolean isText() {
        return type == 'a';
    }

    public boolean isInteger() {
        return type == 'I';
    }
}
