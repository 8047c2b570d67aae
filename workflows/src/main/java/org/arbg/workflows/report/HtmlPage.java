package org.arbg.workflows.report;

import java.util.List;
import java.util.Locale;

/**
 * A small, self-contained HTML page (inline CSS, no scripts, images by relative path), built in order.
 * Every text passed in is escaped.
 */
public final class HtmlPage {
    private final StringBuilder body = new StringBuilder();
    private final String title;

    public HtmlPage(String title) {
        this.title = title;
    }

    /** A figure: a PNG beside the page, with its size in pixels and a caption. */
    public record Figure(String file, int width, int height, String caption) {
    }

    public HtmlPage heading(String text) {
        body.append("<h2>").append(escape(text)).append("</h2>\n");
        return this;
    }

    public HtmlPage paragraph(String text) {
        body.append("<p>").append(escape(text)).append("</p>\n");
        return this;
    }

    /** A table with a header row; cells are text. */
    public HtmlPage table(String id, List<String> header, List<List<String>> rows) {
        body.append("<table id=\"").append(escape(id)).append("\">\n<tr>");
        header.forEach(h -> body.append("<th>").append(escape(h)).append("</th>"));
        body.append("</tr>\n");
        for (List<String> row : rows) {
            body.append("<tr>");
            for (int c = 0; c < row.size(); c++) {
                body.append(c == 0 ? "<th>" : "<td>").append(escape(row.get(c))).append(c == 0 ? "</th>" : "</td>");
            }
            body.append("</tr>\n");
        }
        body.append("</table>\n");
        return this;
    }

    /** Figures side by side, wrapping. */
    public HtmlPage figures(List<Figure> figures) {
        body.append("<div class=\"figures\">\n");
        for (Figure f : figures) {
            body.append("<figure><img src=\"").append(escape(f.file())).append("\" width=\"").append(f.width())
                    .append("\" height=\"").append(f.height()).append("\" alt=\"").append(escape(f.caption()))
                    .append("\"><figcaption>").append(escape(f.caption())).append("</figcaption></figure>\n");
        }
        body.append("</div>\n");
        return this;
    }

    /** The whole document. */
    public String render() {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + escape(title)
                + "</title>\n<style>\n"
                + "body{font-family:sans-serif;margin:2em;color:#222;background:#fff}\n"
                + "table{border-collapse:collapse;margin:1em 0}\n"
                + "th,td{border:1px solid #bbb;padding:4px 10px;text-align:right}\n"
                + "tr>th:first-child{text-align:left}\n"
                + ".figures{display:flex;flex-wrap:wrap;gap:1em}\n"
                + "figure{margin:0}figcaption{font-size:90%;color:#555;max-width:720px}\n"
                + "</style>\n</head>\n<body>\n<h1>" + escape(title) + "</h1>\n" + body + "</body>\n</html>\n";
    }

    /** A number as the report prints it: 4 significant digits, "—" for null, NaN or ±∞. */
    public static String number(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.4g", v) : "—";
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
