package se.livsviktig.platform.db.harness;

import java.io.IOException;
import java.io.InputStream;

import java.nio.charset.StandardCharsets;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs set-up commands (initdb, pg_ctl, mariadb-install-db) to completion. A failure carries the command's own
 * output, which is what one needs to see when a server will not start on a CI machine.
 */
final class Commands {

	static String run(String... command) {
		return run(Arrays.asList(command));
	}

	static String run(List<String> command) {
		ProcessBuilder processBuilder = new ProcessBuilder(command);

		processBuilder.redirectErrorStream(true);

		try {
			Process process = processBuilder.start();

			process.getOutputStream().close();

			String output;

			try (InputStream inputStream = process.getInputStream()) {
				output = new String(inputStream.readAllBytes(), StandardCharsets.UTF_8);
			}

			if (!process.waitFor(_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
				process.destroyForcibly();

				throw new DatabaseServerUnavailableException(
					"Timed out after " + _TIMEOUT_SECONDS + " s: " + String.join(" ", command) + "\n" +
						output);
			}

			if (process.exitValue() != 0) {
				throw new DatabaseServerUnavailableException(
					"Exit " + process.exitValue() + ": " + String.join(" ", command) + "\n" + output);
			}

			return output;
		}
		catch (IOException ioException) {
			throw new DatabaseServerUnavailableException(
				"Unable to run " + String.join(" ", command), ioException);
		}
		catch (InterruptedException interruptedException) {
			Thread.currentThread().interrupt();

			throw new DatabaseServerUnavailableException(
				"Interrupted while running " + String.join(" ", command), interruptedException);
		}
	}

	/**
	 * The command prefixed so that it runs as the given user when the JVM runs as root (initdb and postgres refuse
	 * to run as root); unchanged otherwise.
	 */
	static List<String> asUser(String user, String... command) {
		List<String> list = new ArrayList<>();

		if (isRoot()) {
			list.add("runuser");
			list.add("-u");
			list.add(user);
			list.add("--");
		}

		list.addAll(Arrays.asList(command));

		return list;
	}

	static boolean isRoot() {
		return "root".equals(System.getProperty("user.name"));
	}

	private Commands() {
	}

	private static final long _TIMEOUT_SECONDS = 120;

}
