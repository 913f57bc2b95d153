package io.marquee.media.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * S3Proxy on a filesystem directory, in a child JVM: its jar bundles its own AWS SDK version,
 * logback and Jetty, which must not meet the SDK under test on one classpath. It checks SigV4
 * signatures, signed headers and the expiry of presigned URLs as S3 does. Loopback only. The web
 * module's harness (the shared test server, the run command) starts it too, answering CORS for
 * the console's origin so a browser can PUT to it.
 */
public final class S3ProxyProcess implements AutoCloseable {

    public static final String IDENTITY = "local-identity";
    public static final String CREDENTIAL = "local-credential";
    private static final Pattern LISTENING = Pattern.compile("ServerConnector@.*\\{127\\.0\\.0\\.1:(\\d+)}");

    private final Process process;
    private final URI endpoint;

    private S3ProxyProcess(Process process, URI endpoint) {
        this.process = process;
        this.endpoint = endpoint;
    }

    static S3ProxyProcess start(Path directory) throws IOException, InterruptedException {
        return start(directory, List.of(), List.of());
    }

    /**
     * @param buckets     made (as directories) unless they exist: the store keeps them across restarts
     * @param corsOrigins the web origins whose pages may PUT presigned uploads (and read) cross-origin
     */
    public static S3ProxyProcess start(Path directory, List<String> buckets, List<String> corsOrigins)
            throws IOException, InterruptedException {
        String jar = System.getProperty("s3proxy.jar");
        if (jar == null) {
            throw new IllegalStateException("system property s3proxy.jar is not set: run the tests through Maven");
        }
        Path data = Files.createDirectories(directory.resolve("buckets"));
        for (String bucket : buckets) {
            Files.createDirectories(data.resolve(bucket));
        }
        Properties settings = new Properties();
        settings.setProperty("s3proxy.endpoint", "http://127.0.0.1:0");
        settings.setProperty("s3proxy.authorization", "aws-v2-or-v4");
        settings.setProperty("s3proxy.identity", IDENTITY);
        settings.setProperty("s3proxy.credential", CREDENTIAL);
        settings.setProperty("jclouds.provider", "filesystem");
        settings.setProperty("jclouds.filesystem.basedir", data.toString());
        settings.setProperty("jclouds.identity", IDENTITY);
        settings.setProperty("jclouds.credential", CREDENTIAL);
        if (!corsOrigins.isEmpty()) {
            settings.setProperty("s3proxy.cors-allow-origins",
                    corsOrigins.stream().map(Pattern::quote).collect(Collectors.joining(" ")));
            settings.setProperty("s3proxy.cors-allow-methods", "GET HEAD PUT");
            settings.setProperty("s3proxy.cors-allow-headers", "Content-Type");
            settings.setProperty("s3proxy.cors-exposed-headers", "ETag");
        }
        Path file = directory.resolve("s3proxy.properties");
        try (Writer writer = Files.newBufferedWriter(file)) {
            settings.store(writer, null);
        }
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", jar, "org.gaul.s3proxy.Main", "--properties", file.toString())
                .redirectErrorStream(true);
        Process process = builder.start();
        try {
            return new S3ProxyProcess(process, URI.create("http://127.0.0.1:" + port(process)));
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            process.destroyForcibly();
            throw new IllegalStateException("S3Proxy did not start", e);
        }
    }

    /**
     * Reads the child's output until Jetty names the port it bound (an INFO line: a quieter
     * LOG_LEVEL hides it), then drains the rest so the child never blocks on a full pipe.
     */
    private static int port(Process process) throws InterruptedException, ExecutionException, TimeoutException {
        CompletableFuture<Integer> port = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    Matcher listening = LISTENING.matcher(line);
                    if (listening.find()) {
                        port.complete(Integer.parseInt(listening.group(1)));
                    }
                }
                port.completeExceptionally(new IllegalStateException("S3Proxy exited: " + process.waitFor()));
            } catch (IOException | InterruptedException e) {
                port.completeExceptionally(e);
            }
        }, "s3proxy-output");
        reader.setDaemon(true);
        reader.start();
        return port.get(60, TimeUnit.SECONDS);
    }

    public URI endpoint() {
        return endpoint;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

}
