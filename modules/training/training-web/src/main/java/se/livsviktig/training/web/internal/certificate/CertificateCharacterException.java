package se.livsviktig.training.web.internal.certificate;

import com.liferay.portal.kernel.exception.PortalException;

/**
 * The certificate would contain letters none of its embedded fonts can draw. It is refused rather than written
 * with those letters missing, because a certificate with a name printed as "###" is worse than none.
 *
 * @author Livsviktig
 */
public class CertificateCharacterException extends PortalException {

	public CertificateCharacterException(String characters) {
		super("No embedded font can draw " + characters);

		_characters = characters;
	}

	/**
	 * @return the characters that cannot be drawn, each once, in the order met
	 */
	public String getCharacters() {
		return _characters;
	}

	private final String _characters;

}
