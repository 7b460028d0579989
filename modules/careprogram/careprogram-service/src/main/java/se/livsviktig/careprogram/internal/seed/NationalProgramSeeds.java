package se.livsviktig.careprogram.internal.seed;

import com.liferay.portal.kernel.exception.PortalException;

import java.io.IOException;
import java.io.InputStream;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the seed button makes of the national list (NationalPrograms, the bundled national-programs.tsv): each
 * programme's titles, and the review cycle a seeded programme starts with.
 *
 * @author Livsviktig
 */
public final class NationalProgramSeeds {

	/**
	 * A seeded programme's cycle until its owner sets another: a year, as a routine's.
	 */
	public static final int REVIEW_INTERVAL_MONTHS = 12;

	/**
	 * @return the national programmes of the list this bundle carries
	 */
	public static List<NationalPrograms.NationalProgram> read()
		throws PortalException {

		try (InputStream inputStream =
				NationalProgramSeeds.class.getResourceAsStream(
					NationalPrograms.RESOURCE_NAME)) {

			if (inputStream == null) {
				throw new PortalException(
					"Missing " + NationalPrograms.RESOURCE_NAME);
			}

			return NationalPrograms.read(inputStream);
		}
		catch (IOException ioException) {
			throw new PortalException(ioException);
		}
	}

	/**
	 * The Swedish name in Swedish, the English name (when the list has one) in English, and the Swedish name in the
	 * site's default language when that is neither.
	 */
	public static Map<Locale, String> titles(
		NationalPrograms.NationalProgram nationalProgram, Locale defaultLocale) {

		Map<Locale, String> titles = new HashMap<>();

		titles.put(_SWEDISH, nationalProgram.getName());

		if (!nationalProgram.getEnglishName().isEmpty()) {
			titles.put(Locale.US, nationalProgram.getEnglishName());
			titles.put(Locale.UK, nationalProgram.getEnglishName());
		}

		titles.putIfAbsent(defaultLocale, nationalProgram.getName());

		return titles;
	}

	private NationalProgramSeeds() {
	}

	private static final Locale _SWEDISH = new Locale("sv", "SE");

}
