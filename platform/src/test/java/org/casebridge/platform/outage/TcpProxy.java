package org.casebridge.platform.outage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP proxy on loopback in front of a server, which a test can cut (every connection closed, nothing listening:
 * the server seems down, as after a crash) and restore on the same port, without touching the server that other
 * tests in the JVM share.
 */
final class TcpProxy implements AutoCloseable {

    private final String targetHost;
    private final int targetPort;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private volatile ServerSocket server;
    private int port;

    private TcpProxy(String targetHost, int targetPort) {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
    }

    static TcpProxy to(String host, int port) {
        TcpProxy proxy = new TcpProxy(host, port);
        proxy.listen(0);
        return proxy;
    }

    int port() {
        return port;
    }

    /** Closes every connection and stops listening. */
    synchronized void cut() {
        closeQuietly(server);
        sockets.forEach(TcpProxy::closeQuietly);
        sockets.clear();
    }

    /** Listens again on the same port. */
    synchronized void restore() {
        listen(port);
    }

    private void listen(int on) {
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), on));
            server = socket;
            port = socket.getLocalPort();
            Thread.ofPlatform().daemon().name("tcp-proxy-" + port).start(() -> accept(socket));
        } catch (IOException e) {
            throw new UncheckedIOException("The proxy could not listen on " + on, e);
        }
    }

    private void accept(ServerSocket listening) {
        while (!listening.isClosed()) {
            try {
                Socket client = listening.accept();
                Socket upstream = new Socket(targetHost, targetPort);
                sockets.add(client);
                sockets.add(upstream);
                pump(client, upstream);
                pump(upstream, client);
            } catch (IOException e) {
                // closed by cut(), or the target refused: the client sees its connection end
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread.ofPlatform().daemon().start(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream();
                    OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException e) {
                // one side closed: close both below
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        });
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            if (closeable != null) {
                closeable.close();
            }
        } catch (Exception ignored) {
            // closing is all that is wanted
        }
    }

    @Override
    public void close() {
        cut();
    }
}
