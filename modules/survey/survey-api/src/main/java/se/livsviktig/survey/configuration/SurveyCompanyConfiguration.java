package se.livsviktig.survey.configuration;

import aQute.bnd.annotation.metatype.Meta;

import com.liferay.portal.configuration.metatype.annotations.ExtendedObjectClassDefinition;

/**
 * Per-company survey settings. Every one has a default, so a fresh install works with no .config file;
 * administrators change them in Instance Settings &gt; Livsviktig – Enkäter.
 *
 * @author Livsviktig
 */
@ExtendedObjectClassDefinition(
	category = "livsviktig-survey",
	scope = ExtendedObjectClassDefinition.Scope.COMPANY
)
@Meta.OCD(
	id = "se.livsviktig.survey.configuration.SurveyCompanyConfiguration",
	localization = "content/Language",
	name = "survey-company-configuration-name"
)
public interface SurveyCompanyConfiguration {

	/**
	 * Below this many respondents a result cell shows no numbers, so no answer can be traced to a person.
	 */
	@Meta.AD(
		deflt = "5", description = "minimum-respondents-help",
		name = "minimum-respondents", required = false
	)
	public int minimumRespondents();

	@Meta.AD(
		deflt = "24", description = "free-text-retention-months-help",
		name = "free-text-retention-months", required = false
	)
	public int freeTextRetentionMonths();

	@Meta.AD(
		deflt = "24", description = "person-retention-months-help",
		name = "person-retention-months", required = false
	)
	public int personRetentionMonths();

	/**
	 * The page that holds the answer widget: invitation e-mails link to it with their token. Empty: the e-mails
	 * carry no link.
	 */
	@Meta.AD(
		deflt = "", description = "answer-page-url-help",
		name = "answer-page-url", required = false
	)
	public String answerPageURL();

	@Meta.AD(
		deflt = "", description = "my-surveys-url-help",
		name = "my-surveys-url", required = false
	)
	public String mySurveysURL();

}
