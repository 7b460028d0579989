package se.livsviktig.training.internal.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.liferay.portal.kernel.util.LocaleUtil;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import org.junit.jupiter.api.Test;

/**
 * The wording of a notice: a company's own text for a type and language wins in that language only, the
 * app's Swedish and English texts are the default, and every placeholder is filled.
 *
 * @author Livsviktig
 */
public class NoticeTemplatesTest {

	@Test
	public void aCompanysOwnTextIsUsedInItsLanguage() {
		NoticeTemplates noticeTemplates = new NoticeTemplates(
			_OVERRIDES, _bundle(_SWEDISH));

		assertEquals(
			"Snart dags: MHFA Vuxen",
			noticeTemplates.get(
				"notice-reminder-subject", _SWEDISH, _placeholders()));
	}

	@Test
	public void aCompanysOwnTextIsUsedInThatLanguageOnly() {
		NoticeTemplates noticeTemplates = new NoticeTemplates(
			_OVERRIDES, _bundle(LocaleUtil.US));

		assertEquals(
			"Reminder: MHFA Vuxen",
			noticeTemplates.get(
				"notice-reminder-subject", LocaleUtil.US, _placeholders()));
	}

	@Test
	public void aCompanysSubjectLeavesTheBodyAsItWas() {
		NoticeTemplates noticeTemplates = new NoticeTemplates(
			_OVERRIDES, _bundle(_SWEDISH));

		assertEquals(
			"Det här är en påminnelse om att MHFA Vuxen börjar snart.",
			noticeTemplates.get(
				"notice-reminder-body", _SWEDISH, _placeholders()));
	}

	@Test
	public void aTypeWhoseNameHasHyphensIsOverriddenByItsWholeName() {
		NoticeTemplates noticeTemplates = new NoticeTemplates(
			new String[] {
				"approval-request.sv_SE.body = [$PARTICIPANT$] väntar på " +
					"ditt svar om [$COURSE$]."
			},
			_bundle(_SWEDISH));

		assertEquals(
			"Kim Medarbetare väntar på ditt svar om MHFA Vuxen.",
			noticeTemplates.get(
				"notice-approval-request-body", _SWEDISH, _placeholders()));
		assertEquals(
			"Begäran om godkännande: MHFA Vuxen",
			noticeTemplates.get(
				"notice-approval-request-subject", _SWEDISH, _placeholders()));
	}

	@Test
	public void everyPlaceholderIsFilled() {
		NoticeTemplates noticeTemplates = new NoticeTemplates(
			null, _bundle(LocaleUtil.US));

		assertEquals(
			"Kim Medarbetare has registered for MHFA Vuxen and needs your " +
				"approval. The seat is held until 28 November 2026.",
			noticeTemplates.get(
				"notice-approval-request-body", LocaleUtil.US,
				_placeholders()));
	}

	@Test
	public void withoutOverridesTheAppsSwedishTextIsUsed() {
		NoticeTemplates noticeTemplates = new NoticeTemplates(
			new String[0], _bundle(_SWEDISH));

		assertEquals(
			"Du står på reservlistan: MHFA Vuxen",
			noticeTemplates.get(
				"notice-waitlisted-subject", _SWEDISH, _placeholders()));
	}

	private ResourceBundle _bundle(Locale locale) {
		return ResourceBundle.getBundle("content.Language", locale);
	}

	private Map<String, String> _placeholders() {
		Map<String, String> placeholders = new HashMap<>();

		placeholders.put("COURSE", "MHFA Vuxen");
		placeholders.put("DEADLINE", "28 November 2026");
		placeholders.put("PARTICIPANT", "Kim Medarbetare");

		return placeholders;
	}

	private static final String[] _OVERRIDES = {
		"reminder.sv_SE.subject=Snart dags: [$COURSE$]", "not an override",
		"=no key"
	};

	private static final Locale _SWEDISH = new Locale("sv", "SE");

}
