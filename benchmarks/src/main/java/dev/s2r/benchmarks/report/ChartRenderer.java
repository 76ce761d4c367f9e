/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.benchmarks.report;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Draws the run as a PNG of six horizontal bar charts (headless Java2D): the four rates, STREAM client CPU per
 * row and STREAM_SLOW heap growth; s2r's bars are highlighted, the floor is grey, whiskers show min–max.
 */
public final class ChartRenderer {

    private static final int WIDTH = 1500;
    private static final int HEIGHT = 940;
    private static final Color S2R = new Color(0x1f, 0x77, 0xb4);
    private static final Color PEER = new Color(0xf0, 0x9a, 0x3e);
    private static final Color FLOOR = new Color(0x9a, 0x9a, 0x9a);

    private ChartRenderer() {
    }

    /** One bar. */
    private record Bar(String label, double value, double min, double max, Color color, String text) {
    }

    /**
     * Renders the chart.
     *
     * @param results the run's results
     * @param title   the chart's title
     * @param footnote a line at the bottom (drivers not run), or {@code null}
     * @param file    the PNG to write
     * @throws IOException when the file cannot be written
     */
    public static void render(RunResults results, String title, String footnote, Path file) throws IOException {
        System.setProperty("java.awt.headless", "true");
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 20));
            g.drawString(title, 20, 32);
            int panelW = WIDTH / 3;
            int panelH = (HEIGHT - 50) / 2;
            panel(g, 0, 50, panelW, panelH, "STREAM rows/s (higher is better)", rates(results, "STREAM", true), true);
            panel(g, panelW, 50, panelW, panelH, "POINT c1 ops/s (higher is better)", rates(results, "POINT_C1", false), true);
            panel(g, 2 * panelW, 50, panelW, panelH, "POINT c32 ops/s (higher is better)", rates(results, "POINT_C32", false), true);
            panel(g, 0, 50 + panelH, panelW, panelH, "INSERT rows/s (higher is better)", rates(results, "INSERT", false), true);
            panel(g, panelW, 50 + panelH, panelW, panelH, "STREAM client CPU µs/row (lower is better)",
                metric(results, "STREAM", Stats::cpuPerUnit, true), false);
            panel(g, 2 * panelW, 50 + panelH, panelW, panelH, "STREAM_SLOW heap growth MB (lower is better)",
                metric(results, "STREAM_SLOW", Stats::heapGrowthMedian, false), false);
            if (footnote != null && !footnote.isEmpty()) {
                g.setColor(Color.DARK_GRAY);
                g.setFont(new Font(Font.SANS_SERIF, Font.ITALIC, 13));
                g.drawString(footnote, 20, HEIGHT - 14);
            }
        } finally {
            g.dispose();
        }
        ImageIO.write(image, "png", file.toFile());
    }

    private static List<Bar> rates(RunResults results, String workload, boolean withFloor) {
        List<Bar> bars = new ArrayList<>();
        results.workloads().get(workload).forEach((driver, s) -> bars.add(s.ok()
            ? new Bar(driver, s.median(), s.min(), s.max(), color(driver), Fmt.rate(s.median()))
            : new Bar(driver, 0, 0, 0, color(driver), "FAILED")));
        Stats floor = results.get("FLOOR", "raw-socket");
        if (withFloor && floor != null && floor.ok()) {
            bars.add(new Bar("floor (raw socket)", floor.median(), floor.min(), floor.max(), FLOOR, Fmt.rate(floor.median())));
        }
        return bars;
    }

    private static List<Bar> metric(RunResults results, String workload, ToDoubleFunction<Stats> metric, boolean withFloor) {
        List<Bar> bars = new ArrayList<>();
        results.workloads().get(workload).forEach((driver, s) -> {
            double v = s.ok() ? metric.applyAsDouble(s) : Double.NaN;
            bars.add(new Bar(driver, Double.isNaN(v) ? 0 : v, Double.NaN, Double.NaN, color(driver),
                Double.isNaN(v) ? "FAILED" : workload.equals("STREAM_SLOW") ? Fmt.mb(v) : Fmt.cpu(v)));
        });
        Stats floor = results.get("FLOOR", "raw-socket");
        if (withFloor && floor != null && floor.ok()) {
            double v = metric.applyAsDouble(floor);
            bars.add(new Bar("floor (raw socket)", v, Double.NaN, Double.NaN, FLOOR, Fmt.cpu(v)));
        }
        return bars;
    }

    private static Color color(String driver) {
        return driver.equals("s2r") ? S2R : PEER;
    }

    private static void panel(Graphics2D g, int x, int y, int w, int h, String title, List<Bar> bars, boolean whiskers) {
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        g.drawString(title, x + 16, y + 24);
        if (bars.isEmpty()) {
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
            g.drawString("not measured", x + 16, y + 50);
            return;
        }
        double top = bars.stream().mapToDouble(b -> Double.isNaN(b.max) ? b.value : Math.max(b.value, b.max)).max().orElse(1);
        top = top <= 0 ? 1 : top * 1.05;
        int labelW = 150;
        int chartX = x + 16 + labelW;
        int chartW = w - labelW - 90;
        int rowH = Math.min(48, (h - 60) / bars.size());
        int barH = (int) (rowH * 0.62);
        g.setColor(new Color(0xdd, 0xdd, 0xdd));
        g.drawLine(chartX, y + 36, chartX, y + 40 + rowH * bars.size());
        for (int k = 0; k < bars.size(); k++) {
            Bar bar = bars.get(k);
            int by = y + 40 + k * rowH;
            g.setFont(new Font(Font.SANS_SERIF, bar.label.equals("s2r") ? Font.BOLD : Font.PLAIN, 13));
            g.setColor(Color.DARK_GRAY);
            g.drawString(bar.label, x + 16, by + barH - 4);
            int len = (int) Math.round(chartW * bar.value / top);
            g.setColor(bar.color);
            g.fillRect(chartX, by, Math.max(len, 0), barH);
            if (whiskers && !Double.isNaN(bar.min) && bar.max > bar.min) {
                int x0 = chartX + (int) Math.round(chartW * bar.min / top);
                int x1 = chartX + (int) Math.round(chartW * bar.max / top);
                g.setColor(Color.BLACK);
                g.setStroke(new BasicStroke(1.2f));
                g.drawLine(x0, by + barH / 2, x1, by + barH / 2);
                g.drawLine(x0, by + 3, x0, by + barH - 3);
                g.drawLine(x1, by + 3, x1, by + barH - 3);
            }
            g.setColor(bar.text.equals("FAILED") ? new Color(0xc0, 0x20, 0x20) : Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            int textX = chartX + Math.max(len, 0) + 6;
            if (whiskers && !Double.isNaN(bar.max)) {
                textX = Math.max(textX, chartX + (int) Math.round(chartW * bar.max / top) + 6);
            }
            g.drawString(bar.text, textX, by + barH - 4);
        }
    }
}
