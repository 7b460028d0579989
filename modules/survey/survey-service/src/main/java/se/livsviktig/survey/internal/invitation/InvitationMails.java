package se.livsviktig.survey.internal.invitation;

import com.liferay.portal.kernel.util.ResourceBundleUtil;
import com.liferay.portal.kernel.util.StringUtil;
import com.liferay.portal.kernel.util.Validator;

import java.net.URLEncoder;

import java.nio.charset.StandardCharsets;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TimeZone;
import java.util.function.Function;

/**
 * The wording of a survey invitation or reminder in the invitee's language, with the link that carries the token.
 * The token goes into the link URL-encoded (a token is URL-safe base64 and needs none today, but the link must not
 * depend on that); the opt-out link is the same page with {@link #OPT_OUT_PARAMETER}. Values go in as plain text:
 * the renderer escapes them.
 *
 * @author Livsviktig
 */
public class InvitationMails {

	/**
	 * The answer page's parameter that asks to opt out instead of answering.
	 */
	public static final String OPT_OUT_PARAMETER = "optOut";

	/**
	 * The answer page's parameter that carries the token.
	 */
	public static final String TOKEN_PARAMETER = "token";

	public InvitationMails() {
		this(
			locale -> ResourceBundleUtil.getBundle(
				"content.Language", locale, InvitationMails.class));
	}

	public InvitationMails(Function<Locale, ResourceBundle> resourceBundles) {
		_resourceBundles = resourceBundles;
	}

	/**
	 * @param answerPageURL the company's answer page, or empty when none is set: the mail then points to Mina
	 *        enkäter only
	 * @param reminder whether this is a reminder rather than the first invitation
	 */
	public InvitationMail compose(
		Locale locale, TimeZone timeZone, String fullName, String surveyTitle,
		boolean anonymous, Date closeDate, String answerPageURL, String token,
		boolean reminder) {

		ResourceBundle resourceBundle = _resourceBundles.apply(locale);

		String subjectKey = "survey-invitation-subject";

		if (reminder) {
			subjectKey = "survey-reminder-subject";
		}

		List<String> paragraphs = new ArrayList<>();

		paragraphs.add(
			StringUtil.replace(
				resourceBundle.getString("survey-invitation-greeting"),
				"[$NAME$]", fullName));
		paragraphs.add(
			StringUtil.replace(
				resourceBundle.getString("survey-invitation-body"),
				"[$CLOSE_DATE$]", _format(closeDate, locale, timeZone)));

		if (anonymous) {
			paragraphs.add(
				resourceBundle.getString("survey-invitation-anonymous"));
		}
		else {
			paragraphs.add(
				resourceBundle.getString("survey-invitation-not-anonymous"));
		}

		paragraphs.add(
			resourceBundle.getString("survey-invitation-my-surveys"));

		String answerURL = null;
		String optOutURL = null;

		if (Validator.isNotNull(answerPageURL)) {
			answerURL = _withParameter(
				answerPageURL.trim(), TOKEN_PARAMETER, token);
			optOutURL = _withParameter(answerURL, OPT_OUT_PARAMETER, "true");
		}

		return new InvitationMail(
			locale,
			StringUtil.replace(
				resourceBundle.getString(subjectKey), "[$SURVEY$]",
				surveyTitle),
			paragraphs, answerURL,
			resourceBundle.getString("survey-invitation-answer"), optOutURL,
			resourceBundle.getString("survey-invitation-opt-out"),
			resourceBundle.getString("survey-invitation-opt-out-note"),
			resourceBundle.getString("survey-invitation-signature"));
	}

	/**
	 * Adds a parameter before the page's fragment (#...), where the browser sends it. Not the kernel's
	 * HttpComponentsUtil.addParameter: it needs PortalUtil, which the job's unit and persistence tiers do not have.
	 */
	private static String _withParameter(
		String url, String name, String value) {

		String fragment = "";

		int fragmentIndex = url.indexOf('#');

		if (fragmentIndex >= 0) {
			fragment = url.substring(fragmentIndex);
			url = url.substring(0, fragmentIndex);
		}

		String separator = "?";

		if (url.indexOf('?') >= 0) {
			separator = "&";
		}

		return url + separator + name + "=" +
			URLEncoder.encode(value, StandardCharsets.UTF_8) + fragment;
	}

	private static String _format(
		Date date, Locale locale, TimeZone timeZone) {

		return DateTimeFormatter.ofLocalizedDateTime(
			FormatStyle.LONG, FormatStyle.SHORT
		).withLocale(
			locale
		).withZone(
			timeZone.toZoneId()
		).format(
			date.toInstant()
		);
	}

	private final Function<Locale, ResourceBundle> _resourceBundles;

}
