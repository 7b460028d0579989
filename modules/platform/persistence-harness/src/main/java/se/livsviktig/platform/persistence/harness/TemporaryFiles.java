package se.livsviktig.platform.persistence.harness;

import java.io.IOException;
import java.io.UncheckedIOException;

import java.nio.file.Files;
import java.nio.file.Path;

import java.util.Comparator;
import java.util.stream.Stream;

final class TemporaryFiles {

	static void deleteRecursively(Path root) {
		if (!Files.exists(root)) {
			return;
		}

		try (Stream<Path> stream = Files.walk(root)) {
			stream.sorted(
				Comparator.reverseOrder()
			).forEach(
				path -> {
					try {
						Files.deleteIfExists(path);
					}
					catch (IOException ioException) {
						throw new UncheckedIOException(ioException);
					}
				}
			);
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}
	}

	private TemporaryFiles() {
	}

}
