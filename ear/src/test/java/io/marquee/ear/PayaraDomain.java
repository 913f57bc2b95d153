package io.marquee.ear;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A fresh Payara Server domain driven by {@code asadmin}: created in a folder of the build,
 * every listener bound to 127.0.0.1 before its first start, phone-home off.
 */
final class PayaraDomain implements AutoCloseable {

    static final String LOOPBACK = "127.0.0.1";

    /** Offsets from the port base that {@code create-domain --portbase} hands out. */
    private static final int[] PORT_OFFSETS = {9, 37, 38, 39, 48, 49, 59, 60, 61, 66, 76, 80, 81, 86};

    private final Path payaraHome;
    private final Path domainsDir;
    private final String name;
    private final Path logDir;
    private final int portBase;
    private int commandCount;
    private boolean started;

    /** What one asadmin call said: kept in a file so a failure message can point at it. */
    record Result(List<String> command, int exitCode, String output, Path log) {
        boolean succeeded() {
            return exitCode == 0;
        }

        String describe() {
            return "asadmin " + String.join(" ", command) + " exited " + exitCode + " (output in " + log + "):\n"
                    + tail(output, 40);
        }
    }

    private PayaraDomain(Path payaraHome, Path domainsDir, String name, Path logDir, int portBase) {
        this.payaraHome = payaraHome;
        this.domainsDir = domainsDir;
        this.name = name;
        this.logDir = logDir;
        this.portBase = portBase;
    }

    /** Creates the domain in {@code workDir/domains}, removing what an earlier run left there. */
    static PayaraDomain create(Path payaraHome, Path workDir, String name) {
        try {
            Path domainsDir = workDir.resolve("domains");
            Path logDir = workDir.resolve("asadmin");
            Files.createDirectories(logDir);
            PayaraDomain domain = new PayaraDomain(payaraHome, domainsDir, name, logDir, freePortBase());
            domain.removeLeftovers();
            Files.createDirectories(domainsDir);
            domain.require(domain.local("create-domain", "--nopassword", "--portbase", String.valueOf(domain.portBase),
                    "--domaindir", domainsDir.toString(), name), Duration.ofMinutes(2));
            domain.bindToLoopback();
            return domain;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int httpPort() {
        return portBase + 80;
    }

    int adminPort() {
        return portBase + 48;
    }

    Path domainDir() {
        return domainsDir.resolve(name);
    }

    Path serverLog() {
        return domainDir().resolve("logs/server.log");
    }

    /** Where to look when something failed. */
    String diagnostics() {
        return "server.log: " + serverLog() + ", asadmin output: " + logDir;
    }

    void start() {
        started = true;
        require(local("start-domain", "--domaindir", domainsDir.toString(), name), Duration.ofMinutes(3));
    }

    /** Runs a remote command against this domain's admin listener and fails on a non-zero exit. */
    Result asadmin(Duration timeout, String... arguments) {
        return require(remote(arguments), timeout);
    }

    Result tryAsadmin(Duration timeout, String... arguments) {
        return run(remote(arguments), timeout);
    }

    /** Stops the domain; kills it when it does not stop in time. Never throws. */
    @Override
    public void close() {
        if (!started) {
            return;
        }
        started = false;
        Result stop = run(local("stop-domain", "--domaindir", domainsDir.toString(), name), Duration.ofMinutes(1));
        if (!stop.succeeded()) {
            run(local("stop-domain", "--kill=true", "--domaindir", domainsDir.toString(), name), Duration.ofMinutes(1));
        }
    }

    private void removeLeftovers() throws IOException {
        if (Files.isDirectory(domainDir())) {
            // a run that was killed may have left its server running
            run(local("stop-domain", "--kill=true", "--domaindir", domainsDir.toString(), name), Duration.ofMinutes(1));
            try (Stream<Path> files = Files.walk(domainDir())) {
                for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private List<String> local(String... arguments) {
        List<String> command = new ArrayList<>(List.of("--interactive=false"));
        command.addAll(List.of(arguments));
        return command;
    }

    private List<String> remote(String... arguments) {
        List<String> command = new ArrayList<>(List.of("--interactive=false", "--host", LOOPBACK,
                "--port", String.valueOf(adminPort()), "--user", "admin"));
        command.addAll(List.of(arguments));
        return command;
    }

    private Result require(List<String> command, Duration timeout) {
        Result result = run(command, timeout);
        if (!result.succeeded()) {
            throw new IllegalStateException(result.describe() + "\n" + diagnostics());
        }
        return result;
    }

    private Result run(List<String> arguments, Duration timeout) {
        String javaHome = System.getProperty("java.home");
        List<String> command = new ArrayList<>(List.of("sh", payaraHome.resolve("bin/asadmin").toString()));
        command.addAll(arguments);
        String verb = arguments.stream().filter(a -> !a.startsWith("-") && !a.equals(LOOPBACK)
                && !a.equals("admin") && !a.matches("\\d+")).findFirst().orElse("asadmin");
        Path log = logDir.resolve(String.format("%02d-%s.log", ++commandCount, verb));
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            Map<String, String> environment = builder.environment();
            environment.put("AS_JAVA", javaHome);
            environment.put("JAVA_HOME", javaHome);
            Process process = builder.start();
            int exitCode;
            if (process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                exitCode = process.exitValue();
            } else {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                exitCode = -1;
                Files.writeString(log, "\n[timed out after " + timeout + "]\n", StandardCharsets.UTF_8,
                        java.nio.file.StandardOpenOption.APPEND);
            }
            return new Result(arguments, exitCode, Files.readString(log, StandardCharsets.UTF_8), log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running asadmin " + arguments, e);
        }
    }

    /**
     * Before the first start: http, admin, IIOP and JMX listeners, the embedded JMS broker's
     * listener and the Hazelcast data grid on 127.0.0.1; phone-home off.
     */
    private void bindToLoopback() {
        Path domainXml = domainDir().resolve("config/domain.xml");
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder().parse(domainXml.toFile());
            Element domain = document.getDocumentElement();

            for (String listener : List.of("network-listener", "iiop-listener", "jmx-connector")) {
                elements(domain, listener).forEach(element -> element.setAttribute("address", LOOPBACK));
            }
            // an embedded broker with host "localhost" gets a lazy listener on 0.0.0.0
            elements(domain, "jms-host").forEach(element -> element.setAttribute("host", LOOPBACK));

            // H2's AUTO_SERVER mode opens a TCP server on 0.0.0.0 as soon as the EJB timer service
            // (jdbc/__TimerPool) starts: the application's timers need no mixed-mode access
            elements(domain, "jdbc-connection-pool").forEach(pool -> elements(pool, "property").stream()
                    .filter(property -> "URL".equals(property.getAttribute("name")))
                    .forEach(url -> url.setAttribute("value", url.getAttribute("value").replace(";AUTO_SERVER=TRUE", ""))));

            Element grid = single(domain, "hazelcast-runtime-configuration");
            grid.setAttribute("interface", LOOPBACK);
            grid.setAttribute("das-bind-address", LOOPBACK);
            grid.setAttribute("das-public-address", LOOPBACK);
            grid.setAttribute("cluster-group-name", "marquee-ear-smoke-" + portBase);
            // "domain" discovery makes the DAS call every node's host on the machine's external
            // address (even for node-host localhost): join over loopback only, as on Micro
            grid.setAttribute("discovery-mode", "tcpip");
            grid.setAttribute("tcpip-members", LOOPBACK + ":" + grid.getAttribute("das-port"));

            Element server = serverConfig(domain);
            if (elements(server, "jms-service").isEmpty()) {
                // the server config gets a jms-service with host "localhost" at first boot otherwise
                Element jms = child(server, "jms-service");
                jms.setAttribute("type", "EMBEDDED");
                jms.setAttribute("default-jms-host", "default_JMS_host");
                Element host = child(jms, "jms-host");
                host.setAttribute("name", "default_JMS_host");
                host.setAttribute("host", LOOPBACK);
                host.setAttribute("port", "${JMS_PROVIDER_PORT}");
                host.setAttribute("lazy-init", "true");
            }
            // phone-home runs at once on the first boot unless switched off before it
            Element phoneHome = elements(server, "phone-home-runtime-configuration").stream().findFirst()
                    .orElseGet(() -> child(server, "phone-home-runtime-configuration"));
            phoneHome.setAttribute("enabled", "false");

            Element javaConfig = single(server, "java-config");
            for (String option : List.of(
                    // Hazelcast listens on every interface unless told to keep to its interface
                    "-Dhazelcast.socket.bind.any=false",
                    "-Dhazelcast.phone.home.enabled=false",
                    "-Djava.net.preferIPv4Stack=true",
                    "-Duser.timezone=UTC",
                    "-Daws.ec2MetadataDisabled=true",
                    // MicroProfile Config reads system properties: load the demo organiser
                    "-Dmarquee.demo.enabled=true",
                    // the demo's channels seal their stream keys under it (a key for this throw-away domain)
                    "-Dmarquee.secrets.key=" + newSecretsKey())) {
                child(javaConfig, "jvm-options").setTextContent(option);
            }

            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.transform(new DOMSource(document), new StreamResult(domainXml.toFile()));
        } catch (Exception e) {
            throw new IllegalStateException("could not bind the domain to loopback in " + domainXml, e);
        }
    }

    private static Element serverConfig(Element domain) {
        return elements(domain, "config").stream()
                .filter(config -> "server-config".equals(config.getAttribute("name")))
                .findFirst().orElseThrow(() -> new IllegalStateException("no server-config in domain.xml"));
    }

    private static List<Element> elements(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    private static Element single(Element parent, String tag) {
        List<Element> found = elements(parent, tag);
        if (found.isEmpty()) {
            throw new IllegalStateException("no <" + tag + "> in domain.xml");
        }
        return found.get(0);
    }

    private static Element child(Element parent, String tag) {
        Element element = parent.getOwnerDocument().createElement(tag);
        Node last = parent.getLastChild();
        parent.insertBefore(element, last != null && last.getNodeType() == Node.TEXT_NODE ? last : null);
        return element;
    }

    /** A port base whose ports are all free on every address, away from 8080 and the usual ones. */
    private static int freePortBase() {
        for (int attempt = 0; attempt < 50; attempt++) {
            int base = 20000 + 100 * ThreadLocalRandom.current().nextInt(0, 380);
            boolean free = true;
            for (int offset : PORT_OFFSETS) {
                free &= isFree(base + offset);
            }
            if (free) {
                return base;
            }
        }
        throw new IllegalStateException("no free port base found between 20000 and 58000");
    }

    private static boolean isFree(int port) {
        for (String address : List.of("0.0.0.0", LOOPBACK)) {
            try (ServerSocket socket = new ServerSocket()) {
                socket.setReuseAddress(false);
                socket.bind(new InetSocketAddress(InetAddress.getByName(address), port));
            } catch (IOException taken) {
                return false;
            }
        }
        return true;
    }

    static String tail(String text, int lines) {
        String[] all = text.split("\n");
        return String.join("\n", List.of(all).subList(Math.max(0, all.length - lines), all.length));
    }

    private static String newSecretsKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
