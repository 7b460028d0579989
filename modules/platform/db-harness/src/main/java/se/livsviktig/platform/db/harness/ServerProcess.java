package se.livsviktig.platform.db.harness;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A server that runs in the foreground as a child of the JVM and says in its log when it accepts connections.
 * Readiness is that line, not a guess: the caller blocks on a latch the log reader releases.
 */
final class ServerProcess {

	static void kill(Process process) {
		process.destroyForcibly();

		try {
			process.waitFor(_TIMEOUT_SECONDS, TimeUnit.SECONDS);
		}
		catch (InterruptedException interruptedException) {
			Thread.currentThread().interrupt();
		}
	}

	static Process startAndAwait(List<String> command, String readyLine, Path logFile) {
		ProcessBuilder processBuilder = new ProcessBuilder(command);

		processBuilder.redirectErrorStream(true);

		Process process;

		try {
			process = processBuilder.start();

			process.getOutputStream().close();
		}
		catch (IOException ioException) {
			throw new DatabaseServerUnavailableException("Unable to run " + String.join(" ", command), ioException);
		}

		AtomicBoolean ready = new AtomicBoolean();
		CountDownLatch settled = new CountDownLatch(1);

		Thread logReader = new Thread(
			() -> _copyLog(process, readyLine, logFile, ready, settled), "log of " + command.get(0));

		logReader.setDaemon(true);
		logReader.start();

		try {
			if (!settled.await(_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
				kill(process);

				throw new DatabaseServerUnavailableException(
					"The server was not ready after " + _TIMEOUT_SECONDS + " s: " + String.join(" ", command) +
						"\n" + _read(logFile));
			}
		}
		catch (InterruptedException interruptedException) {
			Thread.currentThread().interrupt();

			kill(process);

			throw new DatabaseServerUnavailableException("Interrupted while starting " + command.get(0));
		}

		if (!ready.get()) {
			throw new DatabaseServerUnavailableException(
				"The server stopped before it was ready: " + String.join(" ", command) + "\n" + _read(logFile));
		}

		return process;
	}

	/**
	 * Copies the server's output to its log file for as long as it runs, and settles the start-up as soon as the
	 * ready line appears or the output ends (the server died).
	 */
	private static void _copyLog(
		Process process, String readyLine, Path logFile, AtomicBoolean ready, CountDownLatch settled) {

		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
			BufferedWriter writer = Files.newBufferedWriter(logFile, StandardCharsets.UTF_8)) {

			String line;

			while ((line = reader.readLine()) != null) {
				writer.write(line);
				writer.newLine();
				writer.flush();

				if (line.contains(readyLine) && ready.compareAndSet(false, true)) {
					settled.countDown();
				}
			}
		}
		catch (IOException ioException) {

			// The process was killed or its directory deleted: nothing is left to log.

		}
		finally {
			settled.countDown();
		}
	}

	private static String _read(Path logFile) {
		try {
			return Files.readString(logFile, StandardCharsets.UTF_8);
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}
	}

	private ServerProcess() {
	}

	private static final long _TIMEOUT_SECONDS = 60;

}
