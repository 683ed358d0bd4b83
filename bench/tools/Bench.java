import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The benchmarks' HTTP client, JDK only (run as a single-file program: java Bench.java …).
 *
 *   hash PASSWORD                        the PBKDF2 form PasswordHasher stores
 *   login BASE EMAIL PASSWORD            logs in through the portal's form, prints the session cookie
 *   intake BASE CLIENT SECRET CLIENTS SECONDS SIRETS_FILE
 *                                        operators' folders through the API (3 attachments each)
 *   zip BASE EMAIL PASSWORD SERVER_PID   the list's bulk ZIP of one page of 100 dossiers, with the
 *                                        server's live heap measured while the ZIP streams
 *   replay LOGFILE DB_NAME               turns PostgreSQL's logged statements (log_statement=all)
 *                                        into SQL runnable by psql, parameters inlined
 */
public class Bench {

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "hash" -> System.out.println(Pbkdf2.hash(args[1]));
            case "login" -> System.out.println(new Portal(args[1]).login(args[2], args[3]));
            case "intake" -> Intake.run(args[1], args[2], args[3], Integer.parseInt(args[4]), Integer.parseInt(args[5]),
                    Files.readAllLines(Path.of(args[6])));
            case "zip" -> ZipDownload.run(args[1], args[2], args[3], Long.parseLong(args[4]));
            case "replay" -> Replay.run(Path.of(args[1]), args[2]);
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    static long percentile(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}

/** The application's password hash format (PasswordHasher): pbkdf2-sha256$iterations$salt$hash. */
final class Pbkdf2 {
    static String hash(String password) throws Exception {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(password.toCharArray(), salt, 310_000, 256)).getEncoded();
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return "pbkdf2-sha256$310000$" + b64.encodeToString(salt) + "$" + b64.encodeToString(key);
    }
}

/** A browser's session on the portal: cookies, the login form and JSF postbacks. */
final class Portal {
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    final String base;
    final CookieManager cookies = new CookieManager();
    final HttpClient http;

    Portal(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    static String viewState(String html) {
        Matcher m = VIEW_STATE.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no JSF view state in the page");
        }
        return m.group(1);
    }

    String get(String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + ": " + r.statusCode());
        }
        return r.body();
    }

    HttpRequest post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** Logs in with the portal's form; returns "JSESSIONID=…" once the dossier list answers. */
    String login(String email, String password) throws Exception {
        String page = get("/connexion.xhtml");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("email", email);
        form.put("password", password);
        form.put("submit", "");
        form.put("jakarta.faces.ViewState", viewState(page));
        HttpResponse<String> r = http.send(post("/connexion.xhtml", form), HttpResponse.BodyHandlers.ofString());
        if (!r.uri().getPath().contains("/app/")) {
            throw new IllegalStateException("login refused for " + email + " (" + r.uri() + ")");
        }
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::toString).findFirst().orElseThrow();
    }
}

/**
 * CLIENTS operators each loop for SECONDS: token once, then per folder POST /folders (one case,
 * three PDF attachments of ~100 kB), three PUTs with their digest, PATCH HUBEE_COMPLETED.
 */
final class Intake {
    static void run(String base, String clientId, String secret, int clients, int seconds, List<String> sirets) throws Exception {
        // HTTP/1.1 as operators' software speaks it; the JDK client's default h2c upgrade leaves
        // uploads to HTTP/2's 64 kB flow-control window.
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        String api = base + "/api/";
        byte[][] files = new byte[3][];
        String[] digests = new String[3];
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < 3; i++) {
            files[i] = new byte[96 * 1024 + i * 8 * 1024];
            random.nextBytes(files[i]);
            digests[i] = "SHA-256=" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(files[i]));
        }
        String run = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        AtomicInteger sequence = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
        long warmupEnd = System.nanoTime() + Duration.ofSeconds(Math.min(5, seconds / 4)).toNanos();
        long end = warmupEnd + Duration.ofSeconds(seconds).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            done.add(pool.submit(() -> {
                String token = token(http, api, clientId, secret);
                while (System.nanoTime() < end) {
                    int n = sequence.incrementAndGet();
                    long start = System.nanoTime();
                    try {
                        folder(http, api, token, "B" + run + "-" + n, sirets.get(n % sirets.size()), files, digests);
                        if (start > warmupEnd) {
                            latencies.add(System.nanoTime() - start);
                        }
                    } catch (Exception e) {
                        if (errors.incrementAndGet() <= 3) {
                            System.err.println("folder " + n + ": " + e.getMessage());
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length == 0) {
            throw new IllegalStateException("no folder completed (" + errors.get() + " errors)");
        }
        double rate = sorted.length / (double) seconds;
        System.out.printf("intake.folders=%d%nintake.errors=%d%nintake.folders_per_s=%.1f%nintake.p50_ms=%.0f%nintake.p99_ms=%.0f%n",
                sorted.length, errors.get(), rate, Bench.percentile(sorted, 50) / 1e6, Bench.percentile(sorted, 99) / 1e6);
        System.out.printf("intake.mb_per_s=%.1f%n", rate * Arrays.stream(files).mapToInt(f -> f.length).sum() / 1048576.0);
    }

    static String token(HttpClient http, String api, String clientId, String secret) throws Exception {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(api + "token"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=OSL")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
        if (r.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("token: " + r.statusCode() + " " + r.body());
        }
        return m.group(1);
    }

    static void folder(HttpClient http, String api, String token, String number, String siret, byte[][] files,
                       String[] digests) throws Exception {
        String caseId = number + "-01";
        StringBuilder attachments = new StringBuilder();
        for (int i = 0; i < files.length; i++) {
            attachments.append(i == 0 ? "" : ",").append("{\"fileName\":\"piece-").append(i + 1)
                    .append(".pdf\",\"type\":\"Justificatif\",\"size\":").append(files[i].length)
                    .append(",\"mimeType\":\"application/pdf\",\"recipients\":[\"").append(caseId).append("\"]}");
        }
        String json = "{\"processCode\":\"EtatCivil\",\"externalId\":\"" + number + "\","
                + "\"applicant\":{\"firstName\":\"Zoé\",\"lastName\":\"Bécaud\",\"email\":\"zoe.becaud@courriel.test\"},"
                + "\"cases\":[{\"recipient\":{\"type\":\"SI\",\"companyRegister\":\"" + siret.split(" ")[0]
                + "\",\"branchCode\":\"" + siret.split(" ")[1] + "\"},\"externalId\":\"" + caseId + "\"}],"
                + "\"attachments\":[" + attachments + "]}";
        HttpResponse<String> created = send(http, HttpRequest.newBuilder(URI.create(api + "teledossiers/v1/folders"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), 201);
        // Yasson writes keys in alphabetical order: the folder's own id follows its globalStatus,
        // each attachment's id its fileName.
        String folderId = field(created.body(), "globalStatus\"\\s*:\\s*\"[^\"]*\"\\s*,\\s*\"id");
        Matcher attachmentId = Pattern.compile("\"fileName\"\\s*:\\s*\"piece-\\d\\.pdf\"\\s*,\\s*\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"")
                .matcher(created.body());
        for (int i = 0; i < files.length; i++) {
            attachmentId.find();
            send(http, HttpRequest.newBuilder(URI.create(api + "teledossiers/v1/folders/" + folderId + "/attachments/"
                            + attachmentId.group(1)))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/octet-stream")
                    .header("digest", digests[i]).PUT(HttpRequest.BodyPublishers.ofByteArray(files[i])), 204);
        }
        send(http, HttpRequest.newBuilder(URI.create(api + "teledossiers/v1/folders/" + folderId))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"globalStatus\":\"HUBEE_COMPLETED\"}")), 204);
    }

    static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request, int expected) throws Exception {
        HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != expected) {
            throw new IllegalStateException(r.request().method() + " " + r.request().uri().getPath() + ": "
                    + r.statusCode() + " " + r.body());
        }
        return r;
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }
}

/**
 * The agent selects the hundred dossiers of a page (status En cours, 100 per page) and downloads
 * them as one ZIP, as the list's action bar does (two postbacks: the checkboxes, then the button).
 * Run twice: once straight through (throughput), once pausing after 20 MB to force a full GC in
 * the server and read its live heap while the response is half sent.
 */
final class ZipDownload {
    private static final Pattern CHECKBOX = Pattern.compile("name=\"(list:[^\"]*:select)\"");

    static void run(String base, String email, String password, long serverPid) throws Exception {
        Portal portal = new Portal(base);
        portal.login(email, password);
        long baseline = liveHeap(serverPid);
        Result straight = download(portal, -1, 0);
        Result paused = download(portal, 20L << 20, serverPid);
        long after = liveHeap(serverPid);
        System.out.printf("zip.dossiers=%d%nzip.entries=%d%nzip.mb=%.1f%nzip.seconds=%.2f%nzip.mb_per_s=%.1f%nzip.dossiers_per_s=%.1f%n",
                straight.dossiers, straight.entries, straight.bytes / 1048576.0, straight.nanos / 1e9,
                straight.bytes / 1048576.0 / (straight.nanos / 1e9), straight.dossiers / (straight.nanos / 1e9));
        System.out.printf("zip.heap_live_before_mb=%.1f%nzip.heap_live_during_mb=%.1f%nzip.heap_live_after_mb=%.1f%nzip.heap_growth_mb=%.1f%n",
                baseline / 1048576.0, paused.heapDuring / 1048576.0, after / 1048576.0, (paused.heapDuring - baseline) / 1048576.0);
    }

    record Result(int dossiers, int entries, long bytes, long nanos, long heapDuring) {
    }

    static Result download(Portal portal, long pauseAfter, long serverPid) throws Exception {
        String page = portal.get("/app/teledossiers.xhtml?statut=EN_COURS&taille=100");
        List<String> boxes = new ArrayList<>();
        Matcher m = CHECKBOX.matcher(page);
        while (m.find()) {
            boxes.add(m.group(1));
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("list", "list");
        boxes.forEach(b -> form.put(b, "on"));
        form.put("jakarta.faces.ViewState", Portal.viewState(page));
        HttpResponse<String> selected = portal.http.send(portal.post("/app/teledossiers.xhtml", form), HttpResponse.BodyHandlers.ofString());
        form.put("jakarta.faces.ViewState", Portal.viewState(selected.body()));
        // The action bar now shows « tout sélectionner », checked: a browser posts it too.
        if (selected.body().contains("name=\"list:select-all\"")) {
            form.put("list:select-all", "on");
        }
        form.put("list:bulk-download-confirm", "list:bulk-download-confirm");
        long start = System.nanoTime();
        HttpResponse<InputStream> r = portal.http.send(portal.post("/app/teledossiers.xhtml", form), HttpResponse.BodyHandlers.ofInputStream());
        if (!String.valueOf(r.headers().firstValue("Content-Type").orElse("")).contains("zip")) {
            throw new IllegalStateException("no ZIP: " + r.statusCode() + " " + r.headers().map());
        }
        CountingStream counted = new CountingStream(r.body());
        int entries = 0;
        long heapDuring = 0;
        java.util.Set<String> dossiers = new java.util.HashSet<>();
        try (ZipInputStream zip = new ZipInputStream(counted)) {
            ZipEntry entry;
            byte[] buffer = new byte[64 * 1024];
            while ((entry = zip.getNextEntry()) != null) {
                entries++;
                dossiers.add(entry.getName().split("/")[0]);
                while (zip.read(buffer) > 0) {
                    if (pauseAfter > 0 && heapDuring == 0 && counted.count > pauseAfter) {
                        heapDuring = liveHeap(serverPid);
                    }
                }
            }
        }
        return new Result(dossiers.size(), entries, counted.count, System.nanoTime() - start, heapDuring);
    }

    /** Heap in use right after a full GC of the server (jcmd): what the server really holds. */
    static long liveHeap(long pid) throws Exception {
        run("jcmd", Long.toString(pid), "GC.run");
        String info = run("jcmd", Long.toString(pid), "GC.heap_info");
        Matcher m = Pattern.compile("used (\\d+)K").matcher(info);
        if (!m.find()) {
            throw new IllegalStateException("jcmd GC.heap_info: " + info);
        }
        return Long.parseLong(m.group(1)) * 1024;
    }

    static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    static final class CountingStream extends java.io.FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count += Math.max(0, n);
            return n;
        }
    }
}

/**
 * PostgreSQL's log of one page (log_statement=all): each "execute …: SQL" line followed by its
 * "DETAIL: parameters: $1 = '…', …" line becomes one statement with the values inlined.
 */
final class Replay {
    private static final Pattern EXECUTE = Pattern.compile("@(\\S+) LOG:  (?:execute [^:]*|statement): (.*)$");
    private static final Pattern PARAMS = Pattern.compile("@(\\S+) DETAIL:  parameters: (.*)$");
    private static final Pattern PARAM = Pattern.compile("\\$(\\d+) = ('(?:[^']|'')*'|NULL)");

    static void run(Path log, String database) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = EXECUTE.matcher(lines.get(i));
            if (!m.find() || !m.group(1).equals(database)) {
                continue;
            }
            String sql = m.group(2);
            if (!sql.trim().toLowerCase().startsWith("select")) {
                continue;
            }
            if (i + 1 < lines.size()) {
                Matcher p = PARAMS.matcher(lines.get(i + 1));
                if (p.find() && p.group(1).equals(database)) {
                    Map<String, String> values = new LinkedHashMap<>();
                    Matcher v = PARAM.matcher(p.group(2));
                    while (v.find()) {
                        values.put(v.group(1), v.group(2));
                    }
                    // Highest numbers first, so that $1 never replaces the start of $10.
                    List<String> keys = new ArrayList<>(values.keySet());
                    keys.sort((a, b) -> Integer.parseInt(b) - Integer.parseInt(a));
                    for (String k : keys) {
                        sql = sql.replace("$" + k, values.get(k));
                    }
                }
            }
            System.out.println(sql + ";");
        }
    }
}
