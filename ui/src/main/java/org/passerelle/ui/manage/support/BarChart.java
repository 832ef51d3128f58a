package org.passerelle.ui.manage.support;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * A grouped bar chart drawn on the server as SVG (no chart library can be bundled in the browser here):
 * one group per label, one bar per series, a legend, and the figures written on the bars' tops.
 */
public final class BarChart {

    /** One series: its name, its colour and one value per label. */
    public record Series(String name, String colour, List<BigDecimal> values) {
    }

    private static final int WIDTH = 640;
    private static final int HEIGHT = 280;
    private static final int TOP = 30;
    private static final int BOTTOM = 60;
    private static final int LEFT = 10;

    private BarChart() {
    }

    public static String svg(String title, List<String> labels, List<Series> series) {
        BigDecimal max = series.stream().flatMap(s -> s.values().stream()).max(BigDecimal::compareTo)
                .filter(m -> m.signum() > 0).orElse(BigDecimal.ONE);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns='http://www.w3.org/2000/svg' width='").append(WIDTH).append("' height='")
                .append(HEIGHT).append("' viewBox='0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("' font-family='sans-serif' font-size='11' role='img'><title>").append(escape(title))
                .append("</title>");
        int plotHeight = HEIGHT - TOP - BOTTOM;
        int groups = Math.max(labels.size(), 1);
        double groupWidth = (WIDTH - 2.0 * LEFT) / groups;
        double barWidth = Math.min(40, groupWidth * 0.8 / Math.max(series.size(), 1));
        svg.append("<line x1='").append(LEFT).append("' y1='").append(TOP + plotHeight).append("' x2='")
                .append(WIDTH - LEFT).append("' y2='").append(TOP + plotHeight).append("' stroke='#888'/>");
        for (int g = 0; g < labels.size(); g++) {
            double groupX = LEFT + g * groupWidth + (groupWidth - barWidth * series.size()) / 2;
            for (int s = 0; s < series.size(); s++) {
                BigDecimal value = series.get(s).values().get(g);
                double height = value.divide(max, 6, RoundingMode.HALF_UP).doubleValue() * plotHeight;
                double x = groupX + s * barWidth;
                double y = TOP + plotHeight - height;
                svg.append(String.format(java.util.Locale.ROOT,
                        "<rect x='%.1f' y='%.1f' width='%.1f' height='%.1f' fill='%s'><title>%s: %s</title></rect>",
                        x, y, barWidth - 2, height, series.get(s).colour(), escape(series.get(s).name()),
                        value.toPlainString()));
                svg.append(String.format(java.util.Locale.ROOT,
                        "<text x='%.1f' y='%.1f' text-anchor='middle' font-size='9'>%s</text>", x + barWidth / 2,
                        y - 3, compact(value)));
            }
            svg.append(String.format(java.util.Locale.ROOT, "<text x='%.1f' y='%d' text-anchor='middle'>%s</text>",
                    LEFT + g * groupWidth + groupWidth / 2, TOP + plotHeight + 16, escape(shorten(labels.get(g)))));
        }
        for (int s = 0; s < series.size(); s++) {
            int x = LEFT + s * 160;
            svg.append("<rect x='").append(x).append("' y='").append(HEIGHT - 22).append("' width='12' height='12' fill='")
                    .append(series.get(s).colour()).append("'/><text x='").append(x + 16).append("' y='")
                    .append(HEIGHT - 12).append("'>").append(escape(series.get(s).name())).append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    /** The chart as a {@code data:} URL, for an {@code Image}. */
    public static String dataUrl(String svg) {
        return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
    }

    static String compact(BigDecimal value) {
        double v = value.doubleValue();
        if (v >= 1_000_000) {
            return String.format(java.util.Locale.ROOT, "%.1fM", v / 1_000_000);
        }
        if (v >= 1_000) {
            return String.format(java.util.Locale.ROOT, "%.0fk", v / 1_000);
        }
        return value.stripTrailingZeros().toPlainString();
    }

    private static String shorten(String label) {
        return label.length() > 22 ? label.substring(0, 21) + "…" : label;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&apos;");
    }
}
