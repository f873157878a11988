package org.casebridge.notification.delivery.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.casebridge.events.registry.IntegrationEventTypes;

class SharingPolicyProperties {

    @Property
    void neverSharesAFieldThePolicyDoesNotList(@ForAll("types") String type, @ForAll("payloads") ObjectNode payload) {
        Set<String> allowed = SharingPolicy.allowedFields(type);

        ObjectNode shared = SharingPolicy.minimise(type, payload);

        for (String path : leafPaths(shared, "")) {
            assertThat(allowed.stream()
                            .anyMatch(field -> path.equals(field)
                                    || path.startsWith(field + ".")
                                    || field.startsWith(path + ".") && emptyContainer(shared, path)))
                    .as("%s shared %s", type, path)
                    .isTrue();
        }
    }

    @Property
    void keepsEveryListedTopLevelField(@ForAll("types") String type, @ForAll("payloads") ObjectNode payload) {
        ObjectNode shared = SharingPolicy.minimise(type, payload);

        SharingPolicy.allowedFields(type).stream()
                .filter(field -> !field.contains("."))
                .filter(payload::has)
                .forEach(field -> assertThat(shared.get(field)).isEqualTo(payload.get(field)));
    }

    @Provide
    Arbitrary<String> types() {
        return Arbitraries.of(new ArrayList<>(IntegrationEventTypes.all().keySet()));
    }

    @Provide
    Arbitrary<ObjectNode> payloads() {
        Arbitrary<String> names = Arbitraries.of(
                "caseId",
                "schoolUrn",
                "localAuthorityCode",
                "forceCode",
                "children",
                "ref",
                "age",
                "name",
                "dateOfBirth",
                "upn",
                "notes",
                "outcome",
                "invitees",
                "id",
                "type",
                "rationale",
                "childRoles",
                "role",
                "crimeReference");
        Arbitrary<JsonNode> leaves = Arbitraries.oneOf(
                Arbitraries.strings().alpha().ofMaxLength(8).map(JsonNodeFactory.instance::textNode),
                Arbitraries.integers().between(0, 99).map(JsonNodeFactory.instance::numberNode));
        Arbitrary<JsonNode> objects =
                Arbitraries.maps(names, leaves).ofMaxSize(5).map(SharingPolicyProperties::object);
        Arbitrary<JsonNode> lists = objects.list().ofMaxSize(3).map(elements -> {
            var array = JsonNodeFactory.instance.arrayNode();
            elements.forEach(array::add);
            return array;
        });
        Arbitrary<JsonNode> values = Arbitraries.oneOf(leaves, objects, lists);
        return Combinators.combine(Arbitraries.maps(names, values).ofMaxSize(8), Arbitraries.just(0))
                .as((fields, ignored) -> object(fields));
    }

    private static ObjectNode object(Map<String, JsonNode> fields) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        fields.forEach(node::set);
        return node;
    }

    /** A listed container (children, childRoles) may come out empty when none of its fields were listed. */
    private static boolean emptyContainer(JsonNode shared, String path) {
        List<JsonNode> nodes = new ArrayList<>(List.of(shared));
        for (String part : path.split("\\.")) {
            List<JsonNode> next = new ArrayList<>();
            for (JsonNode node : nodes) {
                JsonNode child = node.get(part);
                if (child != null && child.isArray()) {
                    child.forEach(next::add);
                    if (child.isEmpty()) {
                        next.add(JsonNodeFactory.instance.objectNode());
                    }
                } else if (child != null) {
                    next.add(child);
                }
            }
            nodes = next;
        }
        return nodes.stream().allMatch(node -> node.isContainerNode() && node.isEmpty());
    }

    private static List<String> leafPaths(JsonNode node, String prefix) {
        List<String> paths = new ArrayList<>();
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String path = prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey();
                List<String> nested = leafPaths(field.getValue(), path);
                paths.addAll(nested.isEmpty() ? List.of(path) : nested);
            }
        } else if (node.isArray()) {
            node.forEach(element -> paths.addAll(leafPaths(element, prefix)));
        }
        return paths;
    }
}
