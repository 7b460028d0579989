package se.livsviktig.careprogram.internal.validation;

import java.net.URI;
import java.net.URISyntaxException;

import se.livsviktig.careprogram.constants.CareProgramConstants;
import se.livsviktig.careprogram.exception.CareProgramURLException;

/**
 * The link to the national programme is a web address (https or http) or nothing: a javascript: or data: link
 * would run in the reader's browser when the page shows it.
 *
 * @author Livsviktig
 */
public final class NationalURLs {

	/**
	 * @return the address without surrounding blanks, or "" for none
	 */
	public static String validate(String nationalURL)
		throws CareProgramURLException {

		if ((nationalURL == null) || nationalURL.isBlank()) {
			return "";
		}

		String trimmed = nationalURL.trim();

		if (trimmed.length() > CareProgramConstants.NATIONAL_URL_MAX_LENGTH) {
			throw new CareProgramURLException(
				"A link has at most " +
					CareProgramConstants.NATIONAL_URL_MAX_LENGTH +
						" characters");
		}

		try {
			URI uri = new URI(trimmed);

			String scheme = uri.getScheme();

			if ((scheme != null) &&
				(scheme.equalsIgnoreCase("https") ||
				 scheme.equalsIgnoreCase("http")) &&
				(uri.getHost() != null)) {

				return trimmed;
			}
		}
		catch (URISyntaxException uriSyntaxException) {
			throw new CareProgramURLException(
				"Not a web address: " + trimmed, uriSyntaxException);
		}

		throw new CareProgramURLException(
			"Only https and http addresses: " + trimmed);
	}

	private NationalURLs() {
	}

}
