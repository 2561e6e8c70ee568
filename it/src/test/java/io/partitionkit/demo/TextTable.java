package io.partitionkit.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Query rows laid out as an aligned text table; whole numbers get thousands separators and align right. */
final class TextTable {

    private final List<String> headers;
    private final List<List<String>> cells = new ArrayList<>();
    private final boolean[] numeric;

    TextTable(List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            headers = List.of("(no rows)");
            numeric = new boolean[1];
            return;
        }
        headers = List.copyOf(rows.get(0).keySet());
        numeric = new boolean[headers.size()];
        for (int i = 0; i < headers.size(); i++) {
            numeric[i] = true;
        }
        for (Map<String, Object> row : rows) {
            List<String> line = new ArrayList<>();
            int i = 0;
            for (Object value : row.values()) {
                numeric[i] &= value == null || value instanceof Long || value instanceof Integer;
                line.add(format(value));
                i++;
            }
            cells.add(line);
        }
    }

    private static String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Long || value instanceof Integer) {
            return String.format(Locale.ROOT, "%,d", ((Number) value).longValue());
        }
        return value.toString();
    }

    List<String> lines() {
        int[] widths = new int[headers.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = headers.get(i).length();
            for (List<String> row : cells) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add(line(headers, widths));
        StringBuilder rule = new StringBuilder();
        for (int width : widths) {
            rule.append(rule.length() == 0 ? "" : "-+-").append("-".repeat(width));
        }
        lines.add(rule.toString());
        cells.forEach(row -> lines.add(line(row, widths)));
        return lines;
    }

    private String line(List<String> values, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            String value = values.get(i);
            String padding = " ".repeat(widths[i] - value.length());
            line.append(i == 0 ? "" : " | ").append(numeric[i] ? padding + value : value + padding);
        }
        return line.toString().stripTrailing();
    }
}
