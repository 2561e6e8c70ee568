package io.partitionkit.core.status;

import java.util.ArrayList;
import java.util.List;

/**
 * A JSON document written as text (RFC 8259), for the few shapes status needs: objects whose
 * members keep the order they are added in, arrays, strings, numbers, booleans and null.
 */
final class JsonText {

    private final StringBuilder out = new StringBuilder();
    /** Per open object or array: whether it has a member or element yet. */
    private final List<Boolean> started = new ArrayList<>();
    private final String indent;

    private JsonText(String indent) {
        this.indent = indent;
    }

    /** Two spaces per level, one member or element per line. */
    static JsonText pretty() {
        return new JsonText("  ");
    }

    JsonText beginObject() {
        return open('{');
    }

    JsonText endObject() {
        return close('}');
    }

    JsonText beginArray() {
        return open('[');
    }

    JsonText endArray() {
        return close(']');
    }

    /** A member's name; its value follows. */
    JsonText name(String name) {
        separate();
        string(name).out.append(": ");
        return this;
    }

    JsonText value(String value) {
        element();
        return value == null ? raw("null") : string(value);
    }

    JsonText value(long value) {
        element();
        return raw(Long.toString(value));
    }

    JsonText value(boolean value) {
        element();
        return raw(Boolean.toString(value));
    }

    JsonText nullValue() {
        element();
        return raw("null");
    }

    String text() {
        return out.append('\n').toString();
    }

    private JsonText open(char bracket) {
        element();
        out.append(bracket);
        started.add(false);
        return this;
    }

    private JsonText close(char bracket) {
        boolean any = started.remove(started.size() - 1);
        if (any) {
            newLine();
        }
        out.append(bracket);
        return this;
    }

    /** Before a value: inside an array, the comma and new line a name would have written. */
    private void element() {
        if (!started.isEmpty() && out.charAt(out.length() - 1) != ' ') {
            separate();
        }
    }

    private void separate() {
        int last = started.size() - 1;
        if (started.get(last)) {
            out.append(',');
        }
        started.set(last, true);
        newLine();
    }

    private void newLine() {
        out.append('\n').append(indent.repeat(started.size()));
    }

    private JsonText raw(String text) {
        out.append(text);
        return this;
    }

    private JsonText string(String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
        return this;
    }
}
