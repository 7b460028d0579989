package se.livsviktig.survey.service.internal.token;

import java.nio.charset.StandardCharsets;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

import java.util.Base64;

import se.livsviktig.survey.exception.SurveyTokenException;

/**
 * The secret in an invitation's link. A token is 128 random bits written as URL-safe base64 without padding (22
 * characters), so it survives e-mail clients and needs no escaping in a URL. Only {@link #hash(String)} of it is
 * stored: someone who reads the database cannot answer in another person's name.
 *
 * <p>
 * The dispatch job's sender calls {@link #newToken()} and {@link #hash(String)}; keep both stable, a change of
 * either makes every link already sent unknown.
 * </p>
 *
 * @author Livsviktig
 */
public class SurveyTokens {

	/**
	 * The one message for a link that cannot be answered, whatever the reason: malformed, unknown, used, closed or
	 * opted out. A different text per reason would tell a guesser which links exist or were answered.
	 */
	public static final String LINK_CLOSED_MESSAGE =
		"The survey link is unknown, used or closed";

	public static final int TOKEN_BYTES = 16;

	/**
	 * 16 bytes are 128 bits, 22 base64 characters of which the last carries 2 bits and 4 zero bits.
	 */
	public static final int TOKEN_LENGTH = 22;

	public SurveyTokens() {
		this(new SecureRandom());
	}

	public SurveyTokens(SecureRandom secureRandom) {
		_secureRandom = secureRandom;
	}

	/**
	 * The lower-case hex SHA-256 of the token's characters, 64 characters: the value of
	 * {@code SurveyAccessToken.tokenHash}.
	 */
	public String hash(String token) {
		byte[] digest = _sha256(token.getBytes(StandardCharsets.UTF_8));

		char[] hex = new char[digest.length * 2];

		for (int i = 0; i < digest.length; i++) {
			hex[i * 2] = _HEX_DIGITS[(digest[i] >> 4) & 0xF];
			hex[(i * 2) + 1] = _HEX_DIGITS[digest[i] & 0xF];
		}

		return new String(hex);
	}

	public String newToken() {
		byte[] bytes = new byte[TOKEN_BYTES];

		_secureRandom.nextBytes(bytes);

		return _ENCODER.encodeToString(bytes);
	}

	/**
	 * The token as submitted, surrounding white space removed (a link copied from a mail often carries some), or
	 * the typed exception when it cannot be a token this class made. The message is the same for every kind of
	 * malformed input, as it is for unknown, used, closed or opted-out tokens.
	 */
	public String parse(String submitted) throws SurveyTokenException {
		if (submitted == null) {
			throw new SurveyTokenException(LINK_CLOSED_MESSAGE);
		}

		String token = submitted.trim();

		byte[] bytes;

		try {
			bytes = _DECODER.decode(token);
		}
		catch (IllegalArgumentException illegalArgumentException) {
			throw new SurveyTokenException(
				LINK_CLOSED_MESSAGE, illegalArgumentException);
		}

		// Two strings that differ only in the unused low bits (or in padding) decode to the same bytes; only the
		// spelling newToken() writes is a token, so another is refused rather than hashed to a value no row has.

		if ((bytes.length != TOKEN_BYTES) ||
			!_ENCODER.encodeToString(bytes).equals(token)) {

			throw new SurveyTokenException(LINK_CLOSED_MESSAGE);
		}

		return token;
	}

	private static byte[] _sha256(byte[] bytes) {
		try {
			MessageDigest messageDigest = MessageDigest.getInstance("SHA-256");

			return messageDigest.digest(bytes);
		}
		catch (NoSuchAlgorithmException noSuchAlgorithmException) {

			// Every Java platform must provide SHA-256 (MessageDigest's contract), so this cannot happen.

			throw new IllegalStateException(noSuchAlgorithmException);
		}
	}

	private static final Base64.Decoder _DECODER = Base64.getUrlDecoder();

	private static final Base64.Encoder _ENCODER =
		Base64.getUrlEncoder(
		).withoutPadding();

	private static final char[] _HEX_DIGITS = "0123456789abcdef".toCharArray();

	private final SecureRandom _secureRandom;

}
