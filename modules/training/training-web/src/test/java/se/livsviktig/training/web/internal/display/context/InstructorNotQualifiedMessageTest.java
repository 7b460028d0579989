package se.livsviktig.training.web.internal.display.context;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;

import java.util.Date;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.livsviktig.training.exception.InstructorNotQualifiedException;

/**
 * @author Livsviktig
 */
public class InstructorNotQualifiedMessageTest {

	@Test
	public void aRefusalWithoutADateKeepsTheGeneralMessage() {
		FormError formError = _MESSAGE.toFormError(
			"instructor",
			new InstructorNotQualifiedException(
				"no dates", Map.of(_SWEDISH, "MHFA Vuxen"), _SWEDISH, null),
			_SWEDISH, _STOCKHOLM);

		assertEquals(_GENERAL_KEY, formError.getMessageKey());
		assertEquals(0, formError.getArguments().length);
	}

	@Test
	public void aRefusalWithoutDetailsKeepsTheGeneralMessage() {
		assertEquals(
			_GENERAL_KEY,
			_MESSAGE.toFormError(
				null, new InstructorNotQualifiedException("old"), _SWEDISH,
				_STOCKHOLM
			).getMessageKey());
		assertEquals(
			_GENERAL_KEY,
			_MESSAGE.toFormError(
				null, null, _SWEDISH, _STOCKHOLM
			).getMessageKey());
	}

	@Test
	public void theMessageNamesTheMethodAndTheDateInTheReadersLanguageAndZone() {
		FormError swedish = _MESSAGE.toFormError(
			"instructor", _refusal(), _SWEDISH, _STOCKHOLM);

		assertEquals("instructor", swedish.getFieldName());
		assertEquals(_KEY, swedish.getMessageKey());
		assertArrayEquals(
			new Object[] {"MHFA Vuxen", "17 mars 2030"},
			swedish.getArguments(),
			"23:30 UTC on 16 March is already the 17th in Stockholm");

		assertArrayEquals(
			new Object[] {"MHFA Adults", "March 17, 2030"},
			_MESSAGE.toFormError(
				"instructor", _refusal(), Locale.US, _STOCKHOLM
			).getArguments());
	}

	@Test
	public void theMethodsNameIsEscaped() {
		FormError formError = _MESSAGE.toFormError(
			null,
			new InstructorNotQualifiedException(
				"markup", Map.of(_SWEDISH, "<b>MHFA</b> & YAM"), _SWEDISH,
				_UNQUALIFIED_DATE),
			_SWEDISH, _STOCKHOLM);

		assertEquals(
			"&lt;b&gt;MHFA&lt;/b&gt; &amp; YAM", formError.getArguments()[0]);
	}

	private static InstructorNotQualifiedException _refusal() {
		return new InstructorNotQualifiedException(
			"refused", Map.of(_SWEDISH, "MHFA Vuxen", Locale.US, "MHFA Adults"),
			_SWEDISH, _UNQUALIFIED_DATE);
	}

	private static final String _GENERAL_KEY =
		"the-instructor-is-not-qualified-for-this-method-on-every-date";

	private static final String _KEY =
		"the-instructor-is-not-certified-for-x-on-x";

	private static final InstructorNotQualifiedMessage _MESSAGE =
		new InstructorNotQualifiedMessage(_KEY, _GENERAL_KEY);

	private static final ZoneId _STOCKHOLM = ZoneId.of("Europe/Stockholm");

	private static final Locale _SWEDISH = new Locale("sv", "SE");

	/**
	 * 2030-03-16 23:30 UTC.
	 */
	private static final Date _UNQUALIFIED_DATE = Date.from(
		Instant.parse("2030-03-16T23:30:00Z"));

}
