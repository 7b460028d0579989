package se.livsviktig.careprogram.internal.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.livsviktig.careprogram.exception.CareProgramMethodException;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.TrainingMethodLocalService;

/**
 * @author Livsviktig
 */
public class ProgramMethodsTest {

	@Test
	public void theCompanysMethodsAreKeptOnceInTheirOrder() throws Exception {
		_method(_MHFA, _COMPANY_ID);
		_method(_YAM, _COMPANY_ID);

		Set<Long> methodIds = _programMethods.validate(
			_COMPANY_ID, new long[] {_YAM, _MHFA, _YAM});

		assertEquals(List.of(_YAM, _MHFA), List.copyOf(methodIds));
	}

	@Test
	public void noMethodsIsAllowed() throws Exception {
		assertEquals(Set.of(), _programMethods.validate(_COMPANY_ID, null));
		assertEquals(
			Set.of(), _programMethods.validate(_COMPANY_ID, new long[0]));
	}

	@Test
	public void anUnknownMethodIsRefused() {
		_method(_MHFA, _COMPANY_ID);

		assertThrows(
			CareProgramMethodException.class,
			() -> _programMethods.validate(
				_COMPANY_ID, new long[] {_MHFA, _YAM}));
	}

	@Test
	public void anotherCompanysMethodIsRefused() {
		_method(_MHFA, _COMPANY_ID + 1);

		assertThrows(
			CareProgramMethodException.class,
			() -> _programMethods.validate(_COMPANY_ID, new long[] {_MHFA}));
	}

	private void _method(long methodId, long companyId) {
		TrainingMethod trainingMethod = mock(TrainingMethod.class);

		when(trainingMethod.getCompanyId()).thenReturn(companyId);

		when(
			_trainingMethodLocalService.fetchTrainingMethod(methodId)
		).thenReturn(
			trainingMethod
		);
	}

	private static final long _COMPANY_ID = 20097;

	private static final long _MHFA = 60001;

	private static final long _YAM = 60002;

	private final TrainingMethodLocalService _trainingMethodLocalService =
		mock(TrainingMethodLocalService.class);
	private final ProgramMethods _programMethods = new ProgramMethods(
		_trainingMethodLocalService);

}
