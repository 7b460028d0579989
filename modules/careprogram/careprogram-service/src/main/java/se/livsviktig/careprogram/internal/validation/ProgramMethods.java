package se.livsviktig.careprogram.internal.validation;

import java.util.LinkedHashSet;
import java.util.Set;

import se.livsviktig.careprogram.exception.CareProgramMethodException;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.TrainingMethodLocalService;

/**
 * A programme's related methods are training methods (training's API) of the same portal instance: the programme
 * page shows the catalogue's next sessions of each.
 *
 * @author Livsviktig
 */
public class ProgramMethods {

	public ProgramMethods(
		TrainingMethodLocalService trainingMethodLocalService) {

		_trainingMethodLocalService = trainingMethodLocalService;
	}

	/**
	 * @return the method ids without duplicates, in the order given
	 */
	public Set<Long> validate(long companyId, long[] methodIds)
		throws CareProgramMethodException {

		Set<Long> validated = new LinkedHashSet<>();

		if (methodIds == null) {
			return validated;
		}

		for (long methodId : methodIds) {
			TrainingMethod trainingMethod =
				_trainingMethodLocalService.fetchTrainingMethod(methodId);

			if ((trainingMethod == null) ||
				(trainingMethod.getCompanyId() != companyId)) {

				throw new CareProgramMethodException(
					"Not a training method of company " + companyId + ": " +
						methodId);
			}

			validated.add(methodId);
		}

		return validated;
	}

	private final TrainingMethodLocalService _trainingMethodLocalService;

}
