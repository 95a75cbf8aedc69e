package io.gazette.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP/1.1 request written by hand over a socket, for headers that HTTP clients will not forge: REST Assured and
 * the JDK client put the real {@code Host} back, so a test of a forged one has to write the request itself.
 */
public final class RawHttp {

    /** The status and the {@code Location} header (null when absent) of an answer. */
    public record Answer(int status, String location) {
    }

    private RawHttp() {
    }

    public static Answer send(URL root, String method, String path, String host, Map<String, String> headers, String body) {
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(10_000);
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            StringBuilder request = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                    .append("Host: ").append(host).append("\r\nConnection: close\r\nContent-Length: ")
                    .append(content.length).append("\r\n");
            headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
            OutputStream out = socket.getOutputStream();
            out.write(request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            return parse(socket.getInputStream());
        } catch (IOException e) {
            throw new IllegalStateException("request to " + root + path + " failed", e);
        }
    }

    private static Answer parse(InputStream in) throws IOException {
        String head = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).split("\r\n\r\n", 2)[0];
        String[] lines = head.split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        String location = null;
        for (String line : lines) {
            if (line.toLowerCase(Locale.ROOT).startsWith("location:")) {
                location = line.substring("location:".length()).strip();
            }
        }
        return new Answer(status, location);
    }
}
