package se.livsviktig.platform.db.harness;

import java.io.IOException;
import java.io.UncheckedIOException;

import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * A port on 127.0.0.1 nobody listens on now, so servers never collide with a developer's own database or with a
 * second build on the same machine.
 */
final class LoopbackPorts {

	static int free() {
		try (ServerSocket serverSocket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return serverSocket.getLocalPort();
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}
	}

	private LoopbackPorts() {
	}

}
