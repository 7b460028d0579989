package se.livsviktig.survey.internal.survey;

import java.util.Locale;
import java.util.Map;

import se.livsviktig.survey.constants.SurveyConstants;
import se.livsviktig.survey.exception.SurveyKindException;
import se.livsviktig.survey.exception.SurveyStatusException;
import se.livsviktig.survey.exception.SurveyTitleException;
import se.livsviktig.survey.internal.text.Blank;

/**
 * What a survey must have before it is saved: a title in the site's default language (the language every
 * participant without a translation sees), no title longer than {@link #TITLE_MAX_LENGTH}, and a known kind and
 * status.
 *
 * @author Livsviktig
 */
public class SurveyValidator {

	public static final int TITLE_MAX_LENGTH = 200;

	public void validateKind(int kind) throws SurveyKindException {
		if (!SurveyConstants.isKind(kind)) {
			throw new SurveyKindException("Unknown survey kind " + kind);
		}
	}

	public void validateStatus(int status) throws SurveyStatusException {
		if (!SurveyConstants.isStatus(status)) {
			throw new SurveyStatusException("Unknown survey status " + status);
		}
	}

	public void validateTitle(
			Map<Locale, String> titleMap, Locale defaultLocale)
		throws SurveyTitleException {

		if ((titleMap == null) ||
			Blank.isBlank(titleMap.get(defaultLocale))) {

			throw new SurveyTitleException(
				"A survey needs a title in " + defaultLocale);
		}

		for (String title : titleMap.values()) {
			if ((title != null) && (title.trim().length() > TITLE_MAX_LENGTH)) {
				throw new SurveyTitleException(
					"A survey title has at most " + TITLE_MAX_LENGTH +
						" characters");
			}
		}
	}

}
