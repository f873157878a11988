package org.casebridge.platform.test;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/** The differences between a saved JSON tree and today's, named by field path; arrays compare in any order. */
final class JsonDifferences {

    private JsonDifferences() {}

    static void between(String path, JsonNode saved, JsonNode now, List<String> differences) {
        if (saved.equals(now)) {
            return;
        }
        if (saved.isObject() && now.isObject()) {
            for (Iterator<String> names = saved.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (now.has(name)) {
                    between(path + name + ".", saved.get(name), now.get(name), differences);
                } else {
                    differences.add("field '" + path + name + "' is saved but no longer written (renamed or removed?)");
                }
            }
            for (Iterator<String> names = now.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!saved.has(name)) {
                    differences.add("field '" + path + name + "' is written now but is not in the saved fixture"
                            + " (renamed or added?)");
                }
            }
        } else if (saved.isArray() && now.isArray() && saved.size() == now.size()) {
            List<JsonNode> before = sorted(saved);
            List<JsonNode> after = sorted(now);
            String prefix = path.endsWith(".") ? path.substring(0, path.length() - 1) : path;
            for (int i = 0; i < before.size(); i++) {
                between(prefix + "[" + i + "].", before.get(i), after.get(i), differences);
            }
        } else {
            String field = path.endsWith(".") ? path.substring(0, path.length() - 1) : path;
            differences.add("field '" + field + "' was saved as " + saved + " and is written now as " + now);
        }
    }

    private static List<JsonNode> sorted(JsonNode array) {
        List<JsonNode> elements = new ArrayList<>();
        array.forEach(elements::add);
        elements.sort(Comparator.comparing(JsonNode::toString));
        return elements;
    }
}
