package se.livsviktig.survey.internal.survey;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.livsviktig.survey.constants.SurveyConstants;
import se.livsviktig.survey.exception.SurveyKindException;
import se.livsviktig.survey.exception.SurveyStatusException;
import se.livsviktig.survey.exception.SurveyTitleException;

/**
 * @author Livsviktig
 */
public class SurveyValidatorTest {

	@Test
	public void aTitleInTheSitesDefaultLanguageIsEnough() {
		assertDoesNotThrow(
			() -> _validator.validateTitle(
				Map.of(_SWEDISH, "Kursutvärdering"), _SWEDISH));
	}

	@Test
	public void aTitleOnlyInAnotherLanguageIsRefused() {
		assertThrows(
			SurveyTitleException.class,
			() -> _validator.validateTitle(
				Map.of(Locale.US, "Course evaluation"), _SWEDISH));
	}

	@Test
	public void aBlankTitleIsRefused() {
		assertThrows(
			SurveyTitleException.class,
			() -> _validator.validateTitle(Map.of(_SWEDISH, "  "), _SWEDISH));
		assertThrows(
			SurveyTitleException.class,
			() -> _validator.validateTitle(null, _SWEDISH));
	}

	@Test
	public void aTitleLongerThan200CharactersInAnyLanguageIsRefused() {
		assertDoesNotThrow(
			() -> _validator.validateTitle(
				Map.of(_SWEDISH, "x".repeat(200)), _SWEDISH));
		assertThrows(
			SurveyTitleException.class,
			() -> _validator.validateTitle(
				Map.of(_SWEDISH, "Enkät", Locale.US, "x".repeat(201)),
				_SWEDISH));
	}

	@Test
	public void onlyEvaluationAndFollowUpAreKinds() {
		assertDoesNotThrow(
			() -> _validator.validateKind(SurveyConstants.KIND_EVALUATION));
		assertDoesNotThrow(
			() -> _validator.validateKind(SurveyConstants.KIND_FOLLOW_UP));
		assertThrows(
			SurveyKindException.class, () -> _validator.validateKind(2));
		assertThrows(
			SurveyKindException.class, () -> _validator.validateKind(-1));
	}

	@Test
	public void onlyDraftActiveAndArchivedAreStatuses() {
		assertDoesNotThrow(
			() -> _validator.validateStatus(SurveyConstants.STATUS_ARCHIVED));
		assertThrows(
			SurveyStatusException.class, () -> _validator.validateStatus(3));
		assertThrows(
			SurveyStatusException.class, () -> _validator.validateStatus(-1));
	}

	private static final Locale _SWEDISH = new Locale("sv", "SE");

	private final SurveyValidator _validator = new SurveyValidator();

}
