package se.livsviktig.survey.service.internal.token;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.SecureRandom;

import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.livsviktig.survey.exception.SurveyTokenException;

/**
 * A token is 128 secret random bits in a URL-safe form, stored only as its SHA-256, and anything that is not
 * such a token is refused with the one typed exception.
 *
 * @author Livsviktig
 */
public class SurveyTokensTest {

	@Test
	public void aTokenCarriesAll128RandomBitsUrlSafeWithoutPadding() {
		byte[] randomBytes = new byte[16];

		Arrays.fill(randomBytes, (byte)0xFB);

		SurveyTokens surveyTokens = new SurveyTokens(
			new FixedRandom(randomBytes));

		String token = surveyTokens.newToken();

		assertEquals(SurveyTokens.TOKEN_LENGTH, token.length());
		assertFalse(token.contains("="));
		assertFalse(token.contains("+"));
		assertFalse(token.contains("/"));
		assertArrayEquals(randomBytes, Base64.getUrlDecoder().decode(token));
	}

	@Test
	public void aTokenComesFromSecureRandom() {
		RecordingRandom recordingRandom = new RecordingRandom();

		new SurveyTokens(
			recordingRandom
		).newToken();

		assertEquals(16, recordingRandom.bytesRequested);
	}

	@Test
	public void hashIsLowerCaseHexSha256() {
		SurveyTokens surveyTokens = new SurveyTokens();

		// SHA-256("abc") from FIPS 180-2, appendix B.1.

		assertEquals(
			"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
			surveyTokens.hash("abc"));
		assertEquals(64, surveyTokens.hash(surveyTokens.newToken()).length());
	}

	@Test
	public void newTokensDiffer() {
		SurveyTokens surveyTokens = new SurveyTokens();

		Set<String> tokens = new HashSet<>();

		for (int i = 0; i < 1000; i++) {
			tokens.add(surveyTokens.newToken());
		}

		assertEquals(1000, tokens.size());
	}

	@Test
	public void parseAcceptsANewTokenAndTrimsWhiteSpace() throws Exception {
		SurveyTokens surveyTokens = new SurveyTokens();

		String token = surveyTokens.newToken();

		assertEquals(token, surveyTokens.parse(token));
		assertEquals(token, surveyTokens.parse(" " + token + "\n"));
	}

	@Test
	public void parseRefusesMalformedInputWithTheTypedExceptionOnly() {
		SurveyTokens surveyTokens = new SurveyTokens();

		String token = surveyTokens.newToken();

		String[] malformed = {
			null, "", "   ", token.substring(1), token + "A", token + "==",
			token.substring(0, 21) + "+", token.substring(0, 21) + "/",
			token.substring(0, 21) + "%", token.substring(0, 21) + "\u00e5",
			"../../etc/passwd", "' OR 1=1 --",
			"x".repeat(100_000)
		};

		for (String submitted : malformed) {
			SurveyTokenException surveyTokenException = assertThrows(
				SurveyTokenException.class, () -> surveyTokens.parse(submitted),
				String.valueOf(submitted));

			assertEquals(
				SurveyTokens.LINK_CLOSED_MESSAGE,
				surveyTokenException.getMessage());
		}
	}

	@Test
	public void parseRefusesANonCanonicalSpellingOfAToken() throws Exception {
		SurveyTokens surveyTokens = new SurveyTokens(
			new FixedRandom(new byte[16]));

		String token = surveyTokens.newToken();

		assertEquals("AAAAAAAAAAAAAAAAAAAAAA", surveyTokens.parse(token));

		// "AAAAAAAAAAAAAAAAAAAAAB" decodes to the same 16 zero bytes: its unused low bits are set.

		assertThrows(
			SurveyTokenException.class,
			() -> surveyTokens.parse("AAAAAAAAAAAAAAAAAAAAAB"));
		assertNotEquals(
			surveyTokens.hash(token), surveyTokens.hash("AAAAAAAAAAAAAAAAAAAAAB"));
	}

	private static class FixedRandom extends SecureRandom {

		@Override
		public void nextBytes(byte[] bytes) {
			System.arraycopy(_bytes, 0, bytes, 0, bytes.length);
		}

		private FixedRandom(byte[] bytes) {
			_bytes = bytes;
		}

		private final byte[] _bytes;

	}

	private static class RecordingRandom extends SecureRandom {

		@Override
		public void nextBytes(byte[] bytes) {
			bytesRequested += bytes.length;

			super.nextBytes(bytes);
		}

		private int bytesRequested;

	}

}
