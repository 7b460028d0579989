package se.livsviktig.platform.db.harness;

import java.io.IOException;
import java.io.UncheckedIOException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;

import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A server's data directory under java.io.tmpdir, owned by the OS user the server runs as, deleted when the
 * server stops.
 */
public final class TemporaryDirectory {

	static TemporaryDirectory create(String prefix, String owner) {
		try {
			Path path = Files.createTempDirectory(prefix);

			if (Commands.isRoot() && !"root".equals(owner)) {
				UserPrincipalLookupService lookupService = path.getFileSystem().getUserPrincipalLookupService();

				UserPrincipal userPrincipal = lookupService.lookupPrincipalByName(owner);

				Files.setOwner(path, userPrincipal);
			}

			return new TemporaryDirectory(path);
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}
	}

	/**
	 * Deletes a directory and everything below it, if it exists. Other harnesses clean up their own temporary
	 * storage with it.
	 */
	public static void deleteRecursively(Path root) {
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

	void delete() {
		deleteRecursively(_path);
	}

	Path path() {
		return _path;
	}

	private TemporaryDirectory(Path path) {
		_path = path;
	}

	private final Path _path;

}
