package se.livsviktig.platform.view.harness;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import se.livsviktig.platform.view.harness.internal.NodeSide;

/**
 * Reads iCalendar text with Mozilla's ical.js (the parser of Thunderbird's calendar) in the view tier's Node,
 * through ical-check.js: an independent check of what the project's own writer produces. Each file gives a
 * {@code FILE} line (path, METHOD, longest line in octets) and an {@code EVENT} line per VEVENT (UID, SEQUENCE,
 * STATUS, occurrences ical.js lists, start and end as Europe/Stockholm wall-clock time), tab-separated.
 *
 * @author Livsviktig
 */
public class ICalJs {

	/**
	 * @param calendars iCalendar objects, each written to a file of its own
	 * @return the lines ical-check.js printed, split into their fields
	 */
	public static List<String[]> read(Path dir, List<String> calendars) {
		NodeSide nodeSide = NodeSide.locate();

		try {
			Files.createDirectories(dir);

			List<String> command = new ArrayList<>();

			command.add(nodeSide.getNode().toString());
			command.add(
				nodeSide.getHarnessDir(
				).resolve(
					"ical-check.js"
				).toString());

			for (int i = 0; i < calendars.size(); i++) {
				Path file = dir.resolve("calendar-" + i + ".ics");

				Files.write(
					file, calendars.get(i).getBytes(StandardCharsets.UTF_8));

				command.add(file.toString());
			}

			ProcessBuilder processBuilder = new ProcessBuilder(command);

			processBuilder.directory(nodeSide.getHarnessDir().toFile());
			processBuilder.redirectError(
				dir.resolve(
					"ical-check.err"
				).toFile());

			Process process = processBuilder.start();

			String output;

			try (InputStream inputStream = process.getInputStream()) {
				output = new String(
					inputStream.readAllBytes(), StandardCharsets.UTF_8);
			}

			if (!process.waitFor(60, TimeUnit.SECONDS) ||
				(process.exitValue() != 0)) {

				throw new IllegalStateException(
					"ical.js could not read the calendars in " + dir + ": " +
						new String(
							Files.readAllBytes(dir.resolve("ical-check.err")),
							StandardCharsets.UTF_8));
			}

			List<String[]> lines = new ArrayList<>();

			for (String line : output.split("\n")) {
				if (!line.isEmpty()) {
					lines.add(line.split("\t", -1));
				}
			}

			return lines;
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}
		catch (InterruptedException interruptedException) {
			Thread.currentThread(
			).interrupt();

			throw new IllegalStateException(interruptedException);
		}
	}

	/**
	 * @return the lines of one kind ("FILE" or "EVENT"), without the kind
	 */
	public static List<String[]> linesOf(String kind, List<String[]> lines) {
		List<String[]> linesOfKind = new ArrayList<>();

		for (String[] line : lines) {
			if (line[0].equals(kind)) {
				linesOfKind.add(Arrays.copyOfRange(line, 1, line.length));
			}
		}

		return linesOfKind;
	}

}
