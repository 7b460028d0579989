package se.livsviktig.training.web.internal.certificate;

import java.nio.charset.StandardCharsets;

import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.MessageDigest;

import java.util.Date;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A certificate's verification code: a truncated HMAC-SHA256 over what the certificate attests (the company,
 * the registration, the person, the completion date and the training method), keyed with the company's own
 * secret key (Company#getKeyObj, which the portal creates for every company and never shows). Anyone holding the
 * paper can have the portal check it; nobody without the key can make a code that checks. Because the person
 * is part of it, a registration whose participant has been anonymised (the user replaced) no longer verifies.
 *
 * The code is 50 bits as ten characters of Crockford's base32 (no I, L, O, U: nothing to misread when typed
 * from paper), written in two groups of five.
 *
 * @author Livsviktig
 */
public class CertificateCode {

	public CertificateCode(Key companyKey) {
		_companyKey = companyKey;
	}

	public String code(
		long companyId, long registrationId, long userId, Date completionDate,
		long trainingMethodId) {

		byte[] hmac = _hmac(
			String.join(
				"|", "Livsviktig certificate v1", String.valueOf(companyId),
				String.valueOf(registrationId), String.valueOf(userId),
				String.valueOf(completionDate.getTime() / 1000),
				String.valueOf(trainingMethodId)));

		long bits = 0;

		for (int i = 0; i < 7; i++) {
			bits = (bits << 8) | (hmac[i] & 0xFF);
		}

		bits >>>= 6;

		StringBuilder sb = new StringBuilder(11);

		for (int i = 9; i >= 0; i--) {
			sb.append(_ALPHABET.charAt((int)((bits >>> (i * 5)) & 0x1F)));

			if (i == 5) {
				sb.append('-');
			}
		}

		return sb.toString();
	}

	/**
	 * @return whether the typed code is the code of these facts; compared in constant time, and forgiving what
	 *         people do when they type a code from paper (case, spaces, dashes, O for 0, I or L for 1)
	 */
	public boolean matches(
		String typedCode, long companyId, long registrationId, long userId,
		Date completionDate, long trainingMethodId) {

		if (typedCode == null) {
			return false;
		}

		byte[] expected = normalize(
			code(
				companyId, registrationId, userId, completionDate,
				trainingMethodId)
		).getBytes(
			StandardCharsets.US_ASCII
		);

		return MessageDigest.isEqual(
			expected, normalize(typedCode).getBytes(StandardCharsets.US_ASCII));
	}

	public static String normalize(String code) {
		return code.toUpperCase(
			Locale.ROOT
		).replaceAll(
			"[\\s-]", ""
		).replace(
			'O', '0'
		).replace(
			'I', '1'
		).replace(
			'L', '1'
		);
	}

	private byte[] _hmac(String message) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");

			mac.init(new SecretKeySpec(_companyKey.getEncoded(), "HmacSHA256"));

			return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException generalSecurityException) {
			throw new IllegalStateException(generalSecurityException);
		}
	}

	private static final String _ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	private final Key _companyKey;

}
