package org.leadpractitioner.it.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A small HTTP client for the REST API as a caller sees it: one user's HTTP Basic credentials (or none),
 * JSON in and out, headers when a test needs them. Paths are relative to {@code /lp/api/v1}; a path that
 * starts with {@code http} is used as it is (a Location header).
 */
public final class ApiClient {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final URI api;
    private final String authorization;

    private ApiClient(URI api, String authorization) {
        this.api = api;
        this.authorization = authorization;
    }

    /** A client with no credentials. {@code base} is the application's root, e.g. http://127.0.0.1:8180/lp/. */
    public static ApiClient anonymous(URL base) {
        try {
            return new ApiClient(base.toURI().resolve("api/v1/"), null);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The same API as {@code username}. */
    public ApiClient as(String username, String password) {
        String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new ApiClient(api, "Basic " + token);
    }

    /** The server's root (where /openapi lives). */
    public URI serverRoot() {
        return api.resolve("/");
    }

    public Reply get(String path) {
        return send("GET", path, null, Map.of());
    }

    public Reply get(String path, Map<String, String> headers) {
        return send("GET", path, null, headers);
    }

    public Reply post(String path, JsonStructure body) {
        return send("POST", path, body.toString(), Map.of());
    }

    public Reply post(String path, JsonStructure body, String ifMatch) {
        return send("POST", path, body.toString(), ifMatch(ifMatch));
    }

    public Reply put(String path, JsonStructure body, String ifMatch) {
        return send("PUT", path, body.toString(), ifMatch(ifMatch));
    }

    /** Any method, with a raw body (may be null or malformed on purpose) and extra headers. */
    public Reply send(String method, String path, String rawBody, Map<String, String> headers) {
        URI uri = path.startsWith("http") ? URI.create(path) : api.resolve(path.startsWith("/") ? path.substring(1) : path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json, application/problem+json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        Map<String, String> all = new LinkedHashMap<>();
        if (rawBody != null) {
            all.put("Content-Type", "application/json");
        }
        all.putAll(headers);
        all.forEach(request::setHeader);
        request.method(method, rawBody == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(rawBody, StandardCharsets.UTF_8));
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(method + " " + uri, response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A PUT of a file's bytes as the body, with its content type and If-Match. */
    public Reply putFile(String path, byte[] content, String contentType, String ifMatch) {
        URI uri = api.resolve(path.startsWith("/") ? path.substring(1) : path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json, application/problem+json").header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(content));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        try {
            return new Reply("PUT " + uri, HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A GET whose body is a file: the bytes, after checking the status is 200 and the type is {@code type}. */
    public byte[] file(String path, String type) {
        URI uri = api.resolve(path.startsWith("/") ? path.substring(1) : path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).header("Accept", type);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            if (response.statusCode() != 200 || !contentType.startsWith(type)) {
                throw new AssertionError("GET " + uri + ": expected 200 " + type + ", got " + response.statusCode() + " "
                        + contentType + ": " + new String(response.body(), StandardCharsets.UTF_8));
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> ifMatch(String etag) {
        return etag == null ? Map.of() : Map.of("If-Match", etag);
    }

    /** One response: status, headers and the body, readable as JSON. */
    public record Reply(String request, HttpResponse<String> response) {

        public int status() {
            return response.statusCode();
        }

        public String body() {
            return response.body();
        }

        public Optional<String> header(String name) {
            return response.headers().firstValue(name);
        }

        public String etag() {
            return header("ETag").orElseThrow(() -> new AssertionError("No ETag on " + this));
        }

        public String location() {
            return header("Location").orElseThrow(() -> new AssertionError("No Location on " + this));
        }

        public JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body()))) {
                return reader.readObject();
            } catch (RuntimeException e) {
                throw new AssertionError("Not a JSON object: " + this, e);
            }
        }

        public JsonArray array() {
            try (JsonReader reader = Json.createReader(new StringReader(body()))) {
                return reader.readArray();
            } catch (RuntimeException e) {
                throw new AssertionError("Not a JSON array: " + this, e);
            }
        }

        /** The problem's rule code. */
        public String code() {
            JsonObject problem = json();
            if (!problem.containsKey("code")) {
                throw new AssertionError("No problem code in " + this);
            }
            return problem.getString("code");
        }

        /** The fields the problem names, in order. */
        public java.util.List<String> fields() {
            JsonObject problem = json();
            if (!problem.containsKey("errors")) {
                throw new AssertionError("No field errors in " + this);
            }
            return problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream().map(e -> e.getString("field")).toList();
        }

        public long id() {
            return json().getJsonNumber("id").longValue();
        }

        /** Fails with the whole exchange in the message unless the status is {@code expected}. */
        public Reply expect(int expected) {
            if (status() != expected) {
                throw new AssertionError("Expected " + expected + " but got " + this);
            }
            return this;
        }

        @Override
        public String toString() {
            String text = body() == null ? "" : body();
            return status() + " for " + request + ": " + (text.length() > 800 ? text.substring(0, 800) + "…" : text);
        }
    }
}
