package org.plenary.schema;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plenary.model.spec.Registry;

/**
 * What an editor does with our schemas: reads a YAML file (YAML 1.2, like yaml-language-server) and validates it
 * against the registry's JSON Schema with a well-kept validator (networknt json-schema-validator, draft 2020-12,
 * formats asserted as editors do for {@code date} and {@code uri}).
 */
public final class EditorValidator {
    private static final Map<Registry, Schema> SCHEMAS = new EnumMap<>(Registry.class);
    private static final Pattern FRONT_MATTER = Pattern.compile("\\A---\\R(.*?)\\R(?:---|\\.\\.\\.)\\R", Pattern.DOTALL);

    private EditorValidator() {
    }

    public static synchronized Schema schema(Registry r) {
        return SCHEMAS.computeIfAbsent(r, k -> {
            SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                    b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
            return registry.getSchema(JsonSchemas.files().get(JsonSchemas.fileName(k)), InputFormat.JSON);
        });
    }

    /** The schema errors of a file's text, found by the registry its path belongs to; null when no schema applies. */
    public static List<Error> validate(String relPath, String text) {
        Registry r = registryOf(relPath);
        if (r == null) return null;
        if (r == Registry.FRONT_MATTER) {
            Matcher m = FRONT_MATTER.matcher(text.replace("\r\n", "\n"));
            if (!m.find()) return null;
            text = m.group(1);
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        return schema(r).validate(text, InputFormat.YAML);
    }

    /** {@code data/members/x.yaml} → MEMBERS, {@code content/en/about.md} → FRONT_MATTER; null for other files. */
    public static Registry registryOf(String relPath) {
        String p = relPath.replace('\\', '/');
        if (p.startsWith("content/")) {
            return p.endsWith(".md") && !p.startsWith("content/advice/") ? Registry.FRONT_MATTER : null;
        }
        if (!p.startsWith("data/") || !(p.endsWith(".yaml") || p.endsWith(".yml"))) return null;
        String rest = p.substring("data/".length());
        String first = rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest.replaceFirst("\\.ya?ml$", "");
        return first.equals("site") && !rest.contains("/") ? Registry.SITE : Registry.byId(first);
    }
}
