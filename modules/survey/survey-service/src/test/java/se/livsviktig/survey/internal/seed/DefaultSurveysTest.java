package se.livsviktig.survey.internal.seed;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.liferay.portal.kernel.util.LocaleUtil;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.livsviktig.survey.constants.SurveyConstants;
import se.livsviktig.survey.constants.SurveyQuestionConstants;
import se.livsviktig.survey.internal.question.QuestionValidator;
import se.livsviktig.survey.internal.survey.SurveyValidator;

/**
 * @author Livsviktig
 */
public class DefaultSurveysTest {

	@Test
	public void everyCompanyStartsWithACourseEvaluationAndTheMhfaFollowUp() {
		assertEquals(
			SurveyConstants.KIND_EVALUATION,
			DefaultSurveys.COURSE_EVALUATION.getKind());
		assertEquals(
			SurveyConstants.KIND_FOLLOW_UP,
			DefaultSurveys.MHFA_FOLLOW_UP.getKind());
		assertEquals(
			"Har du använt det du lärde dig?",
			DefaultSurveys.MHFA_FOLLOW_UP.getSwedishTitle());
	}

	@Test
	public void theCourseEvaluationAsksAboutContentInstructorUsefulnessAndChanges() {
		assertEquals(
			List.of(
				SurveyQuestionConstants.TYPE_LIKERT,
				SurveyQuestionConstants.TYPE_LIKERT,
				SurveyQuestionConstants.TYPE_LIKERT,
				SurveyQuestionConstants.TYPE_FREE_TEXT),
			_types(DefaultSurveys.COURSE_EVALUATION));
	}

	@Test
	public void theFollowUpAsksWhetherWhereAndHowConfidentAndLetsThemTellMore() {
		assertEquals(
			List.of(
				SurveyQuestionConstants.TYPE_YES_NO,
				SurveyQuestionConstants.TYPE_MULTIPLE_CHOICE,
				SurveyQuestionConstants.TYPE_LIKERT,
				SurveyQuestionConstants.TYPE_FREE_TEXT),
			_types(DefaultSurveys.MHFA_FOLLOW_UP));
	}

	@Test
	public void everySeededSurveyIsValidWhateverTheSitesLanguage() {
		for (Locale siteDefaultLocale :
				new Locale[] {SeedTexts.SWEDISH, LocaleUtil.US, Locale.GERMANY}) {

			for (SeedSurvey seedSurvey : DefaultSurveys.ALL) {
				assertDoesNotThrow(
					() -> new SurveyValidator().validateTitle(
						SeedTexts.of(
							siteDefaultLocale, seedSurvey.getSwedishTitle(),
							seedSurvey.getEnglishTitle()),
						siteDefaultLocale));

				for (SeedQuestion seedQuestion : seedSurvey.getQuestions()) {
					assertDoesNotThrow(
						() -> new QuestionValidator().validate(
							seedQuestion.getQuestionType(),
							SeedTexts.of(
								siteDefaultLocale,
								seedQuestion.getSwedishText(),
								seedQuestion.getEnglishText()),
							SeedTexts.of(
								siteDefaultLocale,
								seedQuestion.getSwedishLowLabel(),
								seedQuestion.getEnglishLowLabel()),
							SeedTexts.of(
								siteDefaultLocale,
								seedQuestion.getSwedishHighLabel(),
								seedQuestion.getEnglishHighLabel()),
							SeedTexts.of(
								siteDefaultLocale,
								seedQuestion.getSwedishOptions(),
								seedQuestion.getEnglishOptions()),
							siteDefaultLocale),
						seedQuestion.getSwedishText());
				}
			}
		}
	}

	@Test
	public void aSeededSurveysUuidIsFixedPerCompanyAndDiffersBetweenCompanies() {
		SeedSurvey seedSurvey = DefaultSurveys.COURSE_EVALUATION;

		assertEquals(seedSurvey.uuid(20097), seedSurvey.uuid(20097));
		assertNotEquals(seedSurvey.uuid(20097), seedSurvey.uuid(20098));
		assertNotEquals(
			seedSurvey.uuid(20097),
			DefaultSurveys.MHFA_FOLLOW_UP.uuid(20097));
	}

	@Test
	public void aSiteInAnotherLanguageGetsTheSwedishTextAsItsDefault() {
		Map<Locale, String> texts = SeedTexts.of(
			Locale.GERMANY, "Kursutvärdering", "Course evaluation");

		assertEquals("Kursutvärdering", texts.get(Locale.GERMANY));
		assertEquals("Course evaluation", texts.get(LocaleUtil.US));
		assertEquals(
			"Course evaluation",
			SeedTexts.of(
				Locale.UK, "Kursutvärdering", "Course evaluation"
			).get(
				Locale.UK
			));
	}

	private static List<Integer> _types(SeedSurvey seedSurvey) {
		List<Integer> types = new ArrayList<>();

		for (SeedQuestion seedQuestion : seedSurvey.getQuestions()) {
			types.add(seedQuestion.getQuestionType());
		}

		return types;
	}

}
