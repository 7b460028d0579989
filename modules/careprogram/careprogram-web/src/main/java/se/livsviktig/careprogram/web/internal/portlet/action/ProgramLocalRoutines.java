package se.livsviktig.careprogram.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;

import se.livsviktig.careprogram.exception.NoSuchLocalRoutineException;
import se.livsviktig.careprogram.model.LocalRoutine;
import se.livsviktig.careprogram.service.LocalRoutineService;

/**
 * A routine of a programme, read through the remote service (which checks that the caller may view the
 * programme's routines), so the routine form and the people picker that chooses its owner find it the same way;
 * a routine of another programme is not found.
 *
 * @author Livsviktig
 */
final class ProgramLocalRoutines {

	static LocalRoutine get(
			LocalRoutineService localRoutineService, long careProgramId,
			long localRoutineId)
		throws PortalException {

		for (LocalRoutine localRoutine :
				localRoutineService.getCareProgramLocalRoutines(
					careProgramId)) {

			if (localRoutine.getLocalRoutineId() == localRoutineId) {
				return localRoutine;
			}
		}

		throw new NoSuchLocalRoutineException(
			"No local routine " + localRoutineId + " of care program " +
				careProgramId);
	}

	private ProgramLocalRoutines() {
	}

}
