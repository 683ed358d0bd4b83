package fr.gouv.hubee.it;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.format.EmailFormat;
import com.networknt.schema.format.Format;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The contract as the judge of every answer the API tests receive ({@link Api} calls {@link #check}
 * for each): the operation is looked up in the OpenAPI files the server serves, the status must be
 * one the operation declares (errors may also be the contract's generic {@code Error}), the body is
 * validated against the declared schema by networknt's validator ({@code $ref}s resolved, OpenAPI
 * 3.0 {@code nullable} turned into JSON Schema), and <b>every object's key set must equal its
 * schema's property set</b>: a field left out, even one that is null, fails the test, as it crashes
 * the clients in the field. A path that is not an operation of the contract fails too, so a new
 * endpoint cannot escape the check.
 */
final class Contract {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> FILES = List.of("api_folder_v1.2.7.yaml", "api_subscription_v1.2.3.yaml",
            "api_process_v1.2.1.yaml", "api_organization_v1.2.0.yaml");
    /** Our own extension: the contract files themselves, served as YAML (not JSON answers). */
    private static final String SERVED_CONTRACT = "openapi";
    /**
     * README « Authentication »: the token answer (the OpenAPI files describe /token only as the
     * OAuth2 flow). Clients read {@code access_token}.
     */
    private static final JsonNode TOKEN_SCHEMA = read("""
            {"type": "object", "required": ["access_token", "token_type", "expires_in"],
             "properties": {"access_token": {"type": "string", "minLength": 20},
                            "token_type": {"type": "string", "enum": ["Bearer"]},
                            "expires_in": {"type": "integer", "minimum": 1}}}""");
    /**
     * README « Lifecycle » 4: {@code eventDetails=true} adds these two to each notification (the
     * OpenAPI file leaves them out; the contract presentation shows them, null for a new case).
     */
    private static final JsonNode EVENT_DETAILS = read("""
            {"properties": {"eventActionType": {"anyOf": [{"type": "null"}, {"type": "string", "enum":
                 ["STATUS_UPDATE", "ATTACH_DEPOSIT", "ATTACH_DL", "ATTACH_DL_ALL", "COM_ADD", "SENDING_MESSAGE"]}]},
                            "eventStatus": {"anyOf": [{"type": "null"}, {"type": "string", "enum":
                 ["IN_PROGRESS", "SENT", "RECEIVED"]}]}}}""");

    private static final List<Document> DOCUMENTS = load();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(dialect());
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private Contract() {
    }

    /** An OpenAPI file: its base path, its operations and its schemas with {@code nullable} converted. */
    private record Document(String file, String basePath, JsonNode root, List<Operation> operations) {
    }

    private record Operation(Document document, String method, String template, Pattern path, JsonNode node) {
        String name() {
            return method + " " + document.basePath + template + " (" + node.path("operationId").asString() + ")";
        }
    }

    /**
     * Checks one answer of the API. {@code method} and {@code path} as sent, the path relative to
     * the API's root ({@code teledossiers/v1/…}, {@code referential/v1/…}, {@code token}).
     */
    static void check(String method, String path, HttpResponse<?> response) {
        String where = method + " /" + path + " → " + response.statusCode();
        List<String> cacheControl = response.headers().allValues("Cache-Control");
        if (cacheControl.stream().noneMatch(v -> v.contains("no-store"))) {
            throw new AssertionError(where + ": personal data must not be cached (Cache-Control: no-store), got "
                    + cacheControl);
        }
        URI uri = URI.create("http://x/" + path);
        String route = uri.getPath().substring(1);
        if (route.equals(SERVED_CONTRACT) || route.startsWith(SERVED_CONTRACT + "/")) {
            return;
        }
        int status = response.statusCode();
        if (route.equals("token")) {
            if (status == 200) {
                validate(where, "token", TOKEN_SCHEMA, DOCUMENTS.get(0).root, json(where, response));
            } else {
                validateError(where, DOCUMENTS.get(0), response);
            }
            return;
        }
        Operation operation = operation(method, route)
                .orElseThrow(() -> new AssertionError(where + ": not an operation of the contract"));
        JsonNode declared = operation.node.path("responses").path(Integer.toString(status));
        if (declared.isMissingNode()) {
            if (status < 400) {
                throw new AssertionError(where + ": status not declared by " + operation.name());
            }
            validateError(where, operation.document, response);
            return;
        }
        JsonNode content = declared.path("content");
        if (content.has("application/octet-stream")) {
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (!type.startsWith("application/octet-stream")) {
                throw new AssertionError(where + ": a file is application/octet-stream, got " + type);
            }
            return;
        }
        JsonNode schema = content.path("application/json").path("schema");
        if (schema.isMissingNode()) {
            if (status >= 400) {
                validateError(where, operation.document, response);
                return;
            }
            Object body = response.body();
            boolean empty = body == null || (body instanceof String s && s.isEmpty())
                    || (body instanceof byte[] b && b.length == 0);
            if (!empty) {
                throw new AssertionError(where + ": " + operation.name() + " declares no body, got " + body);
            }
            return;
        }
        if (operation.node.path("operationId").asString().equals("listNotification")
                && uri.getQuery() != null && uri.getQuery().contains("eventDetails=true")) {
            ObjectNode withDetails = NODES.objectNode();
            withDetails.put("type", "array");
            ArrayNode allOf = withDetails.putObject("items").putArray("allOf");
            allOf.add(schema.path("items"));
            allOf.add(EVENT_DETAILS);
            schema = withDetails;
        }
        validate(where, operation.name() + " " + status, schema, operation.document.root, json(where, response));
    }

    private static java.util.Optional<Operation> operation(String method, String route) {
        String path = "/" + route;
        return DOCUMENTS.stream().filter(d -> path.startsWith(d.basePath + "/") || path.equals(d.basePath))
                .flatMap(d -> d.operations.stream())
                .filter(o -> o.method.equalsIgnoreCase(method))
                .filter(o -> o.path.matcher(path.substring(o.document.basePath.length())).matches())
                // A literal segment wins over a template one (/cases/migrate before /cases/{caseId}).
                .min(Comparator.comparingInt(o -> o.template.split("\\{", -1).length));
    }

    private static JsonNode json(String where, HttpResponse<?> response) {
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("application/json")) {
            throw new AssertionError(where + ": JSON expected, got Content-Type " + type + " " + response.body());
        }
        Object body = response.body();
        String text = body instanceof byte[] b ? new String(b, java.nio.charset.StandardCharsets.UTF_8) : (String) body;
        try {
            return JSON.readTree(text);
        } catch (RuntimeException e) {
            throw new AssertionError(where + ": not JSON: " + text, e);
        }
    }

    private static void validate(String where, String key, JsonNode schema, JsonNode root, JsonNode instance) {
        Schema compiled = SCHEMAS.computeIfAbsent(key + "|" + schema.hashCode(), k -> {
            ObjectNode document = NODES.objectNode();
            document.putArray("allOf").add(schema);
            document.set("components", root.path("components"));
            return REGISTRY.getSchema(SchemaLocation.of("https://contract.hubee.test/" + Math.abs(k.hashCode())),
                    document);
        });
        List<Error> errors = compiled.validate(instance);
        List<String> problems = new ArrayList<>(errors.stream().map(Error::toString).toList());
        keySets(schema, root, instance, "", problems);
        if (!problems.isEmpty()) {
            throw new AssertionError(where + " does not match the contract (" + key + "):\n  "
                    + String.join("\n  ", problems) + "\n  body: " + instance);
        }
    }

    /** Every object answered has exactly the properties its schema declares (allOf members added up). */
    private static void keySets(JsonNode schema, JsonNode root, JsonNode instance, String at, List<String> problems) {
        if (instance == null || instance.isNull() || instance.isMissingNode()) {
            return;
        }
        List<JsonNode> schemas = flatten(schema, root);
        if (instance.isArray()) {
            for (JsonNode s : schemas) {
                if (s.has("items")) {
                    for (int i = 0; i < instance.size(); i++) {
                        keySets(s.path("items"), root, instance.get(i), at + "/" + i, problems);
                    }
                }
            }
            return;
        }
        if (!instance.isObject()) {
            return;
        }
        Set<String> declared = new TreeSet<>();
        schemas.forEach(s -> s.path("properties").propertyNames().forEach(declared::add));
        if (declared.isEmpty()) {
            return;
        }
        Set<String> present = new TreeSet<>(instance.propertyNames());
        Set<String> missing = new TreeSet<>(declared);
        missing.removeAll(present);
        Set<String> extra = new TreeSet<>(present);
        extra.removeAll(declared);
        if (!missing.isEmpty()) {
            problems.add((at.isEmpty() ? "/" : at) + ": keys missing (present, null when unset, in the contract): "
                    + missing);
        }
        if (!extra.isEmpty()) {
            problems.add((at.isEmpty() ? "/" : at) + ": keys the contract does not declare: " + extra);
        }
        for (String key : present) {
            // A key declared by several allOf members holds all their properties together.
            ObjectNode together = NODES.objectNode();
            ArrayNode members = together.putArray("allOf");
            schemas.stream().filter(s -> s.path("properties").has(key)).forEach(s -> members.add(s.path("properties").path(key)));
            if (!members.isEmpty()) {
                keySets(together, root, instance.get(key), at + "/" + key, problems);
            }
        }
    }

    /** The schema with its {@code $ref}s resolved and its allOf/anyOf members listed (null branches left out). */
    private static List<JsonNode> flatten(JsonNode schema, JsonNode root) {
        List<JsonNode> out = new ArrayList<>();
        JsonNode s = schema;
        while (s.has("$ref")) {
            s = root.at(s.path("$ref").asString().substring(1));
        }
        out.add(s);
        for (String combinator : List.of("allOf", "anyOf")) {
            for (JsonNode member : s.path(combinator)) {
                if (!"null".equals(member.path("type").asString(""))) {
                    out.addAll(flatten(member, root));
                }
            }
        }
        return out;
    }

    /** An error answer: the contract's {@code Error} of that file ({"errors":[{code, message}]}). */
    private static void validateError(String where, Document document, HttpResponse<?> response) {
        ObjectNode error = NODES.objectNode();
        error.put("$ref", "#/components/schemas/Error");
        validate(where, document.file + "#Error", error, document.root, json(where, response));
    }

    private static JsonNode read(String json) {
        return JSON.readTree(json);
    }

    private static List<Document> load() {
        Path folder = Path.of(System.getProperty("hubee.contract.dir",
                "../hubee-web/src/main/resources/fr/gouv/hubee/web/openapi"));
        YAMLMapper yaml = YAMLMapper.builder().build();
        List<Document> documents = new ArrayList<>();
        for (String file : FILES) {
            try {
                JsonNode root = nullableToJsonSchema(yaml.readTree(Files.readString(folder.resolve(file))));
                List<Operation> operations = new ArrayList<>();
                Document document = new Document(file, root.path("x-wso2-basePath").asString(), root, operations);
                for (Map.Entry<String, JsonNode> path : root.path("paths").properties()) {
                    Pattern pattern = Pattern.compile(path.getKey().replaceAll("\\{[^}]+}", "[^/]+"));
                    for (String method : List.of("get", "put", "post", "patch", "delete")) {
                        if (path.getValue().has(method)) {
                            operations.add(new Operation(document, method.toUpperCase(), path.getKey(), pattern,
                                    path.getValue().path(method)));
                        }
                    }
                }
                documents.add(document);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return documents;
    }

    /**
     * OpenAPI 3.0's {@code nullable: true} is not JSON Schema: each such schema becomes
     * {@code anyOf: [{type: null}, <schema>]}, which also covers the contract's nullable
     * {@code allOf} members (partnerInfo) and nullable enums (accessMode).
     */
    private static JsonNode nullableToJsonSchema(JsonNode node) {
        if (node.isArray()) {
            ArrayNode copy = NODES.arrayNode();
            node.forEach(item -> copy.add(nullableToJsonSchema(item)));
            return copy;
        }
        if (!node.isObject()) {
            return node;
        }
        ObjectNode copy = NODES.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!field.getKey().equals("nullable")) {
                copy.set(field.getKey(), nullableToJsonSchema(field.getValue()));
            }
        }
        if (!node.path("nullable").asBoolean(false)) {
            return copy;
        }
        ObjectNode nullable = NODES.objectNode();
        ArrayNode anyOf = nullable.putArray("anyOf");
        anyOf.addObject().put("type", "null");
        anyOf.add(copy);
        return nullable;
    }

    /**
     * JSON Schema draft 4 (what OpenAPI 3.0 schemas are) with one change: e-mail addresses in the
     * reserved {@code .test} domain (RFC 2606), which the demo and the tests use, are e-mail
     * addresses; the library's check refuses any domain outside the IANA list.
     */
    private static Dialect dialect() {
        EmailFormat standard = new EmailFormat();
        Pattern reserved = Pattern.compile("^[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+\\.)+test$");
        Format email = new Format() {
            @Override
            public String getName() {
                return "email";
            }

            @Override
            public String getMessageKey() {
                return standard.getMessageKey();
            }

            @Override
            public boolean matches(com.networknt.schema.ExecutionContext context, String value) {
                return reserved.matcher(value).matches() || standard.matches(context, value);
            }
        };
        return Dialect.builder(Dialects.getDraft4()).format(email).build();
    }
}
