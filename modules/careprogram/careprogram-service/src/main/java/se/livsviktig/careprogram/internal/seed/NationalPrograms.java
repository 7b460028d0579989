package se.livsviktig.careprogram.internal.seed;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;

import java.nio.charset.StandardCharsets;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The national care and intervention programmes (vardochinsats.se) to seed a site with: one per line, the
 * programme's Swedish name, its English name (optional) and its national link, separated by tabs. Lines starting
 * with # and blank lines are notes for whoever updates the file (its sources).
 *
 * @author Livsviktig
 */
public final class NationalPrograms {

	public static final String RESOURCE_NAME =
		"/se/livsviktig/careprogram/service/internal/seed/national-programs.tsv";

	public static List<NationalProgram> read(InputStream inputStream)
		throws IOException {

		List<NationalProgram> nationalPrograms = new ArrayList<>();

		try (BufferedReader bufferedReader = new BufferedReader(
				new InputStreamReader(inputStream, StandardCharsets.UTF_8))) {

			String line = null;
			int lineNumber = 0;

			while ((line = bufferedReader.readLine()) != null) {
				lineNumber++;

				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}

				String[] fields = line.split("\t");

				if ((fields.length < 2) || (fields.length > 3) ||
					fields[0].isBlank() ||
					fields[fields.length - 1].isBlank()) {

					throw new IOException(
						"Line " + lineNumber +
							" is not a name, an optional English name and a " +
								"link separated by tabs");
				}

				String englishName = "";

				if (fields.length == 3) {
					englishName = fields[1].trim();
				}

				nationalPrograms.add(
					new NationalProgram(
						fields[0].trim(), englishName,
						fields[fields.length - 1].trim()));
			}
		}

		return Collections.unmodifiableList(nationalPrograms);
	}

	private NationalPrograms() {
	}

	public static final class NationalProgram {

		public NationalProgram(
			String name, String englishName, String nationalURL) {

			_name = name;
			_englishName = englishName;
			_nationalURL = nationalURL;
		}

		/**
		 * @return the English name, or "" for none
		 */
		public String getEnglishName() {
			return _englishName;
		}

		public String getName() {
			return _name;
		}

		public String getNationalURL() {
			return _nationalURL;
		}

		private final String _englishName;
		private final String _name;
		private final String _nationalURL;

	}

}
