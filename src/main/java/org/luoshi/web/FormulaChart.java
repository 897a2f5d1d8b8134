package org.luoshi.web;

import org.luoshi.formula.FormulaReport;
import org.luoshi.formula.Formulas;

import java.util.ArrayList;
import java.util.List;

/**
 * A formula's uses per year as a line chart, one series per level, laid out on the server and drawn by the template
 * as inline SVG (no script: the Content-Security-Policy allows none). The numbers are those of the report's years,
 * as in its CSV and JSON.
 */
public record FormulaChart(int width, int height, int plotLeft, int plotRight, int plotTop, int plotBottom, long max,
                           List<Tick> years, List<Series> series) {
    static final int STEP = 30;
    static final int PLOT = 140;
    static final int LEFT = 40;
    static final int TOP = 12;
    /** A colour per level, in the order of {@link Formulas#LEVELS}. */
    static final String[] COLOURS = {"#c92a2a", "#e67700", "#2b8a3e", "#1971c2", "#6741d9", "#0c8599", "#868e96"};

    /** A year on the x axis: where its label stands. */
    public record Tick(int x, String label) {
    }

    /** One level's line: its label and colour, the polyline's points, each point, and where its legend stands. */
    public record Series(String label, String colour, String points, List<Point> dots, int legendX, int legendY) {
    }

    /** A year of one level: where it is drawn and what its tooltip says. */
    public record Point(int x, int y, String title) {
    }

    /** The chart of a report's years; null when it has none. */
    static FormulaChart of(FormulaReport r, T t) {
        List<FormulaReport.YearCount> years = r.years();
        if (years.isEmpty()) {
            return null;
        }
        long max = 1;
        for (FormulaReport.YearCount y : years) {
            for (int n : y.levels().values()) {
                max = Math.max(max, n);
            }
        }
        int bottom = TOP + PLOT;
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i < years.size(); i++) {
            ticks.add(new Tick(x(i), String.valueOf(years.get(i).year())));
        }
        List<Series> series = new ArrayList<>();
        int right = x(years.size() - 1) + STEP / 2;
        for (int li = 0; li < Formulas.LEVELS.size(); li++) {
            String level = Formulas.LEVELS.get(li);
            if (years.stream().noneMatch(y -> y.levels().containsKey(level))) {
                continue;
            }
            String label = t.level(level.equals("unknown") ? null : level);
            StringBuilder points = new StringBuilder();
            List<Point> dots = new ArrayList<>();
            for (int i = 0; i < years.size(); i++) {
                int n = years.get(i).levels().getOrDefault(level, 0);
                int y = bottom - (int) Math.round(PLOT * (double) n / max);
                points.append(points.length() == 0 ? "" : " ").append(x(i)).append(',').append(y);
                dots.add(new Point(x(i), y, label + " " + years.get(i).year() + t.t("年：", ": ") + n + t.t(" 篇", " documents")));
            }
            series.add(new Series(label, COLOURS[li], points.toString(), dots, LEFT + series.size() * 70, bottom + 40));
        }
        int width = Math.max(right + 10, LEFT + series.size() * 70 + 10);
        return new FormulaChart(width, bottom + 50, LEFT, right, TOP, bottom, max, ticks, series);
    }

    private static int x(int i) {
        return LEFT + STEP / 2 + i * STEP;
    }
}
